"use client";
import { useCallback, useEffect, useState } from "react";
import type { Place } from "@/lib/domain/place";

/** A place's full detail as a panel shows it: still loading, failed (retry), or there. */
export type PlaceDetail = { status: "loading" } | { status: "error" } | { status: "ready"; place: Place };

// Details fetched in this tab, by slug, so that reopening a panel is instant. The browser's memory
// for the session only; the server's copy is Next's data cache, and the HTTP cache revalidates
// with the ETag.
const fetched = new Map<string, Place>();

async function fetchDetail(slug: string, signal: AbortSignal): Promise<Place> {
  const res = await fetch(`/api/places/${encodeURIComponent(slug)}`, { signal, headers: { Accept: "application/geo+json" } });
  if (!res.ok) throw new Error(`GET /api/places/${slug} answered ${res.status}`);
  // The Feature parser (zod) loads with the first panel opened in the browser, not with the page.
  const { parsePlaceFeature } = await import("@/lib/domain/parse-place-feature");
  const place = parsePlaceFeature(await res.json());
  if (!place || place.slug !== slug) throw new Error(`GET /api/places/${slug} is not that place's Feature`);
  return place;
}

/**
 * The full detail of the selected place: `initial` (the place page's own, rendered on the server)
 * when it is that place, else from the session's memory, else fetched from GET /api/places/[slug].
 */
export function usePlaceDetail(slug: string | null, initial: Place | null): { detail: PlaceDetail; retry: () => void } {
  const known = slug === null ? null : slug === initial?.slug ? initial : (fetched.get(slug) ?? null);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // Bumped when a fetch lands: the detail is read from `fetched` on the next render.
  const [, setLanded] = useState(0);

  useEffect(() => {
    if (slug === null || known !== null) return;
    const controller = new AbortController();
    fetchDetail(slug, controller.signal).then(
      (place) => {
        fetched.set(slug, place);
        setLanded((n) => n + 1);
      },
      () => {
        if (!controller.signal.aborted) setFailed(slug);
      },
    );
    return () => controller.abort();
  }, [slug, known, attempt]);

  const retry = useCallback(() => {
    setFailed(null);
    setAttempt((n) => n + 1);
  }, []);

  const detail: PlaceDetail = known !== null ? { status: "ready", place: known } : failed === slug ? { status: "error" } : { status: "loading" };
  return { detail, retry };
}
