import "server-only";
import { z } from "zod";
import { revalidateToken } from "@/prisma/revalidate-server";
import { AMAP_BASEMAP, BASEMAP_IDS, NO_BASEMAP, OSM_BASEMAP, tiandituBasemap, type Basemap, type BasemapId } from "@/lib/domain/map/basemap";

// Runtime settings read from the environment (documented in README, "Configuration").
const envSchema = z.object({
  TILE_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/, "TILE_URL must be an http(s) URL template with {z}, {x} and {y}")
    .optional(),
  TILE_ATTRIBUTION: z.string().trim().min(1).max(500).optional(),
  TILE_MAX_ZOOM: z.coerce.number().int().min(1).max(22).optional(),
  TILE_DATUM: z.enum(["wgs84", "gcj02"], "TILE_DATUM must be wgs84 or gcj02 (the datum TILE_URL's tiles are drawn in)").optional(),
  TILE_BULK_DOWNLOAD: z.enum(["allowed", "not-allowed"], "TILE_BULK_DOWNLOAD must be allowed or not-allowed").optional(),
  MAP_PROVIDERS: z.string().optional(),
  TIANDITU_KEY: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{8,64}$/, "TIANDITU_KEY must be the key (tk) from the Tianditu console: 8–64 letters and digits")
    .optional(),
  SITE_URL: z.string().url().optional(),
  REVALIDATE_SECRET: z.string().trim().min(32, "REVALIDATE_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)").optional(),
  DATABASE_URL: z.string().optional(),
  PLACES_INLINE_MAX: z.coerce.number("PLACES_INLINE_MAX must be a whole number of places (0 or more)").int().min(0).optional(),
});

/** OpenStreetMap's public tile servers (tile.openstreetmap.org, {s}.tile.openstreetmap.org): their policy forbids bulk downloads. */
const OSM_PUBLIC_TILES = /^https?:\/\/([^/]*\.)?tile\.openstreetmap\.org\//i;

function readEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${msg}`);
  }
  return parsed.data;
}

type Env = z.infer<typeof envSchema>;

/**
 * The basemaps offered, the first being the one a visitor sees first (README, "Basemaps").
 * MAP_PROVIDERS is a comma-separated list of osm, tianditu, amap, custom (TILE_URL) and none;
 * unset, it is "custom" when TILE_URL is set, else "osm". Throws an Error saying what to fix.
 */
export function parseBasemaps(env: Env): Basemap[] {
  const fail = (msg: string): never => {
    throw new Error(`Invalid configuration: ${msg}`);
  };
  const ids: BasemapId[] = [];
  if (env.MAP_PROVIDERS === undefined) ids.push(env.TILE_URL ? "custom" : "osm");
  else {
    for (const raw of env.MAP_PROVIDERS.split(",")) {
      const id = raw.trim();
      if (id === "") fail(`MAP_PROVIDERS has an empty entry in "${env.MAP_PROVIDERS}"; list providers separated by commas, e.g. osm,tianditu,amap`);
      if (!(BASEMAP_IDS as readonly string[]).includes(id)) fail(`MAP_PROVIDERS: unknown provider "${id}"; use ${BASEMAP_IDS.join(", ")}`);
      if (ids.includes(id as BasemapId)) fail(`MAP_PROVIDERS lists "${id}" twice`);
      ids.push(id as BasemapId);
    }
  }
  if (env.TILE_URL && !ids.includes("custom")) fail(`TILE_URL is set but MAP_PROVIDERS does not list "custom"; add custom to MAP_PROVIDERS or unset TILE_URL`);
  return ids.map((id): Basemap => {
    switch (id) {
      case "osm":
        return OSM_BASEMAP;
      case "amap":
        return AMAP_BASEMAP;
      case "none":
        return NO_BASEMAP;
      case "tianditu":
        return env.TIANDITU_KEY ? tiandituBasemap(env.TIANDITU_KEY) : fail("MAP_PROVIDERS lists tianditu: set TIANDITU_KEY to a browser key from console.tianditu.gov.cn");
      case "custom": {
        const url = env.TILE_URL ?? fail("MAP_PROVIDERS lists custom: set TILE_URL to your tile server's URL template, e.g. https://tiles.example.org/{z}/{x}/{y}.png");
        return {
          id: "custom",
          layers: [{ url }],
          attribution: env.TILE_ATTRIBUTION ?? "Map tiles: " + new URL(url.replace(/\{[a-z]\}/g, "0")).host,
          maxZoom: env.TILE_MAX_ZOOM ?? 18,
          datum: env.TILE_DATUM ?? "wgs84",
          bulkDownloadAllowed: env.TILE_BULK_DOWNLOAD === "allowed" && !OSM_PUBLIC_TILES.test(url),
        };
      }
    }
  });
}

/** The configured basemaps (see parseBasemaps), read from the environment. */
export function getBasemaps(): Basemap[] {
  return parseBasemaps(readEnv());
}

/**
 * Up to this many places, a map page sends every place's summary with its HTML; above it, only its
 * first view, and the browser fetches the rest after the first paint (lib/domain/browse/first-view.ts).
 */
export const DEFAULT_PLACES_INLINE_MAX = 500;

export function getPlacesInlineMax(): number {
  return readEnv().PLACES_INLINE_MAX ?? DEFAULT_PLACES_INLINE_MAX;
}

export function getSiteUrl(): string {
  return readEnv().SITE_URL ?? "http://localhost:3000";
}

/** The token POST /api/revalidate requires (REVALIDATE_SECRET, or the token file beside the database). */
export function getRevalidateToken(): string {
  const env = readEnv();
  return revalidateToken({ REVALIDATE_SECRET: env.REVALIDATE_SECRET, DATABASE_URL: env.DATABASE_URL });
}
