// Random test and benchmark locations around the township (test support, not shipped).

/** `count` random points in the township's neighbourhood (lng 110.57–110.75, lat 29.36–29.50). */
export function randomTownshipPoints(random: () => number, count: number): { lng: number; lat: number }[] {
  return Array.from({ length: count }, () => ({
    lng: 110.57 + random() * 0.18,
    lat: 29.36 + random() * 0.14,
  }));
}
