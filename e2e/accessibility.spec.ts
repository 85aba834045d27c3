import AxeBuilder from "@axe-core/playwright";
import { test, expect, waitForMap, waitForMapSettled } from "./support/fixtures";
import { encodePlan } from "../lib/domain/plan/plan-codec";
import { emptyPlan } from "../lib/domain/plan/edit-plan";

const PLAN = encodePlan({ ...emptyPlan("2026-10-01"), stops: ["zhangjiajie-grand-canyon", "jiuge-shangui", "yuan-renyuan-former-residence"] });

// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the main views, in both languages. axe is a floor,
// not proof: keyboard journeys are tested separately (place-panel.spec.ts).
const pages = [
  { name: "home", path: "/", map: true },
  { name: "home filtered to red tourism", path: "/?red=1", map: true },
  { name: "place page", path: "/places/yuan-renyuan-former-residence", map: true },
  { name: "red-tourism view", path: "/red", map: false },
  { name: "shared plan", path: `/plan?plan=${PLAN}`, map: true },
  { name: "home with the planner open", path: `/?plan=${PLAN}`, map: true },
];

for (const lang of ["zh", "en"] as const) {
  for (const p of pages) {
    test(`axe: ${p.name} (${lang}) has no violations`, async ({ page }) => {
      const path = lang === "en" ? (p.path === "/" ? "/en" : `/en${p.path}`) : p.path;
      await page.goto(path);
      if (p.map) await waitForMap(page);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(summary).toEqual([]);
    });
  }
}

// Lighthouse's target-size audit runs once the page has loaded and the map has finished its own
// moves (the fit, then the animated move to a place page's place): no marker may then sit under
// the zoom buttons or the other controls. Its phone (412 × 823) and desktop (1350 × 940) screens,
// and every place page's own view of the map.
const PLACE_PAGES = ["yuan-renyuan-former-residence", "village-sanguansi", "township-government", "jiuge-shangui", "zhangjiajie-grand-canyon", "village-zhumugang"];
for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
  for (const path of ["/", ...PLACE_PAGES.map((slug) => `/places/${slug}`)]) {
    test(`target-size at ${viewport.width} × ${viewport.height} once the map has settled: ${path}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await waitForMapSettled(page);
      const results = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
      const summary = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`));
      expect(summary).toEqual([]);
    });
  }
}
