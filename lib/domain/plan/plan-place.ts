// The shapes the visit planner works on. Coordinates are WGS-84; a position array is always in
// GeoJSON order [lng, lat].

/** A point on the map: WGS-84 longitude and latitude in decimal degrees. */
export interface LngLat {
  readonly lng: number;
  readonly lat: number;
}

/** A place the visitor may add to a plan (a projection of the guide's place record). */
export interface PlanPlace extends LngLat {
  readonly slug: string;
  readonly nameZh: string;
  readonly nameEn?: string;
  readonly kind: string;
  /** Suggested length of a visit, in minutes. */
  readonly visitMinutes?: number;
  /** "HH:MM-HH:MM" (local time, UTC+8) when known; anything else is treated as unknown. */
  readonly openingHours?: string;
}

/** The point a day starts from (and returns to): the township seat, a place or a dropped pin. */
export interface PlanOrigin extends LngLat {
  readonly nameZh: string;
  readonly nameEn?: string;
}

/** "石门 (Stone Gate)" when an English name is known, else the Chinese name alone. */
export function displayName(p: { readonly nameZh: string; readonly nameEn?: string }): string {
  return p.nameEn !== undefined && p.nameEn !== "" ? `${p.nameZh} (${p.nameEn})` : p.nameZh;
}
