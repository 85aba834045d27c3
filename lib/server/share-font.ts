import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The font of the share images (Open Graph cards, the plan poster). Satori draws only the glyphs
// of the fonts it is given, and place names are Chinese: Noto Sans SC (Noto Sans Hans, the GB 2312
// set: every common simplified character), an OpenType file that the npm package @embedpdf/fonts-sc
// ships (SIL OFL 1.1). Read from node_modules on the server, once per process: nothing is fetched.
// Satori reads TTF, OTF and WOFF, not WOFF2, which rules out the web-font packages' files.

export const SHARE_FONT_FAMILY = "Noto Sans SC";
const FONT_FILE = path.join(process.cwd(), "node_modules", "@embedpdf", "fonts-sc", "fonts", "NotoSansHans-Regular.otf");

type ShareFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };

let loading: Promise<ShareFont[]> | null = null;

/** The fonts to hand to ImageResponse. */
export function shareFonts(): Promise<ShareFont[]> {
  loading ??= readFile(FONT_FILE).then(
    (buf) => [{ name: SHARE_FONT_FAMILY, data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer, weight: 400, style: "normal" }],
    (err: unknown) => {
      loading = null;
      throw new Error(`The share images need the font ${FONT_FILE} (npm package @embedpdf/fonts-sc): run \`npm install\`.`, { cause: err });
    },
  );
  return loading;
}
