"use client";
import { useEffect, useRef, useState } from "react";
import { Serwist } from "@serwist/window";
import type { Lang } from "@/lib/domain/i18n";
import { offlineMessages } from "@/lib/domain/messages-offline";
import { keepForOffline, keptDataDate } from "./keep-for-offline";
import { SW_ENABLED, swUrl } from "./sw-client";
import styles from "./offline.module.css";

/** Pages and data are fetched again for offline use at most this often (and on coming back online). */
const KEEP_EVERY_MS = 6 * 60 * 60 * 1000;
const KEPT_KEY = "guide-offline-kept";

function keptRecently(lang: Lang): boolean {
  try {
    const at = Number(window.localStorage.getItem(`${KEPT_KEY}-${lang}`));
    return Number.isFinite(at) && Date.now() - at < KEEP_EVERY_MS;
  } catch {
    return false;
  }
}

function noteKept(lang: Lang) {
  try {
    window.localStorage.setItem(`${KEPT_KEY}-${lang}`, String(Date.now()));
  } catch {
    // storage unavailable: the pages are kept again on the next visit
  }
}

function formatDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(date);
}

/**
 * Offline use, on every page: registers the service worker (production builds only), keeps the
 * pages and data for offline use after the first visit, says when the guide is offline and how old
 * its data is, refreshes the kept data quietly when the network is back, and offers "update" when a
 * new version of the worker is waiting.
 */
export function OfflineSupport({ lang, tileTemplates }: { lang: Lang; tileTemplates: string[] }) {
  const t = offlineMessages(lang);
  const [online, setOnline] = useState(true);
  const [dataDate, setDataDate] = useState<Date | null>(null);
  const [waiting, setWaiting] = useState(false);
  const serwist = useRef<Serwist | null>(null);
  const templates = tileTemplates.join("\n");

  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
      // The date of the kept place list, read when it is shown.
      if (!navigator.onLine) void keptDataDate().then(setDataDate);
    };
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (!SW_ENABLED) {
      // `next dev`: no worker, and none left over from a production build on the same address.
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
      return;
    }
    // The bundle is a plain script (no imports), so a classic worker: every browser runs it.
    const sw = new Serwist(swUrl(templates.split("\n")), { scope: "/", type: "classic" });
    serwist.current = sw;
    sw.addEventListener("waiting", () => setWaiting(true));
    const keep = async () => {
      if ((await keepForOffline(lang)) !== null) noteKept(lang);
    };
    // Registration can fail (service workers blocked, storage off): the guide then works as a website.
    void sw
      .register()
      .then(async () => {
        if (navigator.onLine && !keptRecently(lang)) await keep();
      })
      .catch(() => undefined);
    // Back online: the kept pages and data are refreshed quietly, and a new version looked for.
    const onOnline = () => {
      void keep().catch(() => undefined);
      void sw.update().catch(() => undefined);
    };
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [lang, templates]);

  const update = () => {
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    serwist.current?.messageSkipWaiting();
  };

  return (
    <div className={`${styles.status} no-print`} role="status" aria-live="polite">
      {online ? null : (
        <p className={styles.badge}>
          <strong>{t.offlineBadge}</strong> {dataDate ? t.offlineStale(formatDate(lang, dataDate)) : t.offlineStaleUndated}
        </p>
      )}
      {waiting ? (
        <p className={styles.update}>
          {t.updateAvailable}{" "}
          <button type="button" className="button button--primary" onClick={update}>
            {t.updateButton}
          </button>
        </p>
      ) : null}
    </div>
  );
}
