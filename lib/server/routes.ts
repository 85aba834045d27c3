import "server-only";
import { cache } from "react";
import { prisma } from "./db";
import { dbRead } from "./data-access-error";
import { CACHE_TAGS, cachedRead } from "./cache-tags";
import type { CuratedRoute } from "@/lib/domain/route";

// Routes link their stops to places by slug, so a place edit invalidates them too.
const loadRoutes = cachedRead("routes", [CACHE_TAGS.routes, CACHE_TAGS.places], async (): Promise<CuratedRoute[]> => {
  const rows = await dbRead(() => prisma.route.findMany({
    orderBy: { id: "asc" },
    select: {
      slug: true,
      nameZh: true,
      nameEn: true,
      summaryZh: true,
      summaryEn: true,
      red: true,
      stops: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          nameZh: true,
          nameEn: true,
          noteZh: true,
          noteEn: true,
          inTownship: true,
          place: { select: { slug: true, archivedAt: true } },
        },
      },
      sources: { select: { source: { select: { key: true, title: true, url: true, publisherPageUnknown: true } } } },
    },
  }));
  return rows.map((r) => ({
    slug: r.slug,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    summaryZh: r.summaryZh,
    summaryEn: r.summaryEn,
    red: r.red,
    // An archived place is no longer in the guide: its stop stays as a named stop without a place.
    stops: r.stops.map(({ place, ...s }) => ({ ...s, placeSlug: place && place.archivedAt === null ? place.slug : null })),
    sources: r.sources.map((s) => s.source),
  }));
});

/** Curated routes with their stops (in order) and sources (cached across requests). */
export const getRoutes = cache((): Promise<CuratedRoute[]> => loadRoutes());
