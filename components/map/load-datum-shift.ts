import { lazyModule } from "../lazy-module";

// The arithmetic that draws WGS-84 points over GCJ-02 tiles (lib/domain/map/datum-shift.ts, with
// gcoord: about 3.5 kB gzipped), loaded when a basemap in that datum (Amap) is chosen: the first
// view's basemaps are WGS-84 and draw without it. guide-map.tsx holds it (useLazyModule).
export const datumShiftCode = lazyModule(() => import("@/lib/domain/map/datum-shift"));
