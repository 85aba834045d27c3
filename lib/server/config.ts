import "server-only";
import { z } from "zod";
import { revalidateToken } from "@/prisma/revalidate-server";

// Runtime settings read from the environment (documented in README, "Configuration").
const envSchema = z.object({
  TILE_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/, "TILE_URL must be an http(s) URL template with {z}, {x} and {y}")
    .optional(),
  TILE_ATTRIBUTION: z.string().trim().min(1).max(500).optional(),
  TILE_MAX_ZOOM: z.coerce.number().int().min(1).max(22).optional(),
  TILE_BULK_DOWNLOAD: z.enum(["allowed"], "TILE_BULK_DOWNLOAD must be \"allowed\" (or unset)").optional(),
  SITE_URL: z.string().url().optional(),
  REVALIDATE_SECRET: z.string().trim().min(32, "REVALIDATE_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  DATABASE_URL: z.string().optional(),
});

/**
 * `bulkDownloadAllowed`: whether the tile provider's terms allow "Save the township for offline"
 * (fetching every tile of the township at zooms 10–15 at once). False unless the operator says so
 * with TILE_BULK_DOWNLOAD=allowed for their own tile server; never for OpenStreetMap's public
 * servers, whose tile usage policy discourages bulk downloading.
 */
export type TileConfig = { url: string; attribution: string; maxZoom: number; bulkDownloadAllowed: boolean };

const DEFAULT_TILES: TileConfig = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
  bulkDownloadAllowed: false,
};

/** OpenStreetMap's public tile servers (tile.openstreetmap.org, {s}.tile.openstreetmap.org). */
const OSM_PUBLIC_TILES = /^https?:\/\/([^/]*\.)?tile\.openstreetmap\.org\//i;

function readEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${msg}`);
  }
  return parsed.data;
}

export function getTileConfig(): TileConfig {
  const env = readEnv();
  if (!env.TILE_URL) return DEFAULT_TILES;
  return {
    url: env.TILE_URL,
    attribution: env.TILE_ATTRIBUTION ?? "Map tiles: " + new URL(env.TILE_URL.replace(/\{[a-z]\}/g, "0")).host,
    maxZoom: env.TILE_MAX_ZOOM ?? 18,
    bulkDownloadAllowed: env.TILE_BULK_DOWNLOAD === "allowed" && !OSM_PUBLIC_TILES.test(env.TILE_URL),
  };
}

export function getSiteUrl(): string {
  return readEnv().SITE_URL ?? "http://localhost:3000";
}

/** The token POST /api/revalidate requires (REVALIDATE_SECRET, or the token file beside the database). */
export function getRevalidateToken(): string {
  const env = readEnv();
  return revalidateToken({ REVALIDATE_SECRET: env.REVALIDATE_SECRET, DATABASE_URL: env.DATABASE_URL });
}
