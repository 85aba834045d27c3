// Links that open Amap (高德地图) navigation for a day of the plan.
//
// Amap's web navigation URI (https://uri.amap.com/navigation) takes from/to and, for driving, ONE
// via point; with coordinate=gaode it expects GCJ-02 coordinates, so the guide's WGS-84 points are
// converted with gcoord when the link is built (rounded to 6 decimals, ≈ 0.1 m). Names are
// URL-encoded. A whole day fits one link only when it has at most 3 points (car: from, via, to;
// walking has no via, so only a single leg); otherwise use the per-leg links.
import gcoord from "gcoord";
import type { LngLat } from "../geo";
import type { TravelMode } from "./travel-model";

const AMAP_SOURCE = "sanguansi-guide";

export interface AmapPoint extends LngLat {
  readonly name: string;
}

export interface AmapRouteLinks {
  /** One link for the whole day (origin → stops [→ origin]) when Amap can take it. */
  readonly wholeDay?: string;
  /** One link per leg, in order. */
  readonly legs: string[];
}

function param(p: AmapPoint): string {
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return `${lng.toFixed(6)},${lat.toFixed(6)},${encodeURIComponent(p.name)}`;
}

/** One Amap navigation link (`via` only in car mode). */
function amapNavigationUrl(opts: { from: AmapPoint; to: AmapPoint; via?: AmapPoint; mode: TravelMode }): string {
  const via = opts.via !== undefined && opts.mode === "car" ? `&via=${param(opts.via)}` : "";
  return (
    `https://uri.amap.com/navigation?from=${param(opts.from)}&to=${param(opts.to)}${via}` +
    `&mode=${opts.mode}&policy=0&src=${AMAP_SOURCE}&coordinate=gaode&callnative=1`
  );
}

export function amapRouteLinks(opts: {
  readonly origin: AmapPoint;
  readonly stops: readonly AmapPoint[];
  readonly mode: TravelMode;
  readonly returnToStart: boolean;
}): AmapRouteLinks {
  const points = [opts.origin, ...opts.stops];
  if (opts.returnToStart && opts.stops.length > 0) points.push(opts.origin);
  const legs: string[] = [];
  for (let i = 1; i < points.length; i++) {
    legs.push(amapNavigationUrl({ from: points[i - 1] as AmapPoint, to: points[i] as AmapPoint, mode: opts.mode }));
  }
  const [first, second, third] = points;
  let wholeDay: string | undefined;
  if (points.length === 2 && first !== undefined && second !== undefined) wholeDay = legs[0];
  else if (points.length === 3 && opts.mode === "car" && first !== undefined && second !== undefined && third !== undefined) {
    wholeDay = amapNavigationUrl({ from: first, via: second, to: third, mode: "car" });
  }
  return wholeDay === undefined ? { legs } : { wholeDay, legs };
}
