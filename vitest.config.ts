import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // lib/server modules start with `import "server-only"`; in unit tests that guard is a no-op.
      "server-only": path.resolve(__dirname, "lib/test-support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "data/**/*.test.ts"],
    environment: "node",
    testTimeout: 20000,
  },
});
