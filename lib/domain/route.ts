// A curated route (stored in the database so staff can add more) as the app sees it.
export type RouteStopRef = {
  position: number;
  /** The guide's place for this stop, or null when the stop has no location yet. */
  placeSlug: string | null;
  nameZh: string;
  nameEn: string | null;
  noteZh: string | null;
  noteEn: string | null;
  inTownship: boolean;
};

export type CuratedRoute = {
  slug: string;
  nameZh: string;
  nameEn: string | null;
  summaryZh: string;
  summaryEn: string | null;
  red: boolean;
  stops: RouteStopRef[];
  /** publisherPageUnknown: seen only in a republished copy (url null) */
  sources: { key: string; title: string; url: string | null; publisherPageUnknown: boolean }[];
};
