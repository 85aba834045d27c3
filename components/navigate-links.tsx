import type { Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import { navigationLinks } from "@/lib/domain/browse/navigation-links";
import { TOWNSHIP_SEAT, TOWNSHIP_SEAT_NAME } from "@/lib/domain/township-seat";
import { messages } from "@/lib/domain/messages";

// "Navigate here": hands the place to Amap, Baidu, Tencent, Google or Apple Maps. Coordinates
// are converted for each app at link time (lib/domain/browse/navigation-links.ts). A place whose
// position is only known to the township is not sent as if it were a destination: the links
// lead to the township seat instead, and the text says so.
export function NavigateLinks({ lang, place }: { lang: Lang; place: PlaceSummary }) {
  const t = messages(lang);
  const unknownSpot = place.location.precision === "township";
  const target = unknownSpot
    ? { ...TOWNSHIP_SEAT, name: TOWNSHIP_SEAT_NAME.zh }
    : { lng: place.location.lng, lat: place.location.lat, name: place.nameZh };
  const km = (place.location.radiusM / 1000).toFixed(1);
  return (
    <section aria-labelledby="navigate-heading">
      <h3 id="navigate-heading">{t.navigate}</h3>
      {unknownSpot ? (
        <p className="warning">{t.navigateTownship}</p>
      ) : place.location.precision !== "exact" ? (
        <p className="warning">{t.navigateEstimated(km)}</p>
      ) : null}
      <ul className="navigate">
        {navigationLinks(target).map((link) => (
          <li key={link.app}>
            <a href={link.url} target="_blank" rel="noopener noreferrer" data-app={link.app}>
              {t.mapApps[link.app]}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
