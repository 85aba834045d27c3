"use client";
import { useMemo, useState } from "react";
import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import type { KnownSpot } from "@/lib/domain/known-spot";
import { messages } from "@/lib/domain/messages";
import { nearMeMessages } from "@/lib/domain/messages-near-me";
import type { Fix, NearMe } from "@/lib/domain/near-me";
import { nearMe } from "@/lib/domain/near-me-places";
import { planStartAt } from "@/lib/domain/plan/start-at";
import { usePlan } from "./plan/plan-context";
import { isPlainClick } from "./plain-click";

// The answer of "Near me" once a position is known (near-me.tsx loads this with the first "Near
// me"): not there yet, or the nearest places with a known spot, with distance and direction, and
// "start my plan here".

/** The answer for a position, over the places with a known spot. */
export function nearMeAnswer(fix: Fix, spots: ReadonlyMap<string, KnownSpot>): NearMe {
  return nearMe(fix, [...spots].map(([slug, spot]) => ({ slug, ...spot.point })));
}

/** What the status line says of an answer, and whether it is a warning (a fix of low accuracy). */
export function nearMeStatus(lang: Lang, result: NearMe): { text: string; warning: boolean } {
  const t = nearMeMessages(lang);
  if (result.code === "not-there-yet") return { text: t.nearMeNotThereYet((result.fromTownshipM / 1000).toFixed(0)), warning: false };
  return result.lowAccuracy ? { text: t.nearMeLowAccuracy(result.accuracyM), warning: true } : { text: t.nearMeAccuracy(result.accuracyM), warning: false };
}

/** The nearest places of an answer "near", and "start my plan here". */
export function NearMeList({
  lang,
  fix,
  result,
  places,
  spots,
  onSelect,
}: {
  lang: Lang;
  fix: Fix;
  result: Extract<NearMe, { code: "near" }>;
  places: readonly PlaceSummary[];
  spots: ReadonlyMap<string, KnownSpot>;
  onSelect: (slug: string) => void;
}) {
  const t = nearMeMessages(lang);
  const tg = messages(lang);
  const plan = usePlan();
  const [planNote, setPlanNote] = useState({ fix, text: "" });
  const bySlug = useMemo(() => new Map(places.map((p) => [p.slug, p])), [places]);
  return (
    <>
      <h3 id="near-me-list-heading">{t.nearMeListHeading}</h3>
      {result.nearest.length === 0 ? (
        <p className="muted">{t.nearMeNone}</p>
      ) : (
        <ol className="near-me__list" aria-labelledby="near-me-list-heading">
          {result.nearest.map((n) => {
            const place = bySlug.get(n.slug);
            if (!place) return null;
            const villageOnly = spots.get(n.slug)?.basis === "village";
            return (
              <li key={n.slug}>
                {/* a plain <a>, as in place-list.tsx: a click opens the place in the guide, a modified
                    click its page; next/link would prefetch each page listed */}
                <a
                  href={localePath(lang, `/places/${n.slug}`)}
                  onClick={(e) => {
                    if (!isPlainClick(e)) return;
                    e.preventDefault();
                    onSelect(n.slug);
                  }}
                >
                  {localized(lang, place.nameZh, place.nameEn).text}
                </a>
                {villageOnly ? <span className="muted">{t.nearMeVillageLevel}</span> : null}{" "}
                <span className="near-me__distance">{n.distanceM === 0 ? t.nearMeSameSpot : t.nearMeDirection(t.compass[n.compass], tg.metres(n.distanceM))}</span>
              </li>
            );
          })}
        </ol>
      )}
      <button
        type="button"
        onClick={() => {
          plan.setOptions({ start: planStartAt(fix) });
          setPlanNote({ fix, text: t.startPlanDone });
        }}
      >
        {t.startPlanHere}
      </button>
      <p className="muted" role="status">
        {planNote.fix === fix ? planNote.text : ""}
      </p>
    </>
  );
}
