// ESLint flat config. `npm run lint` (and `npm test`, which runs it first) must report 0 problems.
//
// - Next's rules (eslint-config-next/core-web-vitals: react, react-hooks incl. the React Compiler
//   rules, jsx-a11y, @next/next) and typescript-eslint's recommended rules (eslint-config-next/typescript).
//   Not type-aware: on the 2-core CI machine type-aware linting took 30 s instead of 8 s.
// - Import fences that keep the layers apart (STYLE.md, "The shape of the house"); proved by
//   scripts/import-fences.test.ts.
// - Every eslint-disable comment must be needed and must say why ("-- reason").
import { builtinModules } from "node:module";
import path from "node:path";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const SERVER_DIR = path.join(import.meta.dirname, "lib", "server");

/** Imports that lib/domain (pure TypeScript, used by server and client alike) must not use. */
const DOMAIN_MESSAGE = "lib/domain is pure TypeScript: no React, Next, Prisma, Leaflet, server-only or lib/server imports.";
const domainFence = {
  paths: ["react", "react-dom", "next", "prisma", "server-only", "leaflet", "react-leaflet"].map((name) => ({ name, message: DOMAIN_MESSAGE })),
  patterns: [
    { group: ["react/*", "react-dom/*", "next/*", "@prisma/*", "leaflet/*", "react-leaflet/*", "@react-leaflet/*"], message: DOMAIN_MESSAGE },
    { regex: "^(@/lib/server|(\\.\\./)+server)(/|$)", message: DOMAIN_MESSAGE },
  ],
};
/**
 * Full zod weighs about 33 kB gzip in the browser, zod/mini a fraction of it: domain code (which the
 * browser loads) uses zod/mini. The data-file schemas, read only by the seed and the server, keep
 * full zod (ZOD_SERVER_FILES).
 */
const ZOD_MESSAGE = "lib/domain runs in the browser too: import zod/mini, not zod (full zod is for the server and the data-file schemas).";
const zodFence = { paths: [{ name: "zod", message: ZOD_MESSAGE }], patterns: [{ group: ["zod/v4", "zod/v4/classic", "zod/v3"], message: ZOD_MESSAGE }] };
// Full zod where it never reaches a visitor's browser: the data-file schemas (server, seed) and the
// staff area's domain (staff pages only; never in the public pages' bundles).
const ZOD_SERVER_FILES = ["lib/domain/guide-data-schema.ts", "lib/domain/red/timeline-schema.ts", "lib/domain/source-hosts.ts", "lib/domain/staff/**"];
/** Node's built-in modules: domain code runs in the browser too. Its tests run in Node and may read files. */
const NODE_MESSAGE = "lib/domain runs in the browser too: no Node built-ins (fs, path, …) outside its tests.";
const nodeFence = {
  paths: builtinModules.map((name) => ({ name, message: NODE_MESSAGE })),
  patterns: [{ regex: "^node:", message: NODE_MESSAGE }],
};

/**
 * A file that starts with the "use client" directive must not import lib/server (server-only data
 * access). Flat config selects files by name, not by directive, hence this small rule: it reads the
 * Program's directive prologue and checks `@/lib/server…` and relative paths that land in lib/server.
 */
const noServerInClient = {
  meta: {
    type: "problem",
    schema: [],
    messages: { server: "A \"use client\" file must not import lib/server (server-only data access): pass the data down as props from a server component." },
  },
  create(context) {
    const prologue = [];
    for (const s of context.sourceCode.ast.body) {
      if (s.type !== "ExpressionStatement" || s.expression.type !== "Literal" || typeof s.expression.value !== "string") break;
      prologue.push(s.expression.value);
    }
    if (!prologue.includes("use client")) return {};
    const intoServer = (spec) =>
      /^@\/lib\/server(\/|$)/.test(spec) ||
      (spec.startsWith(".") && !path.relative(SERVER_DIR, path.resolve(path.dirname(context.filename), spec)).startsWith(".."));
    const check = (node) => {
      if (typeof node.source?.value === "string" && intoServer(node.source.value)) context.report({ node: node.source, messageId: "server" });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

/** Every eslint-disable comment says why: `// eslint-disable-next-line rule -- reason`. */
const disableNeedsReason = {
  meta: { type: "suggestion", schema: [], messages: { reason: "Say why: `eslint-disable… rule -- reason`." } },
  create(context) {
    return {
      Program() {
        for (const c of context.sourceCode.getAllComments()) {
          if (/^\s*eslint-disable/.test(c.value) && !/\s--\s*\S/.test(c.value)) context.report({ loc: c.loc, messageId: "reason" });
        }
      },
    };
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    plugins: { local: { rules: { "no-server-in-client": noServerInClient, "disable-needs-reason": disableNeedsReason } } },
    rules: {
      "local/no-server-in-client": "error",
      "local/disable-needs-reason": "error",
      // Leaflet only in components/map (the lib/domain block below repeats it: a later block's options replace these).
      "no-restricted-imports": [
        "error",
        {
          paths: ["leaflet", "react-leaflet"].map((name) => ({ name, message: "Leaflet is imported only in components/map/." })),
          patterns: [{ group: ["leaflet/*", "react-leaflet/*", "@react-leaflet/*"], message: "Leaflet is imported only in components/map/." }],
        },
      ],
    },
  },
  // the map's components, and the bare Next reference of bench:web (a separate app, not the guide)
  { files: ["components/map/**", "bench/next-reference/**"], rules: { "no-restricted-imports": "off" } },
  {
    files: ["lib/domain/**"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [...domainFence.paths, ...nodeFence.paths, ...zodFence.paths], patterns: [...domainFence.patterns, ...nodeFence.patterns, ...zodFence.patterns] },
      ],
    },
  },
  {
    files: ZOD_SERVER_FILES,
    rules: { "no-restricted-imports": ["error", { paths: [...domainFence.paths, ...nodeFence.paths], patterns: [...domainFence.patterns, ...nodeFence.patterns] }] },
  },
  { files: ["lib/domain/**/*.test.ts"], rules: { "no-restricted-imports": ["error", domainFence] } },
  {
    // A leading underscore marks a parameter a signature requires but the body does not use.
    files: ["**/*.ts", "**/*.tsx"],
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }] },
  },
  {
    // Playwright fixtures receive a `use` callback; it is not React's `use` hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "lib/server/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", ".test-summary/**"]),
]);
