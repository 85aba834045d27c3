import { createSerwistRoute } from "@serwist/turbopack";

// GET /serwist/sw.js (and its source map): the service worker (sw/sw.ts), bundled with esbuild at
// build time (a static route: generateStaticParams) with the precache manifest of the build's static
// files. Nothing is fetched. proxy.ts gives the script its Content-Security-Policy.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "sw/sw.ts",
  useNativeEsbuild: true,
  // Only the build's assets and the app's icons (not public/.gitkeep).
  globIgnores: ["**/node_modules/**/*", "**/.gitkeep"],
});
