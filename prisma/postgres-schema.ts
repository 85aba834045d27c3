// The PostgreSQL variant of the data model. prisma/schema.prisma is the one model (SQLite); the
// PostgreSQL schema is derived from it by swapping the datasource provider and the generated
// client's folder, nothing else, so both providers always describe the same tables.
//   npm run db:schema-pg   rewrites prisma/postgres/schema.prisma (a unit test fails when it is stale)
// Two generated clients are needed: a Prisma 6 client compiles its queries for the provider of its
// schema (`activeProvider`, and the provider's query-compiler wasm), and refuses an adapter of
// another provider. lib/server/db.ts picks one by DATABASE_URL.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SQLITE_SCHEMA = path.join(__dirname, "schema.prisma");
export const POSTGRES_SCHEMA = path.join(__dirname, "postgres", "schema.prisma");

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:schema-pg` (prisma/postgres-schema.ts): do not edit.\n" +
  "// Change prisma/schema.prisma, run `npm run db:schema-pg`, then make the migration of each provider\n" +
  "// (README, 'Databases').\n\n";

/** The PostgreSQL schema text for the SQLite schema text `sqlite`. Throws when the shape it swaps is missing. */
export function postgresSchema(sqlite: string): string {
  const swaps: [RegExp, string][] = [
    [/(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"'],
    [/(output\s*=\s*)"\.\.\/lib\/server\/generated\/prisma"/, '$1"../../lib/server/generated/prisma-pg"'],
  ];
  let out = sqlite;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(out)) throw new Error(`prisma/schema.prisma no longer matches ${pattern}: update prisma/postgres-schema.ts`);
    out = out.replace(pattern, replacement);
  }
  return HEADER + out;
}

if (require.main === module) {
  writeFileSync(POSTGRES_SCHEMA, postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  console.log(`Wrote ${path.relative(process.cwd(), POSTGRES_SCHEMA)}`);
}
