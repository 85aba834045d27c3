import type { Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import type { KnownSpot } from "@/lib/domain/known-spot";
import { navigationLinks } from "@/lib/domain/browse/navigation-links";
import { placeMessages } from "@/lib/domain/messages-place";

// "Navigate here": hands the place's known spot (lib/domain/known-spot.ts) to Amap, Baidu, Tencent,
// Google or Apple Maps. Coordinates are converted for each app at link time
// (lib/domain/browse/navigation-links.ts). A village-level place is sent as its village's point,
// and the text says so. A place without a known spot gets no links at all: any point handed to a
// map app would be invented; the text says why.
export function NavigateLinks({ lang, place, spot }: { lang: Lang; place: PlaceSummary; spot: KnownSpot | null }) {
  const t = placeMessages(lang);
  const km = (place.location.radiusM / 1000).toFixed(1);
  return (
    <section aria-labelledby="navigate-heading">
      <h3 id="navigate-heading">{t.navigate}</h3>
      {spot === null ? (
        <p className="warning" data-no-navigation>
          {t.navigateNoSpot}
        </p>
      ) : (
        <>
          {spot.basis === "village" ? (
            <p className="warning">{t.navigateVillage(km)}</p>
          ) : place.location.precision !== "exact" ? (
            <p className="warning">{t.navigateEstimated(km)}</p>
          ) : null}
          <ul className="navigate">
            {navigationLinks({ ...spot.point, name: place.nameZh }).map((link) => (
              <li key={link.app}>
                <a href={link.url} target="_blank" rel="noopener noreferrer" data-app={link.app}>
                  {t.mapApps[link.app]}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
