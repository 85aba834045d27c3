import { describe, expect, it } from "vitest";
import { GLASS_BRIDGE, RESIDENCE, VILLAGE_ZHUMUGANG } from "@/lib/test-support/sample-places";
import { estimateLeg } from "./travel-model";
import type { Place } from "../place";
import { resolvePlan } from "./resolve-plan";
import { schedulePlanFor } from "./schedule-plan";
import type { VisitPlan } from "./plan-codec";

const places = new Map<string, Place>([
  [RESIDENCE.slug, RESIDENCE],
  [GLASS_BRIDGE.slug, GLASS_BRIDGE],
]);
const plan: VisitPlan = {
  v: 1,
  stops: [GLASS_BRIDGE.slug, "gone-place", RESIDENCE.slug],
  pinned: [],
  start: { type: "seat" },
  returnToStart: true,
  date: "2026-12-21",
  startTime: "15:00",
  mode: "car",
  days: 1,
  visitMinutes: { [GLASS_BRIDGE.slug]: 90 },
};

describe("resolvePlan / schedulePlanFor", () => {
  it("starts at the township seat, skips unknown places and names the stops without a known spot", () => {
    const r = resolvePlan(plan, places);
    expect(r.origin).toEqual({
      lng: 110.651389,
      lat: 29.428889,
      nameZh: "三官寺土家族乡人民政府",
      nameEn: "Sanguansi Tujia Ethnic Township government",
    });
    expect(r.stops.map((s) => s.slug)).toEqual([GLASS_BRIDGE.slug, RESIDENCE.slug]);
    // 袁任远故居 is village-level and 株木岗村 is not among these places: no known spot
    expect(r.unlocatedStops).toEqual([RESIDENCE.slug]);
    expect(r.stops[1]?.point).toBeNull();
  });

  it("gives a village-level stop its village's point when the village place has one", () => {
    const withVillage = new Map<string, Place>([...places, [VILLAGE_ZHUMUGANG.slug, VILLAGE_ZHUMUGANG]]);
    const r = resolvePlan(plan, withVillage);
    expect(r.unlocatedStops).toEqual([]);
    expect(r.stops[1]?.point).toEqual({ lng: 110.6301, lat: 29.4512 });
  });

  it("projects a place with null for each missing fact, and starts from a place with its English name or null", () => {
    expect(resolvePlan({ ...plan, stops: [RESIDENCE.slug] }, places).stops[0]).toEqual({
      slug: RESIDENCE.slug,
      nameZh: "袁任远故居",
      nameEn: "Former Residence of Yuan Renyuan",
      kind: "red",
      point: null,
      visitMinutes: 60,
      openingHours: null,
      visitMinutesEstimated: true,
      visitWindow: "any",
    });
    const unnamed: Place = { ...GLASS_BRIDGE, nameEn: null, visitMinutes: null, openingHours: "08:00-18:00" };
    expect(resolvePlan({ ...plan, stops: [unnamed.slug] }, new Map([[unnamed.slug, unnamed]])).stops[0]).toMatchObject({ nameEn: null, visitMinutes: null, openingHours: "08:00-18:00" });
    const fromPlace = resolvePlan({ ...plan, start: { type: "place", slug: unnamed.slug } }, new Map([[unnamed.slug, unnamed]]));
    expect(fromPlace.origin).toEqual({ lng: 110.6962, lat: 29.3982, nameZh: unnamed.nameZh, nameEn: null });
  });

  it("schedules the stops with the plan's visit lengths and warns when the day ends after sunset", () => {
    const s = schedulePlanFor(plan, places);
    const day = s.days[0];
    expect(day?.stops.map((x) => [x.place.slug, x.visitMinutes])).toEqual([
      [GLASS_BRIDGE.slug, 90],
      [RESIDENCE.slug, RESIDENCE.visitMinutes ?? 60],
    ]);
    const first = day?.stops[0];
    // 15:00 + the drive to the bridge; departure = arrival + 90 min
    expect(first ? first.departureMinutes - first.arrivalMinutes : -1).toBe(90);
    expect(day?.sunset).toBe("17:43");
    expect(s.warnings.map((w) => w.code)).toContain("after-sunset");
  });

  it("gives a stop without a known spot no travel time: no leg to it, the way back starts at the last known spot", () => {
    const s = schedulePlanFor(plan, places);
    const day = s.days[0];
    const [bridge, residence] = day?.stops ?? [];
    expect(residence?.legFromPrevious).toBeNull();
    // arrives as it leaves the bridge: no invented travel time
    expect(residence?.arrivalMinutes).toBe(bridge?.departureMinutes);
    const bridgePoint = GLASS_BRIDGE.location.point;
    if (bridgePoint === null) throw new Error("the sample glass bridge has a point");
    const back = estimateLeg(bridgePoint, { lng: 110.651389, lat: 29.428889 }, "car");
    expect(day?.returnLeg).toEqual(back);
    expect(day?.distanceM).toBe((bridge?.legFromPrevious?.distanceM ?? NaN) + back.distanceM);
    expect(s.warnings).toContainEqual({ code: "no-known-spot", day: 1, slug: RESIDENCE.slug, nameZh: RESIDENCE.nameZh, nameEn: RESIDENCE.nameEn });
  });
});
