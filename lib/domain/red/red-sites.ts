// The red-tourism sites as the red view lists them: only places marked red, in the data's order,
// each with its status, how precisely its location is known (in words) and its study note.
import { localePath, localized, type Lang, type Localized } from "../i18n";
import { placeMessages } from "../messages-place";
import { KIND_INFO, PRECISION_INFO, STATUS_INFO, type LocationPrecision, type PlaceKind, type PlaceStatus } from "../place-kinds";
import type { Place } from "../place";
import { knownSpots } from "../known-spot";

export type RedSite = {
  slug: string;
  href: string;
  name: Localized;
  kind: PlaceKind;
  kindLabel: string;
  /** The glyph the map marker shows for this kind. */
  glyph: string;
  village: string | null;
  status: PlaceStatus;
  /** e.g. "规划中（据 2022 年资料）" / "Planned (as of 2022 sources)". */
  statusText: string;
  statusNote: Localized | null;
  summary: Localized;
  precision: LocationPrecision;
  /** e.g. "仅知在乡域内 · 误差可达约 6 公里". */
  precisionText: string;
  locationNote: Localized;
  /** null when the sources give none (the page then says it is not known). */
  openingHours: string | null;
  studyNote: Localized | null;
};

type RedSiteInput = Pick<
  Place,
  | "slug"
  | "kind"
  | "red"
  | "nameZh"
  | "nameEn"
  | "village"
  | "status"
  | "statusYear"
  | "statusNoteZh"
  | "statusNoteEn"
  | "summaryZh"
  | "summaryEn"
  | "location"
  | "openingHours"
  | "studyNoteZh"
  | "studyNoteEn"
>;

function formatKm(lang: Lang, metres: number): string {
  return (metres / 1000).toLocaleString(lang === "en" ? "en" : "zh-CN", { maximumFractionDigits: 1 });
}

/** The places with red: true, in the given order, described for the red view. */
export function redSites(places: readonly RedSiteInput[], lang: Lang): RedSite[] {
  const t = placeMessages(lang);
  // A radius is said only around a known spot (its own or its village's): none without one.
  const spots = knownSpots(places);
  return places
    .filter((p) => p.red)
    .map((p) => {
      const { precision, radiusM } = p.location;
      return {
        slug: p.slug,
        href: localePath(lang, `/places/${p.slug}`),
        name: localized(lang, p.nameZh, p.nameEn),
        kind: p.kind,
        kindLabel: KIND_INFO[p.kind][lang],
        glyph: KIND_INFO[p.kind].glyph,
        village: p.village ? localized(lang, p.village.nameZh, p.village.nameEn).text : null,
        status: p.status,
        statusText: STATUS_INFO[p.status][lang] + (p.statusYear ? t.statusAsOf(p.statusYear) : ""),
        statusNote: p.statusNoteZh ? localized(lang, p.statusNoteZh, p.statusNoteEn) : null,
        summary: localized(lang, p.summaryZh, p.summaryEn),
        precision,
        precisionText:
          PRECISION_INFO[precision][lang] +
          (!spots.has(p.slug) ? ` · ${t.noKnownSpot}` : precision !== "exact" ? ` · ${t.withinRadius(formatKm(lang, radiusM))}` : ""),
        locationNote: localized(lang, p.location.noteZh, p.location.noteEn),
        openingHours: p.openingHours,
        studyNote: p.studyNoteZh ? localized(lang, p.studyNoteZh, p.studyNoteEn) : null,
      };
    });
}
