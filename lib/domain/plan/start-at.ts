// A plan that starts where the visitor stands ("start my plan here", the planner's "my location"):
// the coordinates rounded to 5 decimals (about 1 m, finer than any phone's fix), which keeps the
// plan's URL code short.
import type { LngLat } from "../geo";
import type { PlanStart } from "./plan-codec";

const round5 = (x: number) => Math.round(x * 1e5) / 1e5 || 0;

export function planStartAt(point: LngLat): PlanStart {
  return { type: "coords", lng: round5(point.lng), lat: round5(point.lat) };
}
