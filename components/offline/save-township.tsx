"use client";
import { useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import type { Basemap } from "@/lib/domain/map/basemap";
import { messages } from "@/lib/domain/messages";
import { offlineMessages } from "@/lib/domain/messages-offline";
import { lazyModule } from "../lazy-module";
import { useLazyModule } from "../use-lazy-module";
import { RetryAlert } from "../retry-alert";
import styles from "./offline.module.css";

// What the disclosure holds (the estimate, the save with its progress and cancel: the tiles'
// list, the worker's messages) loads when it is first opened; the pointer or the focus reaching it
// starts loading it before the click. Once opened it stays, so closing it never stops a save.
const bodyCode = lazyModule(() => import("./save-township-body"));
const preload = () => void bodyCode.load().catch(() => undefined);

/** "Save the township for offline" (save-township-body.tsx), closed at first. */
export function SaveTownship({ lang, basemaps }: { lang: Lang; basemaps: readonly Basemap[] }) {
  const t = offlineMessages(lang);
  const tg = messages(lang);
  const [opened, setOpened] = useState(false);
  const body = useLazyModule(bodyCode, opened);
  const Body = body.module?.SaveTownshipBody;
  return (
    <details
      className={`${styles.save} no-print`}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
      onPointerEnter={preload}
      onFocus={preload}
    >
      <summary>{t.saveHeading}</summary>
      {!opened ? null : Body ? (
        <Body lang={lang} basemaps={basemaps} />
      ) : body.failed ? (
        <RetryAlert className="small" message={t.saveLoadFailed} retryLabel={tg.retry} onRetry={body.retry} />
      ) : (
        <p className="small muted" role="status">
          {tg.loading}
        </p>
      )}
    </details>
  );
}
