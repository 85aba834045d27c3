"use client";
import { useState } from "react";
import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import { MAX_VISIT_MINUTES, MIN_VISIT_MINUTES } from "@/lib/domain/plan/plan-codec";
import type { PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import { planMessages } from "@/lib/domain/messages-plan";
import { VISIT_WINDOW_INFO } from "@/lib/domain/place-kinds";

export type StopControls = {
  move: (from: number, to: number) => void;
  remove: (slug: string) => void;
  togglePin: (index: number) => void;
  setVisit: (slug: string, minutes: number | null) => void;
  pinned: readonly number[];
};

const km = (m: number) => (m / 1000).toFixed(1);

// The plan as a numbered list, day by day, with each leg's estimate and the arrival/departure
// times. With `controls` the visitor can reorder (drag, or up/down buttons), pin, remove and
// change visit lengths; without, it is the read-only view of a shared plan.
export function PlanScheduleList({ lang, schedule, controls }: { lang: Lang; schedule: PlanSchedule; controls?: StopControls }) {
  const t = planMessages(lang);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const total = schedule.days.reduce((n, d) => n + d.stops.length, 0);
  return (
    <div className="plan-days">
      {schedule.days.map((day) => (
        <section key={day.day} className="plan-day" aria-label={t.day(day.day, day.date)}>
          <h3>
            {t.day(day.day, day.date)} <span className="muted">· {day.start}–{day.end}</span>
            {day.sunset ? <span className="muted"> · {t.sunset(day.sunset)}</span> : null}
          </h3>
          <ol className="plan-stops">
            {day.stops.map((stop) => {
              const index = stop.order; // 0-based position in the whole plan
              const name = localized(lang, stop.place.nameZh, stop.place.nameEn).text;
              const pinned = controls?.pinned.includes(index) ?? false;
              return (
                <li
                  key={stop.place.slug}
                  className={`plan-stop${dragFrom === index ? " is-dragging" : ""}`}
                  data-slug={stop.place.slug}
                  draggable={controls ? true : undefined}
                  onDragStart={controls ? () => setDragFrom(index) : undefined}
                  onDragOver={controls ? (e) => e.preventDefault() : undefined}
                  onDrop={
                    controls
                      ? (e) => {
                          e.preventDefault();
                          if (dragFrom !== null) controls.move(dragFrom, index);
                          setDragFrom(null);
                        }
                      : undefined
                  }
                  onDragEnd={controls ? () => setDragFrom(null) : undefined}
                >
                  <p className="plan-stop__leg muted">
                    ↓ {stop.legFromPrevious === null ? t.legUnknown : t.leg(km(stop.legFromPrevious.distanceM), stop.legFromPrevious.minutes)}
                  </p>
                  <div className="plan-stop__main">
                    <span className="plan-stop__number" aria-hidden="true">
                      {stop.order + 1}
                    </span>
                    <div className="plan-stop__body">
                      {/* a plain <a>: a place's page is a full load, as from every link of the guide (site-header.tsx) */}
                      <a href={localePath(lang, `/places/${stop.place.slug}`)} className="plan-stop__name">
                        <span className="visually-hidden">{stop.order + 1}. </span>
                        {name}
                      </a>
                      {stop.place.visitWindow !== undefined && stop.place.visitWindow !== "any" ? (
                        <span className="plan-stop__window">{VISIT_WINDOW_INFO[stop.place.visitWindow][lang]}</span>
                      ) : null}
                      <span className="plan-stop__times">
                        {stop.waitMinutes > 0 ? <span className="muted">{t.waited(stop.waitMinutes)} · </span> : null}
                        {t.arrive} <time>{stop.arrival}</time> · {t.leave} <time>{stop.departure}</time>
                        {stop.place.visitMinutesEstimated === true && stop.visitMinutes === stop.place.visitMinutes ? (
                          <span className="muted"> · {t.visitEstimated(stop.visitMinutes)}</span>
                        ) : null}
                      </span>
                      {controls ? (
                        <span className="plan-stop__controls">
                          <label className="plan-stop__visit">
                            {t.visitMinutes}{" "}
                            <input
                              type="number"
                              min={MIN_VISIT_MINUTES}
                              max={MAX_VISIT_MINUTES}
                              step={5}
                              value={stop.visitMinutes}
                              onChange={(e) => controls.setVisit(stop.place.slug, e.target.value === "" ? null : Number(e.target.value))}
                            />
                          </label>
                          <label className="plan-stop__pin">
                            <input type="checkbox" checked={pinned} onChange={() => controls.togglePin(index)} aria-label={t.pin(name)} />
                            {t.pinned}
                          </label>
                          <button type="button" className="icon-button" onClick={() => controls.move(index, index - 1)} disabled={index === 0} aria-label={t.moveUp(name)}>
                            ↑
                          </button>
                          <button
                            type="button"
                            className="icon-button"
                            onClick={() => controls.move(index, index + 1)}
                            disabled={index === total - 1}
                            aria-label={t.moveDown(name)}
                          >
                            ↓
                          </button>
                          <button type="button" className="icon-button" onClick={() => controls.remove(stop.place.slug)} aria-label={t.remove(name)}>
                            ×
                          </button>
                        </span>
                      ) : null}
                    </div>
                  </div>
                </li>
              );
            })}
          </ol>
          {day.returnLeg ? <p className="muted small">{t.returnLeg(km(day.returnLeg.distanceM), day.returnLeg.minutes)}</p> : null}
        </section>
      ))}
      <p className="plan-totals">{t.totals(km(schedule.totalDistanceM), schedule.totalTravelMinutes, schedule.totalMinutes)}</p>
    </div>
  );
}
