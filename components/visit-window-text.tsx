import type { Lang } from "@/lib/domain/i18n";
import { placeMessages } from "@/lib/domain/messages-place";
import { VISIT_WINDOW_INFO, type VisitWindow } from "@/lib/domain/place-kinds";
import { formatClock } from "@/lib/domain/plan/local-time";
import { EVENING_START_MINUTES } from "@/lib/domain/plan/visit-window";

/** A place's visit window in words; an evening-only place also says when the guide takes evening to start. */
export function VisitWindowText({ lang, window }: { lang: Lang; window: VisitWindow }) {
  const t = placeMessages(lang);
  return (
    <>
      {VISIT_WINDOW_INFO[window][lang]}
      {window === "evening" ? <span className="facts__note">{t.eveningAssumption(formatClock(EVENING_START_MINUTES))}</span> : null}
    </>
  );
}
