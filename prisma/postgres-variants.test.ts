import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, postgresSchema, SQLITE_SCHEMA } from "./postgres-schema";
import { DATA_MIGRATIONS, POSTGRES_MIGRATIONS, postgresDataMigration, postgresDataMigrationFile, SQLITE_MIGRATIONS } from "./postgres-data-migration";

// One model, two providers (README, "Databases"): the PostgreSQL schema is the model with its
// provider swapped, both providers have the same migrations in the same order, and each
// PostgreSQL data migration is the translation of its SQLite one.
const migrationNames = (dir: string) => readdirSync(dir).filter((n) => /^\d{14}_/.test(n)).sort();

describe("the PostgreSQL variant of the model", () => {
  it("prisma/postgres/schema.prisma is generated from prisma/schema.prisma (npm run db:schema-pg)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("both providers have the same migrations, and every PostgreSQL data migration is the translation of its SQLite one", () => {
    expect(migrationNames(POSTGRES_MIGRATIONS)).toEqual(migrationNames(SQLITE_MIGRATIONS));
    for (const name of DATA_MIGRATIONS) {
      expect(readFileSync(path.join(POSTGRES_MIGRATIONS, name, "migration.sql"), "utf8"), name).toBe(postgresDataMigrationFile(name));
    }
  });

  it("translates SQLite's idioms and keeps every literal's text", () => {
    const sqlite = `-- a; b\nINSERT OR IGNORE INTO "S" ("k") SELECT 'x; y' WHERE 1;\nUPDATE "P" SET "a" = 'it''s' WHERE "b" IS 'v' AND "c" IS NOT 'w' AND "d" IS NULL;`;
    expect(postgresDataMigration(sqlite)).toBe(
      `-- a, b\nINSERT INTO "S" ("k") SELECT E'x\\073 y' WHERE 1 ON CONFLICT DO NOTHING;\nUPDATE "P" SET "a" = 'it''s' WHERE "b" IS NOT DISTINCT FROM 'v' AND "c" IS DISTINCT FROM 'w' AND "d" IS NULL;`,
    );
    // Outside the literals, no `;` but the statement ends: @prisma/adapter-pg splits there.
    for (const name of DATA_MIGRATIONS) {
      const sql = postgresDataMigrationFile(name);
      const statements = sql.split(";").map((s) => s.trim()).filter(Boolean);
      expect(statements.every((s) => /^(--[^\n]*\n\s*)*(UPDATE|INSERT|DELETE)\b/.test(s)), name).toBe(true);
    }
  });

  it("refuses a model whose provider it cannot find", () => {
    expect(() => postgresSchema('datasource db {\n  provider = "mysql"\n}')).toThrow(/postgres-schema\.ts/);
  });
});
