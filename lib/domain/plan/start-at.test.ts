import { describe, expect, it } from "vitest";
import { decodePlan, encodePlan, type VisitPlan } from "./plan-codec";
import { planStartAt } from "./start-at";

const plan: VisitPlan = {
  v: 1,
  stops: ["laojie"],
  pinned: [],
  start: { type: "seat" },
  returnToStart: true,
  date: "2026-06-21",
  startTime: "09:00",
  mode: "car",
  days: 1,
  visitMinutes: {},
};

describe("planStartAt", () => {
  it("rounds the visitor's position to 5 decimals", () => {
    expect(planStartAt({ lng: 110.6513894, lat: 29.4288856 })).toEqual({ type: "coords", lng: 110.65139, lat: 29.42889 });
  });

  it("goes into the plan's URL code as [lng, lat] and comes back unchanged", () => {
    const start = planStartAt({ lng: 110.6513894, lat: 29.4288856 });
    const code = encodePlan({ ...plan, start });
    const json = JSON.parse(Buffer.from(code.slice(2), "base64url").toString("utf8")) as { o: unknown };
    expect(json.o).toEqual([110.65139, 29.42889]);
    expect(decodePlan(code)).toEqual({ plan: { ...plan, start }, problems: [] });
  });
});
