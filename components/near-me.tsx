"use client";
import { useMemo, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import type { PlaceSummary } from "@/lib/domain/place";
import type { KnownSpot } from "@/lib/domain/known-spot";
import { messages } from "@/lib/domain/messages";
import { mapMessages } from "@/lib/domain/messages-map";
import type { Fix } from "@/lib/domain/near-me";
import { lazyModule } from "./lazy-module";
import { useLazyModule } from "./use-lazy-module";

type Status = "idle" | "asking" | "denied" | "unavailable" | "unsupported" | "located";

// The answer (near-me-result.tsx: the nearest places, their distances and directions) loads with
// the first "Near me", while the device looks for its position, which takes longer.
const answerCode = lazyModule(() => import("./near-me-result"));

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
  const [status, setStatus] = useState<Status>(fix ? "located" : "idle");
  // Worked out once a position is known (with a county's thousands of places, not on every render).
  const asked = fix !== null && status === "located" && !loading ? fix : null;
  const code = useLazyModule(answerCode, asked !== null);
  const answer = code.module;
  const result = useMemo(() => (asked && answer ? answer.nearMeAnswer(asked, spots) : null), [asked, answer, spots]);

  function locate() {
    if (!("geolocation" in navigator)) return setStatus("unsupported");
    void answerCode.load().catch(() => undefined); // while the device looks for the position
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

  const answered = result && answer ? answer.nearMeStatus(lang, result) : null;
  const message =
    status === "asking"
      ? t.nearMeAsking
      : status === "denied"
        ? t.nearMeDenied
        : status === "unavailable"
          ? t.nearMeUnavailable
          : status === "unsupported"
            ? t.nearMeUnsupported
            : status === "located" && code.failed
              ? t.nearMeLoadFailed
              : status === "located"
                ? (answered?.text ?? tg.loading)
                : "";
  const alert = status === "denied" || status === "unavailable" || status === "unsupported" || (status === "located" && code.failed) || (answered?.warning ?? false);

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
            }}
          >
            {t.nearMeClear}
          </button>
        ) : null}
        {status === "located" && code.failed ? (
          <button type="button" onClick={code.retry}>
            {tg.retry}
          </button>
        ) : null}
      </div>
      <p className={alert ? "near-me__status warning" : "near-me__status muted"} role="status">
        {message}
      </p>
      {result?.code === "near" && asked && answer ? <answer.NearMeList lang={lang} fix={asked} result={result} places={places} spots={spots} onSelect={onSelect} /> : null}
    </section>
  );
}
