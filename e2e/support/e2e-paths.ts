// Where an end-to-end run keeps its files, per port, so two runs on one machine (different
// E2E_PORT) never share a database or a build. Used by scripts/e2e-server.ts (which creates them)
// and by the tests that read the database directly (e2e/support/db.ts).
import path from "node:path";

/** The port `npm test` uses; its database keeps the historical name prisma/e2e.db. */
export const DEFAULT_E2E_PORT = "3100";

/** The project directory (this file is e2e/support/e2e-paths.ts). */
export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

/** The port of this run: E2E_PORT, else the default. */
export function e2ePort(env: NodeJS.ProcessEnv = process.env): string {
  return env.E2E_PORT ?? DEFAULT_E2E_PORT;
}

/** The SQLite file the e2e server on `port` creates, migrates and seeds afresh. */
export function e2eDatabaseFile(port: string): string {
  return path.join(PROJECT_ROOT, "prisma", port === DEFAULT_E2E_PORT ? "e2e.db" : `e2e-${port}.db`);
}

/**
 * The database URL of the e2e server on `port`: E2E_DATABASE_URL when set (the PostgreSQL pass of
 * `npm test` sets a fresh schema per run), otherwise the SQLite file above.
 */
export function e2eDatabaseUrl(port: string = e2ePort(), env: NodeJS.ProcessEnv = process.env): string {
  return env.E2E_DATABASE_URL?.trim() || `file:${e2eDatabaseFile(port)}`;
}

/** The Next build directory of the e2e server on `port` (relative to the project root). */
export function e2eDistDir(port: string): string {
  return `.next-e2e-${port}`;
}

/** The e2e server's self-hosted ("custom") tile server: its tiles are answered locally (support/fixtures.ts). */
export const E2E_CUSTOM_TILES = "https://tiles.e2e.example/{z}/{x}/{y}.png";

/**
 * The basemaps the e2e server offers (unless the run sets MAP_PROVIDERS or TILE_URL itself): all
 * five kinds, so the layer switch, the GCJ-02 shift and the Content-Security-Policy are tested.
 * The Tianditu key is a placeholder: tests answer every tile request locally (support/fixtures.ts).
 */
export const E2E_BASEMAP_ENV = {
  MAP_PROVIDERS: "osm,tianditu,amap,custom,none",
  TIANDITU_KEY: "e2eplaceholderkey0",
  // a self-hosted tile server whose operator allows bulk downloads: "Save the township" is offered for it
  TILE_URL: E2E_CUSTOM_TILES,
  TILE_BULK_DOWNLOAD: "allowed",
} as const;

/** Whether this run uses E2E_BASEMAP_ENV (the runner set neither MAP_PROVIDERS nor TILE_URL). */
export function usesE2eBasemaps(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MAP_PROVIDERS === undefined && env.TILE_URL === undefined;
}
