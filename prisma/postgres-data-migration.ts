// A data migration written for SQLite, said in PostgreSQL. Schema migrations of the two providers
// come from `prisma migrate diff` (README, "Databases"); a data migration (UPDATEs and INSERTs) is
// written once, for SQLite, and this turns it into the PostgreSQL one:
//   - `INSERT OR IGNORE INTO … ;` becomes `INSERT INTO … ON CONFLICT DO NOTHING;`
//   - `x IS 'v'` (SQLite's null-safe equality) becomes `x IS NOT DISTINCT FROM 'v'`
//   - a `;` inside a string literal becomes `\073` in an E'…' literal, and a `;` inside a comment a
//     `,`: @prisma/adapter-pg runs a migration by splitting its text at every `;` (executeScript).
//   npx tsx prisma/postgres-data-migration.ts <migration name>   writes prisma/postgres/migrations/<name>
// A unit test checks that every PostgreSQL data migration is exactly this translation of its SQLite one.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The data migrations (no schema change); every other migration comes from `prisma migrate diff`. */
export const DATA_MIGRATIONS = [
  "20261129010000_honest_locations",
  "20261130000000_seed_data_fixes",
  "20261201000000_verified_source_hosts",
  "20261202010000_sources_seen_only_in_copies",
] as const;

export const SQLITE_MIGRATIONS = path.join(__dirname, "migrations");
export const POSTGRES_MIGRATIONS = path.join(__dirname, "postgres", "migrations");

const HEADER = "-- GENERATED from prisma/migrations/%s/migration.sql by prisma/postgres-data-migration.ts: do not edit.\n";

function literal(body: string): string {
  if (!body.includes(";") && !body.includes("\\")) return `'${body}'`;
  return `E'${body.replace(/\\/g, "\\\\").replace(/;/g, "\\073")}'`;
}

/** The PostgreSQL text of a SQLite data migration. */
export function postgresDataMigration(sqlite: string): string {
  let out = "";
  let statement = "";
  let ignoring = false;
  const endStatement = () => {
    out += statement + (ignoring ? " ON CONFLICT DO NOTHING;" : ";");
    statement = "";
    ignoring = false;
  };
  for (let i = 0; i < sqlite.length; ) {
    const rest = sqlite.slice(i);
    if (rest.startsWith("--")) {
      const end = rest.indexOf("\n");
      const comment = end === -1 ? rest : rest.slice(0, end);
      statement += comment.replace(/;/g, ",");
      i += comment.length;
    } else if (rest.startsWith("'")) {
      let j = 1;
      for (;;) {
        const quote = rest.indexOf("'", j);
        if (quote === -1) throw new Error(`Unterminated string literal at offset ${i}`);
        if (rest[quote + 1] === "'") j = quote + 2;
        else {
          j = quote;
          break;
        }
      }
      // SQLite's null-safe comparison with a value, `x IS 'v'`, is `IS NOT DISTINCT FROM` in PostgreSQL.
      statement = statement.replace(/\bIS NOT(\s+)$/i, "IS DISTINCT FROM$1").replace(/\bIS(\s+)$/i, "IS NOT DISTINCT FROM$1");
      statement += literal(rest.slice(1, j));
      i += j + 1;
    } else if (/^INSERT OR IGNORE INTO\b/i.test(rest)) {
      statement += "INSERT INTO";
      ignoring = true;
      i += "INSERT OR IGNORE INTO".length;
    } else if (rest.startsWith(";")) {
      endStatement();
      i += 1;
    } else {
      statement += rest[0];
      i += 1;
    }
  }
  return out + statement;
}

export function postgresDataMigrationFile(name: string): string {
  const sqlite = readFileSync(path.join(SQLITE_MIGRATIONS, name, "migration.sql"), "utf8");
  return HEADER.replace("%s", name) + postgresDataMigration(sqlite);
}

if (require.main === module) {
  const name = process.argv[2];
  if (!name) throw new Error("Usage: tsx prisma/postgres-data-migration.ts <migration folder name>");
  const dir = path.join(POSTGRES_MIGRATIONS, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), postgresDataMigrationFile(name));
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
