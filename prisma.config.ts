// Prisma CLI configuration: Prisma 6.19 with the JS engine and a driver adapter, so generate,
// migrate deploy, migrate diff and db push need nothing but npm packages (no engine download).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabaseUrl } from "./prisma/database-url";

const databaseUrl = resolveDatabaseUrl(process.env.DATABASE_URL);
// The datasource block reads env("DATABASE_URL"); make sure it resolves even when unset.
process.env.DATABASE_URL = databaseUrl;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseUrl });
  },
});
