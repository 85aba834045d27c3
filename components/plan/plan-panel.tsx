"use client";
import { useMemo, useState } from "react";
import { localized, type Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import type { CuratedRoute } from "@/lib/domain/route";
import { MAX_PLAN_DAYS } from "@/lib/domain/plan/plan-codec";
import { planMessages } from "@/lib/domain/messages-plan";
import { planBasicMessages } from "@/lib/domain/messages-plan-basics";
import { CENTRE_BOUNDS } from "@/lib/domain/browse/view-state";
import { usePlan } from "./plan-context";
import { PlanScheduleList } from "./plan-schedule-list";
import { PlanActions, PlanWarnings } from "./plan-actions";
import { PlanProblems } from "./plan-problems";
import { RouteList } from "./route-list";
import { knownSpots } from "@/lib/domain/known-spot";
import { planStartAt } from "@/lib/domain/plan/start-at";
import { scheduleResolvedPlan } from "@/lib/domain/plan/schedule-plan";

// The planner: options, the stops with their schedule, "Best order" with undo, warnings, exports.
export function PlanPanel({ lang, places, routes }: { lang: Lang; places: PlaceSummary[]; routes: CuratedRoute[] }) {
  const t = planMessages(lang);
  const tb = planBasicMessages(lang);
  const p = usePlan();
  const [status, setStatus] = useState("");
  const { plan, resolved } = p;
  // The schedule (legs, times, sunset and opening-hours warnings) is computed here, in the panel that
  // shows it, so its code loads with the panel and not with the first view; from the plan as the
  // planner already resolved it.
  const schedule = useMemo(() => (resolved.stops.length > 0 ? scheduleResolvedPlan(plan, resolved) : null), [plan, resolved]);
  const startValue = plan.start.type === "place" ? `place:${plan.start.slug}` : plan.start.type;
  // Only a place with a known spot can be a start (known-spot.ts).
  const spots = knownSpots(places);
  const located = places.filter((x) => spots.has(x.slug));

  function startFromMyLocation() {
    if (!("geolocation" in navigator)) {
      setStatus(t.locationFailed);
      return;
    }
    setStatus(t.locating);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const { longitude: lng, latitude: lat } = pos.coords;
        const inside = lat >= CENTRE_BOUNDS.south && lat <= CENTRE_BOUNDS.north && lng >= CENTRE_BOUNDS.west && lng <= CENTRE_BOUNDS.east;
        if (!inside) {
          p.setOptions({ start: { type: "seat" } });
          setStatus(t.locationFar);
          return;
        }
        p.setOptions({ start: planStartAt({ lng, lat }) });
        setStatus("");
      },
      () => {
        p.setOptions({ start: { type: "seat" } });
        setStatus(t.locationFailed);
      },
      { timeout: 10_000, maximumAge: 60_000 },
    );
  }

  return (
    <section className="plan-panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading" tabIndex={-1}>
        {tb.planHeading} <span className="muted">({plan.stops.length})</span>
      </h2>
      <PlanProblems lang={lang} problems={p.problems} onDismiss={p.dismissProblems} />
      <fieldset className="plan-options">
        <label>
          {t.start}{" "}
          <select
            aria-label={t.start}
            value={startValue}
            onChange={(e) => {
              const v = e.target.value;
              if (v === "seat") p.setOptions({ start: { type: "seat" } });
              else if (v === "coords") startFromMyLocation();
              else if (v.startsWith("place:")) p.setOptions({ start: { type: "place", slug: v.slice(6) } });
            }}
          >
            <option value="seat">{t.startSeat}</option>
            <option value="coords">{tb.startMine}</option>
            <optgroup label={t.startPlace}>
              {located.map((x) => (
                <option key={x.slug} value={`place:${x.slug}`}>
                  {localized(lang, x.nameZh, x.nameEn).text}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={plan.returnToStart} onChange={(e) => p.setOptions({ returnToStart: e.target.checked })} /> {t.returnToStart}
        </label>
        <label>
          {t.date} <input type="date" value={plan.date} required onChange={(e) => e.target.value && p.setOptions({ date: e.target.value })} />
        </label>
        <label>
          {t.startTime}{" "}
          <input type="time" value={plan.startTime} required onChange={(e) => e.target.value && p.setOptions({ startTime: e.target.value })} />
        </label>
        <label>
          {t.mode}{" "}
          <select aria-label={t.mode} value={plan.mode} onChange={(e) => p.setOptions({ mode: e.target.value === "walk" ? "walk" : "car" })}>
            <option value="car">{t.car}</option>
            <option value="walk">{t.walk}</option>
          </select>
        </label>
        <label>
          {t.days}{" "}
          <select aria-label={t.days} value={plan.days} onChange={(e) => p.setOptions({ days: Number(e.target.value) })}>
            {Array.from({ length: MAX_PLAN_DAYS }, (_, i) => i + 1).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <p role="status" className="plan-status">
        {status}
      </p>
      {plan.stops.length === 0 ? <p className="empty">{t.emptyPlan}</p> : null}
      {schedule ? (
        <>
          <div className="plan-toolbar">
            <button
              type="button"
              className="button button--primary"
              disabled={p.ordering || plan.stops.length < 2}
              onClick={async () => {
                try {
                  setStatus((await p.bestOrder()) === "changed" ? t.orderChanged : t.orderUnchanged);
                } catch {
                  // The plan is left as it was (bestOrder changes it only on success).
                  setStatus(t.orderFailed);
                }
              }}
            >
              {p.ordering ? t.ordering : t.bestOrder}
            </button>
            <button type="button" className="button" disabled={!p.canUndo} onClick={p.undo}>
              {t.undo}
            </button>
            <button type="button" className="link-button" onClick={p.clear}>
              {t.clearPlan}
            </button>
          </div>
          <p className="muted small">{t.dragHint}</p>
          <PlanWarnings lang={lang} warnings={schedule.warnings} />
          <PlanScheduleList
            lang={lang}
            schedule={schedule}
            controls={{ move: p.move, remove: p.remove, togglePin: p.togglePin, setVisit: p.setVisit, pinned: plan.pinned }}
          />
          {p.resolved.unlocatedStops.length > 0 ? (
            <p className="warning small" data-unlocated-stops>
              {t.unlocatedNote}{" "}
              {p.resolved.unlocatedStops
                .map((s) => {
                  const x = places.find((y) => y.slug === s);
                  return x ? localized(lang, x.nameZh, x.nameEn).text : s;
                })
                .join("、")}
            </p>
          ) : null}
          <p className="muted small">{t.estimatesNote}</p>
          <PlanActions lang={lang} schedule={schedule} code={p.code} />
        </>
      ) : null}
      <RouteList lang={lang} routes={routes} />
    </section>
  );
}
