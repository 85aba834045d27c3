"use client";
import { useState } from "react";
import { useHydrated } from "../use-hydrated";
import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import type { PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import type { PlanWarning } from "@/lib/domain/plan/plan-warnings";
import { exportGpx } from "@/lib/domain/plan/export-gpx";
import { exportIcs } from "@/lib/domain/plan/export-ics";
import { exportGeoJson } from "@/lib/domain/plan/export-geojson";
import { amapRouteLinks } from "@/lib/domain/plan/amap-route-link";
import { planMessages } from "@/lib/domain/messages-plan";
import { problemMessages } from "@/lib/domain/messages-problems";
import { planHref } from "@/lib/domain/plan/plan-param";
import { SavePosterLink } from "../share/save-poster-link";

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

/** The plan's warnings (sunset, opening hours, …) in the visitor's language, or nothing when there are none. */
export function PlanWarnings({ lang, warnings }: { lang: Lang; warnings: readonly PlanWarning[] }) {
  if (warnings.length === 0) return null;
  const say = problemMessages(lang);
  return (
    <div className="warning" role="alert">
      <strong>{planMessages(lang).warnings}</strong>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{say.planWarning(w)}</li>
        ))}
      </ul>
    </div>
  );
}

// Share, export (GPX, iCalendar, GeoJSON), print and hand the day to Amap navigation.
export function PlanActions({ lang, schedule, code }: { lang: Lang; schedule: PlanSchedule; code: string }) {
  const t = planMessages(lang);
  const [copied, setCopied] = useState(false);
  const hydrated = useHydrated();
  const shareUrl = () => `${window.location.origin}${planHref(localePath(lang, "/plan"), code)}`;
  const title = t.exportTitle;
  const origin = { lng: schedule.origin.lng, lat: schedule.origin.lat, name: schedule.origin.nameZh };
  const nameOf = (p: { nameZh: string; nameEn: string | null }) => localized(lang, p.nameZh, p.nameEn).text;
  return (
    <div className="plan-actions">
      <div className="share">
        <button
          type="button"
          className="button"
          disabled={!hydrated}
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
        <button type="button" className="button" disabled={!hydrated} onClick={() => download("sanguansi-plan.gpx", "application/gpx+xml", exportGpx(schedule, { name: title }))}>
          {t.exportGpx}
        </button>
        <button type="button" className="button" disabled={!hydrated} onClick={() => download("sanguansi-plan.ics", "text/calendar", exportIcs(schedule, { calendarName: title, address: t.icsAddress, describeStop: t.icsStopDescription }))}>
          {t.exportIcs}
        </button>
        <button
          type="button"
          className="button"
          disabled={!hydrated}
          onClick={() => download("sanguansi-plan.geojson", "application/geo+json", JSON.stringify(exportGeoJson(schedule), null, 2))}
        >
          {t.exportGeoJson}
        </button>
        <a className="button" href={planHref(localePath(lang, "/plan"), code)}>
          {t.printView}
        </a>
        <SavePosterLink lang={lang} code={code} />
      </div>
      <h3>{t.navigateDay}</h3>
      {schedule.days.map((day) => {
        // Amap gets only the stops with a known spot; the others are named below the links.
        const located = day.stops.flatMap((s) => (s.place.point ? [{ ...s.place.point, name: s.place.nameZh, place: s.place }] : []));
        const unlocated = day.stops.filter((s) => s.place.point === null);
        const links = amapRouteLinks({
          origin,
          stops: located.map(({ lng, lat, name }) => ({ lng, lat, name })),
          mode: schedule.mode,
          returnToStart: schedule.returnToStart,
        });
        const points = [nameOf(schedule.origin), ...located.map((s) => nameOf(s.place))];
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
            {unlocated.length > 0 ? (
              <li className="warning small" data-unlocated-nav>
                {t.navigateSkipsUnlocated(unlocated.map((s) => nameOf(s.place)).join(lang === "en" ? ", " : "、"))}
              </li>
            ) : null}
          </ul>
        );
      })}
    </div>
  );
}
