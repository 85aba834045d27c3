"use client";
import { useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";

/** Restores the place to its state before a revision (a new revision), then reloads the history. */
export function RestoreButton({ lang, slug, revisionId, version, label }: { lang: Lang; slug: string; revisionId: number; version: number; label: string }) {
  const t = staffPlaceMessages(lang);
  const [note, setNote] = useState<string | null>(null);
  const run = async () => {
    const res = await fetch(`/api/staff/places/${slug}/restore`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lang, revisionId, baseVersion: version }),
    });
    const body = (await res.json().catch(() => ({}))) as { error?: { fields?: Record<string, string> } };
    if (res.ok) window.location.reload();
    else if (res.status === 409) setNote(t.conflictTitle);
    else setNote(Object.values(body.error?.fields ?? {})[0] ?? t.serverError);
  };
  return (
    <>
      <button type="button" onClick={run} aria-label={label}>
        {t.restore}
      </button>
      {note ? <span role="alert">{note}</span> : null}
    </>
  );
}
