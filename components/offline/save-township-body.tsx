"use client";
import { useMemo, useRef, useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { offlineMessages } from "@/lib/domain/messages-offline";
import { saveTownshipMessages } from "@/lib/domain/messages-save-township";
import { SW_MESSAGE } from "@/lib/domain/offline/sw-protocol";
import { tileUrl } from "@/lib/domain/offline/tile-url";
import { bulkDownloadTiles, type Basemap } from "@/lib/domain/map/basemap";
import { mapMessages } from "@/lib/domain/messages-map";
import { useBasemapChoice } from "@/components/map/use-basemap-choice";
import { TILE_BYTES_ESTIMATE, townshipTiles } from "@/lib/domain/offline/township-tiles";
import { activeWorker, askWorker } from "./sw-client";

/** Tiles asked of the worker at once: progress moves in steps this size, and cancel waits at most one. */
const BATCH = 12;

type State =
  | { step: "idle" }
  | { step: "saving"; done: number }
  | { step: "cancelled"; done: number }
  | { step: "finished"; saved: number; failed: number }
  | { step: "no-worker" };

/**
 * "Save the township for offline": every tile of the township's envelope at zooms 10–15, with its
 * size (an estimate) shown first, then progress, with cancel. The tiles are those of the basemap the
 * visitor has chosen (use-basemap-choice.ts), offered only when its provider's terms allow bulk
 * downloads (Basemap.bulkDownloadAllowed); otherwise it says why not. The inside of the
 * save-township.tsx disclosure, loaded when it is first opened.
 */
export function SaveTownshipBody({ lang, basemaps }: { lang: Lang; basemaps: readonly Basemap[] }) {
  const t = saveTownshipMessages(lang);
  const [basemap] = useBasemapChoice(basemaps);
  const tiles = bulkDownloadTiles(basemap);
  const basemapName = mapMessages(lang).basemapNames[basemap.id];
  const [state, setState] = useState<State>({ step: "idle" });
  const cancelled = useRef(false);
  const urls = useMemo(() => townshipTiles().map((xyz) => tileUrl(tiles.url, xyz)), [tiles.url]);
  const mb = ((urls.length * TILE_BYTES_ESTIMATE) / (1024 * 1024)).toFixed(0);

  const save = async () => {
    if (!(await activeWorker())) {
      setState({ step: "no-worker" });
      return;
    }
    cancelled.current = false;
    let saved = 0;
    let failed = 0;
    setState({ step: "saving", done: 0 });
    for (let i = 0; i < urls.length; i += BATCH) {
      if (cancelled.current) {
        setState({ step: "cancelled", done: saved });
        return;
      }
      const batch = urls.slice(i, i + BATCH);
      const answer = await askWorker<{ ok: number; failed: number }>({ type: SW_MESSAGE.saveTiles, urls: batch });
      saved += answer?.ok ?? 0;
      failed += answer ? answer.failed : batch.length;
      setState({ step: "saving", done: saved + failed });
    }
    setState({ step: "finished", saved, failed });
  };

  return tiles.bulkDownloadAllowed ? (
    <>
      <p className="small">{t.saveEstimate(urls.length, mb, TILE_BYTES_ESTIMATE / 1024)}</p>
      {state.step === "saving" ? (
        <>
          <progress max={urls.length} value={state.done} aria-label={offlineMessages(lang).saveHeading} />
          <p className="small" role="status">
            {t.saveProgress(state.done, urls.length)}
          </p>
          <button type="button" className="button" onClick={() => (cancelled.current = true)}>
            {t.saveCancel}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button button--primary" onClick={() => void save()}>
            {t.saveButton}
          </button>
          <p className="small" role="status">
            {state.step === "cancelled"
              ? t.saveCancelled(state.done)
              : state.step === "finished"
                ? state.failed === 0
                  ? t.saveDone(state.saved)
                  : t.saveSomeFailed(state.saved, state.failed)
                : state.step === "no-worker"
                  ? t.saveNeedsWorker
                  : null}
          </p>
        </>
      )}
    </>
  ) : (
    <p className="small">{basemap.layers.length === 0 ? t.saveNoBasemap : t.saveNotAllowed(basemapName)}</p>
  );
}
