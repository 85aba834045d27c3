"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { localePath, localized, type Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import type { KnownSpot } from "@/lib/domain/known-spot";
import { messages } from "@/lib/domain/messages";
import { mapMessages } from "@/lib/domain/messages-map";
import { nearMe, type Fix } from "@/lib/domain/near-me";
import { planStartAt } from "@/lib/domain/plan/start-at";
import { usePlan } from "./plan/plan-context";

type Status = "idle" | "asking" | "denied" | "unavailable" | "unsupported" | "located";

// "Near me": asks the device for its position, then says where the visitor stands relative to the
// guide: not there yet (more than 20 km from the township), or the nearest places with a known
// spot, with distance and direction, and "start my plan here". The position is kept by the page
// (the map draws it as "you are here"), never sent anywhere.
export function NearMe({
  lang,
  places,
  spots,
  loading,
  fix,
  onFix,
  onSelect,
}: {
  lang: Lang;
  places: readonly PlaceSummary[];
  spots: ReadonlyMap<string, KnownSpot>;
  /** The places are still loading (a page with many places): the nearest are not known yet. */
  loading: boolean;
  fix: Fix | null;
  onFix: (fix: Fix | null) => void;
  onSelect: (slug: string) => void;
}) {
  const t = mapMessages(lang);
  const tg = messages(lang);
  const plan = usePlan();
  const [status, setStatus] = useState<Status>(fix ? "located" : "idle");
  const [planNote, setPlanNote] = useState("");
  // Worked out once a position is known (with a county's thousands of places, not on every render).
  const asked = fix !== null && status === "located" && !loading ? fix : null;
  const result = useMemo(() => (asked ? nearMe(asked, [...spots].map(([slug, spot]) => ({ slug, ...spot.point }))) : null), [asked, spots]);
  const bySlug = useMemo(() => (result?.code === "near" ? new Map(places.map((p) => [p.slug, p])) : null), [result, places]);

  function locate() {
    setPlanNote("");
    if (!("geolocation" in navigator)) return setStatus("unsupported");
    setStatus("asking");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        onFix({ lng: pos.coords.longitude, lat: pos.coords.latitude, accuracyM: pos.coords.accuracy });
        setStatus("located");
      },
      (err) => {
        onFix(null);
        setStatus(err.code === err.PERMISSION_DENIED ? "denied" : "unavailable");
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  const message =
    status === "asking"
      ? t.nearMeAsking
      : status === "denied"
        ? t.nearMeDenied
        : status === "unavailable"
          ? t.nearMeUnavailable
          : status === "unsupported"
            ? t.nearMeUnsupported
            : status === "located" && loading
              ? tg.loading
              : result?.code === "not-there-yet"
              ? t.nearMeNotThereYet((result.fromTownshipM / 1000).toFixed(0))
              : result?.code === "near"
                ? result.lowAccuracy
                  ? t.nearMeLowAccuracy(result.accuracyM)
                  : t.nearMeAccuracy(result.accuracyM)
                : "";
  const alert = status === "denied" || status === "unavailable" || status === "unsupported" || (result?.code === "near" && result.lowAccuracy);

  return (
    <section className="near-me" aria-labelledby="near-me-heading">
      <h2 id="near-me-heading">{t.nearMeHeading}</h2>
      <div className="near-me__actions">
        <button type="button" onClick={locate} disabled={status === "asking"}>
          {status === "located" ? t.nearMeAgain : t.nearMeFind}
        </button>
        {status === "located" ? (
          <button
            type="button"
            onClick={() => {
              onFix(null);
              setStatus("idle");
              setPlanNote("");
            }}
          >
            {t.nearMeClear}
          </button>
        ) : null}
      </div>
      <p className={alert ? "near-me__status warning" : "near-me__status muted"} role="status">
        {message}
      </p>
      {result?.code === "near" && fix ? (
        <>
          <h3 id="near-me-list-heading">{t.nearMeListHeading}</h3>
          {result.nearest.length === 0 ? (
            <p className="muted">{t.nearMeNone}</p>
          ) : (
            <ol className="near-me__list" aria-labelledby="near-me-list-heading">
              {result.nearest.map((n) => {
                const place = bySlug?.get(n.slug);
                if (!place) return null;
                const villageOnly = spots.get(n.slug)?.basis === "village";
                return (
                  <li key={n.slug}>
                    <Link
                      href={localePath(lang, `/places/${n.slug}`)}
                      onClick={(e) => {
                        if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                        e.preventDefault();
                        onSelect(n.slug);
                      }}
                    >
                      {localized(lang, place.nameZh, place.nameEn).text}
                    </Link>
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
              setPlanNote(t.startPlanDone);
            }}
          >
            {t.startPlanHere}
          </button>
          <p className="muted" role="status">
            {planNote}
          </p>
        </>
      ) : null}
    </section>
  );
}
