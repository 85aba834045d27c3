// The import fences of eslint.config.mjs, proved by linting snippets as if they lived at given paths.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The messages of the import rules for `code` linted as `filePath` (relative to the project). */
async function fenceMessages(code: string, filePath: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  if (!result) throw new Error("ESLint returned no result");
  return result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

const DOMAIN = "lib/domain is pure TypeScript: no React, Next, Prisma, Leaflet, server-only or lib/server imports.";

describe("import fences", () => {
  it("lib/domain may not import leaflet", async () => {
    const messages = await fenceMessages('import L from "leaflet";\nexport const x = L;\n', "lib/domain/x.ts");
    expect(messages).toEqual([{ ruleId: "no-restricted-imports", message: `'leaflet' import is restricted from being used. ${DOMAIN}` }]);
  });

  it("components/map may import leaflet", async () => {
    expect(await fenceMessages('import L from "leaflet";\nexport const x = L;\n', "components/map/x.tsx")).toEqual([]);
  });

  it("other components may not import leaflet", async () => {
    const messages = await fenceMessages('import { MapContainer } from "react-leaflet";\nexport const x = MapContainer;\n', "components/x.tsx");
    expect(messages).toEqual([
      { ruleId: "no-restricted-imports", message: "'react-leaflet' import is restricted from being used. Leaflet is imported only in components/map/." },
    ]);
  });

  it("lib/domain may not import react, next, prisma, server-only or lib/server", async () => {
    const specifiers = ["react", "react-dom/client", "next/link", "@prisma/client", "prisma", "server-only", "@/lib/server/places", "../../server/places"];
    for (const spec of specifiers) {
      const code = `import * as m from "${spec}";\nexport { m };\n`;
      const messages = await fenceMessages(code, "lib/domain/browse/x.ts");
      expect(messages.map((m) => m.ruleId), code).toEqual(["no-restricted-imports"]);
      expect(messages[0]?.message, code).toContain(DOMAIN);
    }
    // control: what the domain may use
    expect(await fenceMessages('import * as z from "zod/mini";\nimport type { Point } from "geojson";\nexport const s = z.string();\nexport type P = Point;\n', "lib/domain/x.ts")).toEqual([]);
  });

  it("lib/domain imports zod/mini, not full zod, except the data-file schemas the server reads", async () => {
    const code = 'import { z } from "zod";\nexport const s = z.string();\n';
    const messages = await fenceMessages(code, "lib/domain/browse/x.ts");
    expect(messages.map((m) => m.ruleId)).toEqual(["no-restricted-imports"]);
    expect(messages[0]?.message).toContain("import zod/mini, not zod");
    expect(await fenceMessages('import { z } from "zod/v4";\nexport const s = z.string();\n', "lib/domain/x.ts")).toHaveLength(1);
    expect(await fenceMessages(code, "lib/domain/guide-data-schema.ts")).toEqual([]);
    expect(await fenceMessages(code, "lib/domain/red/timeline-schema.ts")).toEqual([]);
    // the other fences still hold in those two files
    expect(await fenceMessages('import L from "leaflet";\nexport const x = L;\n', "lib/domain/guide-data-schema.ts")).toHaveLength(1);
  });

  it("lib/domain may not import Node built-ins, except in its tests", async () => {
    const code = 'import { readFileSync } from "node:fs";\nexport const x = readFileSync;\n';
    const messages = await fenceMessages(code, "lib/domain/x.ts");
    expect(messages.map((m) => m.ruleId)).toEqual(["no-restricted-imports"]);
    expect(messages[0]?.message).toContain("no Node built-ins");
    expect(await fenceMessages('import { readFileSync } from "fs";\nexport const x = readFileSync;\n', "lib/domain/x.ts")).toHaveLength(1);
    expect(await fenceMessages(code, "lib/domain/x.test.ts")).toEqual([]);
  });

  it('a "use client" file may not import lib/server', async () => {
    const code = '"use client";\nimport { getPlaces } from "@/lib/server/places";\nexport const x = getPlaces;\n';
    const message = 'A "use client" file must not import lib/server (server-only data access): pass the data down as props from a server component.';
    expect(await fenceMessages(code, "components/x.tsx")).toEqual([{ ruleId: "local/no-server-in-client", message }]);
    const relative = '"use client";\nimport { getPlaces } from "../lib/server/places";\nexport const x = getPlaces;\n';
    expect(await fenceMessages(relative, "components/x.tsx")).toEqual([{ ruleId: "local/no-server-in-client", message }]);
  });

  it("a server component may import lib/server", async () => {
    const code = 'import { getPlaces } from "@/lib/server/places";\nexport const x = getPlaces;\n';
    expect(await fenceMessages(code, "components/x.tsx")).toEqual([]);
  });

  it("an eslint-disable comment must say why", async () => {
    const bare = "// eslint-disable-next-line no-var\nexport var x = 1;\n";
    expect((await fenceMessages(bare, "scripts/x.ts")).map((m) => m.ruleId)).toEqual(["local/disable-needs-reason"]);
    const reasoned = "// eslint-disable-next-line no-var -- a reason\nexport var x = 1;\n";
    expect(await fenceMessages(reasoned, "scripts/x.ts")).toEqual([]);
    const unneeded = "// eslint-disable-next-line no-var -- a reason\nexport const x = 1;\n";
    expect((await fenceMessages(unneeded, "scripts/x.ts")).map((m) => m.message)).toEqual([
      "Unused eslint-disable directive (no problems were reported from 'no-var').",
    ]);
  });
});
