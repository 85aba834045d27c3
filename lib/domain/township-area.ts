// The township's extent. No township boundary polygon is published (places-facts.md §8), so this
// is an inferred envelope (WGS-84) from the stated neighbours, the county's west edge (≈110.57 E)
// and the canyon near the Wulingyuan border (≈29.37 N). It is used to reject swapped axes and
// typos in the data, not drawn as a border.
export const TOWNSHIP_BBOX = { west: 110.55, south: 29.35, east: 110.77, north: 29.52 } as const;

export const TOWNSHIP_NAME = { zh: "三官寺土家族乡", en: "Sanguansi Tujia Ethnic Township" } as const;

export function isInTownshipArea(lng: number, lat: number): boolean {
  return (
    lng >= TOWNSHIP_BBOX.west && lng <= TOWNSHIP_BBOX.east && lat >= TOWNSHIP_BBOX.south && lat <= TOWNSHIP_BBOX.north
  );
}
