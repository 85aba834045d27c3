import "server-only";
import path from "node:path";

// The map's preview script (components/map/map-preview-script.ts), bundled with esbuild the first
// time a map page is rendered (when the app is built, for the pages it prerenders) and kept for the
// server's life. The page puts it inline at the top of the map's side (components/guide-shell.tsx), so
// it runs while the HTML is read: the first view's tiles are asked for before most of the page's
// scripts have run. A build that fails leaves the preview out (the map draws its own tiles) and is
// tried again on the next render.

let built: Promise<string> | null = null;

async function build(): Promise<string> {
  const esbuild = await import("esbuild");
  const root = process.cwd();
  const result = await esbuild.build({
    entryPoints: [path.join(root, "components", "map", "map-preview-script.ts")],
    tsconfig: path.join(root, "tsconfig.json"),
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const script = result.outputFiles[0]?.text.trim() ?? "";
  // inline in a <script> element: it must not close the element early
  if (script === "" || /<\/script/i.test(script) || script.includes("<!--")) throw new Error("The map preview's script cannot be inlined");
  return script;
}

/** The preview's script, or "" when it could not be built (logged). */
export async function mapPreviewScript(): Promise<string> {
  built ??= build();
  try {
    return await built;
  } catch (err) {
    built = null;
    console.error("The map preview's script did not build; pages go without it.", err);
    return "";
  }
}
