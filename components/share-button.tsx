"use client";
import { useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { placeMessages } from "@/lib/domain/messages-place";
import { flushAddress } from "./address-bar";

// Shares the current view's URL: the system share sheet where the browser has one (phones,
// WeChat's browser), else the clipboard, else a field to copy from by hand.
export function ShareButton({ lang, title }: { lang: Lang; title: string }) {
  const t = placeMessages(lang);
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  const [url, setUrl] = useState("");
  async function share() {
    flushAddress();
    const href = window.location.href;
    setUrl(href);
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url: href });
        return;
      } catch (err) {
        if (err instanceof DOMException && err.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(href);
      setState("copied");
    } catch {
      setState("manual");
    }
  }
  return (
    <div className="share">
      <button type="button" className="button" onClick={share}>
        {t.share}
      </button>
      <span role="status" className="share__status">
        {state === "copied" ? t.shareCopied : ""}
      </span>
      {state === "manual" ? (
        <label className="share__manual">
          {t.shareFailed}
          <input type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      ) : null}
    </div>
  );
}
