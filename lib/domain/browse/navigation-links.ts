// "Navigate there" links for the map apps visitors use. Formats and datum rules are in
// /work/shared/reference/deep-links.md; we store WGS-84 and convert only where a provider
// cannot be told the datum (Amap's navigation URI).
import gcoord from "gcoord";
import type { LngLat } from "../geo";
import { formatCoordinate } from "./format-coordinate";

export type NavigationApp = "amap" | "baidu" | "tencent" | "google" | "apple";

/** One app's link; its name in each language is in the messages (`mapApps`). */
export type NavigationLink = { app: NavigationApp; url: string };

export type NavigationTarget = LngLat & { name: string };

export type NavigationLinkOptions = {
  /** Identifies us to the providers: Amap `src`, Tencent `referer`, Baidu `src` as "webapp.<a.b>". */
  appName?: string;
};

const DEFAULT_APP_NAME = "sanguansi-guide";

const enc = encodeURIComponent;

/** Baidu wants `src` shaped "webapp.<company>.<app>": "sanguansi-guide" → "webapp.sanguansi.guide". */
function baiduSource(appName: string): string {
  return `webapp.${appName.replace(/[^A-Za-z0-9]+/g, ".").replace(/^\.+|\.+$/g, "") || "app"}`;
}

/**
 * Links that open each app's route (or place page) to the target, in the order Amap, Baidu,
 * Tencent, Google, Apple. Coordinates are printed with at most 6 decimals, names with
 * encodeURIComponent. Throws RangeError on non-finite coordinates.
 *
 * - Amap `uri.amap.com/navigation`: its doc lists no datum parameter, so `to` is converted
 *   WGS-84 → GCJ-02 with gcoord (about 560 m at Sanguansi); `coordinate=gaode` states that
 *   explicitly (undocumented there but widely sent, and harmless). No `from`: current location.
 * - Baidu: the web `direction` URI requires `origin` (必选) and offers no documented "my
 *   location" value, while we do not know the visitor's position. So we link Baidu's web
 *   `marker` page (documented; WGS-84 via `coord_type=wgs84`, lat first), which shows the point
 *   with Baidu's own "到这里去"/route button.
 * - Tencent `routeplan` (drive): `tocoord` lat first, `coord_type=1` = GPS/WGS-84, no `from` =
 *   current location; `referer` is required.
 * - Google and Apple take WGS-84 lat,lng.
 */
export function navigationLinks(
  target: NavigationTarget,
  { appName = DEFAULT_APP_NAME }: NavigationLinkOptions = {},
): NavigationLink[] {
  const lng = formatCoordinate(target.lng);
  const lat = formatCoordinate(target.lat);
  const name = enc(target.name);
  const app = enc(appName);

  const [gcjLng, gcjLat] = gcoord.transform([target.lng, target.lat], gcoord.WGS84, gcoord.GCJ02);
  const amap =
    `https://uri.amap.com/navigation?to=${formatCoordinate(gcjLng)},${formatCoordinate(gcjLat)},${name}` +
    `&mode=car&policy=0&src=${app}&coordinate=gaode&callnative=1`;
  const baidu =
    `https://api.map.baidu.com/marker?location=${lat},${lng}&title=${name}&content=${name}` +
    `&output=html&coord_type=wgs84&src=${enc(baiduSource(appName))}`;
  const tencent =
    `https://apis.map.qq.com/uri/v1/routeplan?type=drive&to=${name}&tocoord=${lat},${lng}` +
    `&coord_type=1&policy=0&referer=${app}`;
  const google = `https://www.google.com/maps/dir/?api=1&destination=${lat},${lng}&travelmode=driving`;
  const apple = `https://maps.apple.com/?daddr=${lat},${lng}&dirflg=d&q=${name}`;

  const urls: Record<NavigationApp, string> = { amap, baidu, tencent, google, apple };
  return (["amap", "baidu", "tencent", "google", "apple"] as const).map((key) => ({
    app: key,
    url: urls[key],
  }));
}
