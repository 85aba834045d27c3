// Prisma CLI configuration: Prisma 6.19 with the JS engine and a driver adapter, so generate,
// migrate deploy, migrate diff and db push need nothing but npm packages (no engine download).
// DATABASE_URL picks the provider: a file: URL uses prisma/schema.prisma and prisma/migrations
// (SQLite), a postgres:// URL prisma/postgres/schema.prisma and prisma/postgres/migrations.
import { defineConfig } from "prisma/config";
import { prismaPaths, resolveDatabaseTarget } from "./prisma/database-url";
import { createCliAdapter } from "./prisma/adapter";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
// The datasource block reads env("DATABASE_URL"); make sure it resolves even when unset.
process.env.DATABASE_URL = target.url;
const paths = prismaPaths(target);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: paths.schema,
  migrations: { path: paths.migrations },
  async adapter() {
    return createCliAdapter(target);
  },
});
