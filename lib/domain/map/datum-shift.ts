// WGS-84 ⇄ the datum a basemap is drawn in, for drawing only: the app stores and computes in
// WGS-84; a point is shifted when it is drawn over GCJ-02 tiles (Amap) and a point picked on such
// tiles is shifted back before anything keeps it. gcoord does the arithmetic: WGS→GCJ is the public
// approximation formula; GCJ→WGS inverts it by iteration to about 1e-6° (≈ 0.1 m) of that
// formula. Outside gcoord's rough China box both directions return the point unchanged.
import gcoord from "gcoord";
import type { LngLat } from "../geo";
import type { MapDatum } from "./basemap";

/** Where a WGS-84 point is drawn on a basemap in `datum`. */
export function toMapDatum(point: LngLat, datum: MapDatum): LngLat {
  if (datum === "wgs84") return point;
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return { lng, lat };
}

/** The WGS-84 point of a position picked on a basemap in `datum`. */
export function fromMapDatum(point: LngLat, datum: MapDatum): LngLat {
  if (datum === "wgs84") return point;
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return { lng, lat };
}
