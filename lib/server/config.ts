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
  SITE_URL: z.string().url().optional(),
  REVALIDATE_SECRET: z.string().trim().min(32, "REVALIDATE_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  DATABASE_URL: z.string().optional(),
});

export type TileConfig = { url: string; attribution: string; maxZoom: number };

const DEFAULT_TILES: TileConfig = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
};

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
