import type { Lang } from "@/lib/domain/i18n";
import { pageMessages } from "@/lib/domain/messages-page";
import { placeMessages } from "@/lib/domain/messages-place";

/**
 * What the link of a place that is not in the guide shows (HTTP 404): when staff archived it, its
 * name and that it was removed; otherwise "not found". Used by both place routes' not-found pages.
 */
export function PlaceNotFoundMessage({ lang, archivedName }: { lang: Lang; archivedName: string | null }) {
  const t = pageMessages(lang);
  const tp = placeMessages(lang);
  return (
    <main className="message-page">
      <h1>{archivedName ? tp.archivedTitle(archivedName) : t.notFoundTitle}</h1>
      <p>{archivedName ? tp.archivedBody : t.notFoundBody}</p>
      <p>
        <a href={lang === "en" ? "/en" : "/"}>{t.backToMap}</a>
      </p>
    </main>
  );
}
