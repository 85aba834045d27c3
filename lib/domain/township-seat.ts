// The township seat (三官寺土家族乡人民政府, in 三官寺村, the old street): where the planner starts by
// default, the sunset reference point, the map's default centre and where the "位置待定" marker
// (places without a known spot) is drawn beside.
//
// Position: 29°25′44″N 110°39′05″E, the English Wikipedia "Sanguansi" infobox (WGS-84 assumed, not
// stated), agreeing within 49 m with Vonng/adcode's GCJ-02 point for 430821211000 converted to
// WGS-84 (places-facts.md §1 and the township table). Precision as the data gives it for the
// township-government place: approximate, the real spot may be about 2 km away.
import type { LngLat } from "./geo";
import { TOWNSHIP_NAME } from "./township-area";

export const TOWNSHIP_SEAT: LngLat = { lng: 110.651389, lat: 29.428889 };

export const TOWNSHIP_SEAT_NAME = { zh: `${TOWNSHIP_NAME.zh}人民政府`, en: `${TOWNSHIP_NAME.en} government` } as const;
