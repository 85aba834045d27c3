// schema.org JSON-LD for a place page, and its safe serialization into a <script> element.
// Only what the data says: coordinates only when the location is exact or an estimate of the spot
// itself (never a village-level or unknown spot: no geo at all then); no opening hours, prices or
// free-admission claims, which no source gives.
import { localized, type Lang } from "./i18n";
import type { Place } from "./place";
import type { PlaceKind } from "./place-kinds";
import { precisionHasOwnPoint } from "./known-spot";

export type PlaceJsonLdType = "TouristAttraction" | "LodgingBusiness" | "Place";

const JSON_LD_TYPE: Record<PlaceKind, PlaceJsonLdType> = {
  scenic: "TouristAttraction",
  performance: "TouristAttraction",
  red: "TouristAttraction",
  camp: "TouristAttraction",
  street: "TouristAttraction",
  lodging: "LodgingBusiness",
  village: "Place",
  service: "Place",
};

export type PlaceJsonLd = {
  "@context": "https://schema.org";
  "@type": PlaceJsonLdType;
  "@id": string;
  url: string;
  name: string;
  alternateName: string[];
  description: string;
  address: {
    "@type": "PostalAddress";
    addressCountry: "CN";
    addressRegion: string;
    addressLocality: string;
    streetAddress: string;
  };
  geo?: { "@type": "GeoCoordinates"; latitude: number; longitude: number };
};

type PlaceJsonLdInput = Pick<Place, "kind" | "nameZh" | "nameEn" | "pinyin" | "village" | "summaryZh" | "summaryEn" | "location">;

const ADDRESS = {
  zh: { region: "湖南省", locality: "慈利县", township: "三官寺土家族乡" },
  en: { region: "Hunan", locality: "Cili County", township: "Sanguansi Tujia Ethnic Township" },
} as const;

/** JSON-LD of one place page; `url` is the page's absolute URL in `lang` (the place's @id is url#place). */
export function placeJsonLd(place: PlaceJsonLdInput, { url, lang }: { url: string; lang: Lang }): PlaceJsonLd {
  const name = localized(lang, place.nameZh, place.nameEn).text;
  const others = lang === "en" ? [place.nameZh, place.pinyin] : [place.nameEn, place.pinyin];
  const alternateName = [...new Set(others.filter((n): n is string => !!n && n !== name))];
  const a = ADDRESS[lang];
  const village = place.village ? (lang === "en" ? place.village.nameEn : place.village.nameZh) : null;
  const streetAddress = village === null ? a.township : lang === "en" ? `${village}, ${a.township}` : `${a.township}${village}`;
  // geo only for the place's own point: none when no spot is known, none for a village-level place
  const point = precisionHasOwnPoint(place.location.precision) ? place.location.point : null;
  return {
    "@context": "https://schema.org",
    "@type": JSON_LD_TYPE[place.kind],
    "@id": `${url}#place`,
    url,
    name,
    alternateName,
    description: localized(lang, place.summaryZh, place.summaryEn).text,
    address: {
      "@type": "PostalAddress",
      addressCountry: "CN",
      addressRegion: a.region,
      addressLocality: a.locality,
      streetAddress,
    },
    ...(point !== null ? { geo: { "@type": "GeoCoordinates" as const, latitude: point.lat, longitude: point.lng } } : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` become \u escapes (still the
 * same JSON), so no value can close the script element or open a comment.
 */
export function serializeJsonLd(value: object): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
