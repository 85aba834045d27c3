// A small, fully determined schedule shared by the exporter tests (fixed legs, fixed sunset); test
// support, not shipped. Names carry characters that every format must escape.
import type { LngLat } from "@/lib/domain/geo";
import type { PlanOrigin, PlanPlace } from "@/lib/domain/plan/plan-place";
import { schedulePlan, type PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import type { LegEstimate } from "@/lib/domain/plan/travel-model";

const fixtureOrigin: PlanOrigin = { nameZh: "三官寺乡政府", nameEn: "Township seat", lng: 110.651389, lat: 29.428889 };

const fixtureStops: readonly PlanPlace[] = [
  { slug: "shimen", nameZh: "石门 & <洞>", nameEn: 'Stone "Gate"; the, best\\', point: { lng: 110.6, lat: 29.4 }, kind: "scenic", visitMinutes: 60, openingHours: null },
  { slug: "laojie", nameZh: "老街", nameEn: null, point: { lng: 110.7, lat: 29.45 }, kind: "street", visitMinutes: 45, openingHours: "08:00-18:00" },
  {
    slug: "hongjun-jiuzhi",
    nameZh: "红军长征革命纪念地旧址与纪念广场及周边遗存陈列馆",
    nameEn: "Red Army Long March revolutionary memorial site and museum",
    point: { lng: 110.72, lat: 29.47 },
    kind: "red",
    visitMinutes: 30,
    openingHours: null,
  },
];

/** Every leg takes 20 minutes and 5 km. */
const fixtureLeg = (_from: LngLat, _to: LngLat): LegEstimate => ({ minutes: 20, distanceM: 5000 });

/**
 * Two days from 2026-06-21, 08:30 UTC+8, returning: the split is [shimen] | [laojie, hongjun-jiuzhi].
 *   Day 1: 08:50–09:50 shimen, back 10:10.
 *   Day 2 (06-22): 08:50–09:35 laojie, 09:55–10:25 hongjun-jiuzhi, back 10:45.
 */
export function fixtureSchedule(): PlanSchedule {
  return schedulePlan({
    date: "2026-06-21",
    startTime: "08:30",
    origin: fixtureOrigin,
    stops: fixtureStops,
    mode: "car",
    returnToStart: true,
    days: 2,
    legEstimator: fixtureLeg,
    sunsetMinutes: () => 19 * 60 + 40,
  });
}
