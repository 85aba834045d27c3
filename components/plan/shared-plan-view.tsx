"use client";
import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import type { PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import type { PlanProblem } from "@/lib/domain/plan/plan-problem";
import { planMessages } from "@/lib/domain/messages-plan";
import { planBasicMessages } from "@/lib/domain/messages-plan-basics";
import { messages } from "@/lib/domain/messages";
import { GuideMap, type MapPlace } from "../map/guide-map";
import type { Basemap } from "@/lib/domain/map/basemap";
import { unlocatedLabels } from "../map/unlocated-labels";
import { PlanScheduleList } from "./plan-schedule-list";
import { PlanActions, PlanWarnings } from "./plan-actions";
import { PlanProblems } from "./plan-problems";
import { PLAN_STORAGE_KEY } from "./plan-keys";
import { planHref } from "@/lib/domain/plan/plan-param";
import { useAddressPlan } from "./use-address-plan";

// A shared plan, read-only: map, schedule, exports, print. "Edit a copy" makes it the visitor's
// own plan (stored in this browser) and opens the planner.
export function SharedPlanView({ serverSawPlan, ...props }: SharedPlanProps & { serverSawPlan: boolean }) {
  // Offline, the kept copy of /plan was rendered without the address's plan: it is read here.
  const fromAddress = useAddressPlan(props.lang, serverSawPlan);
  return <SharedPlan {...props} {...(fromAddress ? { ...fromAddress, qr: null } : {})} />;
}

type SharedPlanProps = {
  lang: Lang;
  schedule: PlanSchedule | null;
  /** The stops with a known spot, each with its number in the plan. */
  stops: (MapPlace & { number: number })[];
  code: string;
  basemaps: readonly Basemap[];
  problems: PlanProblem[];
  /** Names of the stops without a known spot (no travel time to or from them). */
  unlocatedNames: string[];
  /** QR code (data URL) of this plan's link, for the printed page. */
  qr: string | null;
  /** The map's preview script (lib/server/map-preview-script.ts), put inline after the plan; "" for none. */
  mapPreviewScript: string;
};

function SharedPlan({ lang, schedule, stops, code, basemaps, problems, unlocatedNames, qr, mapPreviewScript }: SharedPlanProps) {
  const t = planMessages(lang);
  const tb = planBasicMessages(lang);
  const m = messages(lang);
  return (
    <div className="shared-plan">
      <p className="notice no-print">{t.readOnlyNote}</p>
      <PlanProblems lang={lang} problems={problems} />
      <div className="shared-plan__toolbar no-print">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            try {
              window.localStorage.setItem(PLAN_STORAGE_KEY, code);
            } catch {
              // storage unavailable: the URL carries the plan anyway
            }
            // A full page load, as before: the guide starts afresh from ?plan=.
            window.location.assign(planHref(localePath(lang, "/"), code));
          }}
        >
          {t.editCopy}
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          {t.print}
        </button>
      </div>
      {schedule ? (
        <>
          <div className="shared-plan__map" aria-label={m.mapLabel} role="region">
            <GuideMap
              places={stops}
              unlocated={[]}
              unlocatedLabels={unlocatedLabels(lang, 0)}
              selectedSlug={null}
              onSelect={(slug) => window.location.assign(localePath(lang, `/places/${slug}`))}
              lang={lang}
          basemaps={basemaps}
              labels={{ loading: m.loading, tilesUnavailable: m.tilesUnavailable, note: m.mapNote }}
              initialView={null}
              fitKey="plan"
              viewTarget={null}
              onViewChange={() => {}}
              planPath={{
                origin: { lng: schedule.origin.lng, lat: schedule.origin.lat },
                returnToStart: schedule.returnToStart,
                stops: stops.map((s) => ({ slug: s.slug, stored: s.stored, rank: s.rank, number: s.number })),
              }}
              planLabel={tb.planHeading}
            />
          </div>
          <p className="small">
            {t.start}: {localized(lang, schedule.origin.nameZh, schedule.origin.nameEn).text}
          </p>
          <PlanWarnings lang={lang} warnings={schedule.warnings} />
          <PlanScheduleList lang={lang} schedule={schedule} />
          {unlocatedNames.length > 0 ? (
            // On paper the schedule and its warnings already name these stops: the rule is for the screen.
            <p className="warning small no-print" data-unlocated-stops>
              {t.unlocatedNote} {unlocatedNames.join(lang === "en" ? ", " : "、")}
            </p>
          ) : null}
          <p className="muted small">{t.estimatesNote}</p>
          {qr ? (
            <figure className="plan-qr">
              {/* eslint-disable-next-line @next/next/no-img-element -- a small generated SVG */}
              <img src={qr} alt={t.qrAlt} width={120} height={120} />
              <figcaption>{t.qrCaption}</figcaption>
            </figure>
          ) : null}
          <PlanActions lang={lang} schedule={schedule} code={code} />
          {/* The map's preview draws the first view's tiles as the HTML is read (components/map/map-preview.tsx):
              here, after the plan, so the page's height, and with it a desktop's scrollbar and the map's width,
              is settled; the page's own scripts have mostly not run yet. React leaves an inline script as the
              server sent it: it does not run it again. */}
          {mapPreviewScript ? <script dangerouslySetInnerHTML={{ __html: mapPreviewScript }} /> : null}
        </>
      ) : (
        <p className="empty">{t.emptyPlan}</p>
      )}
    </div>
  );
}
