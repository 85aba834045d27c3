// Which marker is drawn in the centre when places share a spot (see spread-colocated.ts): the
// better-known location first (exact, approximate, village, township), and among equally known
// ones the public service (the seat's government), then the villages, then everything else.
// The one ranking of the guide's map and of the shared plan's map.
import { LOCATION_PRECISIONS } from "./place-kinds";
import type { Place } from "./place";

/** Lower = drawn nearer the centre of a shared spot. */
export function markerRank(place: { kind: Place["kind"]; location: Pick<Place["location"], "precision"> }): number {
  const kindRank = place.kind === "service" ? 0 : place.kind === "village" ? 1 : 2;
  return LOCATION_PRECISIONS.indexOf(place.location.precision) * 10 + kindRank;
}
