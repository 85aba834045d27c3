"use client";
import { useState } from "react";
import type { Lang } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";

/** Archive or unarchive a place (asks first before archiving), then reloads the page. */
export function ArchiveButton({ lang, slug, version, archived }: { lang: Lang; slug: string; version: number; archived: boolean }) {
  const t = staffPlaceMessages(lang);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (!archived && !window.confirm(t.confirmArchive)) return;
    const res = await fetch(`/api/staff/places/${slug}/archive`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ lang, baseVersion: version, archived: !archived }),
    });
    if (res.ok) window.location.reload();
    else if (res.status === 409) setError(t.conflictTitle);
    else setError(t.serverError);
  };
  return (
    <div>
      <button type="button" onClick={run}>
        {archived ? t.unarchive : t.archive}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
