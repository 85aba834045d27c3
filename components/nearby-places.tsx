import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import { findNearest } from "@/lib/domain/browse/find-nearest";
import type { KnownSpot } from "@/lib/domain/known-spot";
import { messages } from "@/lib/domain/messages";
import { placeMessages } from "@/lib/domain/messages-place";
import { isPlainClick } from "./plain-click";

// The five nearest places by straight-line distance (Turf), between known spots only
// (lib/domain/known-spot.ts): a place without one has no distance to anything.
export function NearbyPlaces({
  lang,
  place,
  places,
  spots,
  onSelect,
}: {
  lang: Lang;
  place: PlaceSummary;
  places: PlaceSummary[];
  spots: ReadonlyMap<string, KnownSpot>;
  onSelect: (slug: string) => void;
}) {
  const t = messages(lang);
  const tp = placeMessages(lang);
  const own = spots.get(place.slug);
  if (!own) {
    return (
      <section aria-labelledby="nearby-heading">
        <h3 id="nearby-heading">{tp.nearby}</h3>
        <p className="muted">{tp.nearbyUnknown}</p>
      </section>
    );
  }
  const candidates = [...spots].map(([slug, spot]) => ({ slug, ...spot.point }));
  const nearest = findNearest(candidates, { slug: place.slug }, { count: 5 });
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  return (
    <section aria-labelledby="nearby-heading">
      <h3 id="nearby-heading">{tp.nearby}</h3>
      <ol className="nearby">
        {nearest.map(({ slug, distanceM }) => {
          const other = bySlug.get(slug);
          if (!other) return null;
          return (
            <li key={slug}>
              {/* a plain <a>, as in place-list.tsx: a click opens the place in the guide, a modified
                  click its page; next/link's code would come with the panel, and it prefetched each page */}
              <a
                href={localePath(lang, `/places/${slug}`)}
                onClick={(e) => {
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  onSelect(slug);
                }}
              >
                {localized(lang, other.nameZh, other.nameEn).text}
              </a>{" "}
              <span className="muted">{distanceM === 0 ? tp.sameSpot : t.metres(distanceM)}</span>
            </li>
          );
        })}
      </ol>
      {own.basis === "village" ? (
        <p className="muted small">{tp.nearbyVillage}</p>
      ) : place.location.precision !== "exact" ? (
        <p className="muted small">{tp.nearbyEstimated}</p>
      ) : null}
    </section>
  );
}
