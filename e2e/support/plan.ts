import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { validateXML } from "xmllint-wasm";
import { bestPlanOrder } from "../../lib/domain/plan/best-plan-order";
import type { PlanOrigin, PlanPlace } from "../../lib/domain/plan/plan-place";
import { DEFAULT_START_TIME, type VisitPlan } from "../../lib/domain/plan/plan-codec";
import { TOWNSHIP_SEAT } from "../../lib/domain/township-seat";
import { knownSpots } from "../../lib/domain/known-spot";
import type { VillageRef } from "../../lib/domain/place";
import type { LocationPrecision, PlaceKind } from "../../lib/domain/place-kinds";

type Feature = {
  properties: { slug: string; nameZh: string; kind: PlaceKind; village: VillageRef | null; precision: LocationPrecision; visitWindow: PlanPlace["visitWindow"] };
  geometry: { coordinates: [number, number] } | null;
};

/** The plan's stop slugs as the planner lists them, in order. */
export function planSlugs(page: Page): Promise<string[]> {
  return page.locator(".plan-stop").evaluateAll((els) => els.map((el) => el.getAttribute("data-slug") ?? ""));
}

/** The optimum the domain code computes for these stops (places read from the API). */
export async function optimumOrder(
  request: APIRequestContext,
  plan: Pick<VisitPlan, "stops" | "returnToStart" | "mode" | "start">,
): Promise<string[]> {
  const features: Feature[] = (await (await request.get("/api/places")).json()).features;
  const bySlug = new Map(features.map((f) => [f.properties.slug, f]));
  const spots = knownSpots(
    features.map((f) => ({
      slug: f.properties.slug,
      kind: f.properties.kind,
      village: f.properties.village,
      location: { point: f.geometry === null ? null : { lng: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }, precision: f.properties.precision },
    })),
  );
  const toPlace = (slug: string): PlanPlace => {
    const f = bySlug.get(slug);
    if (!f) throw new Error(`unknown place ${slug}`);
    // the known spot, as the planner resolves it (its own point or its village's); null without one
    const point = spots.get(slug)?.point ?? null;
    return { slug, nameZh: f.properties.nameZh, nameEn: null, kind: f.properties.kind, point, visitMinutes: null, openingHours: null, visitWindow: f.properties.visitWindow };
  };
  const start = plan.start.type === "place" ? toPlace(plan.start.slug).point : null;
  const origin: PlanOrigin = { ...(start ?? TOWNSHIP_SEAT), nameZh: "seat", nameEn: null };
  const full: VisitPlan = { v: 1, pinned: [], date: "2026-10-01", startTime: DEFAULT_START_TIME, days: 1, visitMinutes: {}, ...plan };
  return [...bestPlanOrder({ plan: full, origin, stops: plan.stops.map(toPlace) }).plan.stops];
}

const XSD = readFileSync(path.join(__dirname, "..", "..", "lib", "domain", "plan", "gpx-1-1.xsd"), "utf8");

/** Validates a GPX document against the GPX 1.1 schema; returns the errors (empty = valid). */
export async function gpxErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: "plan.gpx", contents: xml }], schema: [{ fileName: "gpx.xsd", contents: XSD }] });
  return result.errors.map((e) => e.message);
}
