"use client";
import { useState } from "react";
import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import type { PlanSchedule, ScheduleWarning } from "@/lib/domain/plan/schedule-plan";
import { exportGpx } from "@/lib/domain/plan/export-gpx";
import { exportIcs } from "@/lib/domain/plan/export-ics";
import { exportGeoJson } from "@/lib/domain/plan/export-geojson";
import { amapRouteLinks } from "@/lib/domain/plan/amap-route-link";
import { planMessages } from "@/lib/domain/messages-plan";

function download(filename: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The plan's warnings in the visitor's language (the domain's messages are English). */
function warningText(lang: Lang, w: ScheduleWarning): string {
  if (lang === "en") return w.message;
  switch (w.kind) {
    case "after-sunset":
      return `第 ${w.day} 天预计 ${w.end} 结束，晚于当天日落（${w.sunset}）。山路天黑后难行，建议减少地点或提早出发。`;
    case "outside-opening-hours":
      return `第 ${w.day} 天 ${w.arrival} 到达时不在开放时间（${w.openingHours}）内。`;
    case "closes-during-visit":
      return `第 ${w.day} 天游览期间（${w.arrival}–${w.departure}）会到关门时间（${w.openingHours}）。`;
    case "past-midnight":
      return `第 ${w.day} 天的行程超过午夜（${w.end}）。`;
    case "days-reduced":
      return `地点不够分成 ${w.requested} 天，已按 ${w.used} 天安排。`;
  }
}

/** The plan's warnings (sunset, opening hours, …), or nothing when there are none. */
export function PlanWarnings({ lang, warnings }: { lang: Lang; warnings: readonly ScheduleWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="warning" role="alert">
      <strong>{planMessages(lang).warnings}</strong>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{warningText(lang, w)}</li>
        ))}
      </ul>
    </div>
  );
}

// Share, export (GPX, iCalendar, GeoJSON), print and hand the day to Amap navigation.
export function PlanActions({ lang, schedule, code }: { lang: Lang; schedule: PlanSchedule; code: string }) {
  const t = planMessages(lang);
  const [copied, setCopied] = useState(false);
  const shareUrl = () => `${window.location.origin}${localePath(lang, "/plan")}?p=${code}`;
  const title = lang === "en" ? "Sanguansi plan" : "三官寺行程";
  const origin = { lng: schedule.origin.lng, lat: schedule.origin.lat, name: schedule.origin.nameZh };
  const nameOf = (p: { nameZh: string; nameEn?: string }) => localized(lang, p.nameZh, p.nameEn ?? null).text;
  return (
    <div className="plan-actions">
      <div className="share">
        <button
          type="button"
          className="button"
          onClick={async () => {
            const url = shareUrl();
            if (typeof navigator.share === "function") {
              try {
                await navigator.share({ title, url });
                return;
              } catch (err) {
                if (err instanceof DOMException && err.name === "AbortError") return;
              }
            }
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
            } catch {
              window.prompt(t.sharePlan, url);
            }
          }}
        >
          {t.sharePlan}
        </button>
        <span role="status">{copied ? t.shareCopied : ""}</span>
      </div>
      <h3>{t.exports}</h3>
      <div className="plan-actions__row">
        <button type="button" className="button" onClick={() => download("sanguansi-plan.gpx", "application/gpx+xml", exportGpx(schedule, { name: title }))}>
          {t.exportGpx}
        </button>
        <button type="button" className="button" onClick={() => download("sanguansi-plan.ics", "text/calendar", exportIcs(schedule, { calendarName: title }))}>
          {t.exportIcs}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => download("sanguansi-plan.geojson", "application/geo+json", JSON.stringify(exportGeoJson(schedule), null, 2))}
        >
          {t.exportGeoJson}
        </button>
        <a className="button" href={`${localePath(lang, "/plan")}?p=${code}`}>
          {t.printView}
        </a>
      </div>
      <h3>{t.navigateDay}</h3>
      {schedule.days.map((day) => {
        const links = amapRouteLinks({
          origin,
          stops: day.stops.map((s) => ({ lng: s.place.lng, lat: s.place.lat, name: s.place.nameZh })),
          mode: schedule.mode,
          returnToStart: schedule.returnToStart,
        });
        const points = [nameOf(schedule.origin), ...day.stops.map((s) => nameOf(s.place))];
        if (schedule.returnToStart) points.push(nameOf(schedule.origin));
        return (
          <ul key={day.day} className="plan-nav">
            {links.wholeDay ? (
              <li>
                <a href={links.wholeDay} target="_blank" rel="noopener noreferrer" data-amap="whole-day">
                  {t.navigateWhole}
                </a>
              </li>
            ) : null}
            {links.legs.map((url, i) => (
              <li key={url}>
                <a href={url} target="_blank" rel="noopener noreferrer" data-amap="leg">
                  {t.navigateLeg(points[i] ?? "", points[i + 1] ?? "")}
                </a>
              </li>
            ))}
          </ul>
        );
      })}
    </div>
  );
}
