import type { Lang } from "@/lib/domain/i18n";
import type { ViewProblem } from "@/lib/domain/browse/view-state";
import { placeMessages } from "@/lib/domain/messages-place";
import { problemMessages } from "@/lib/domain/messages-problems";
import { useHydrated } from "./use-hydrated";

/** Says which parts of a link were not understood (unknown kind, absurd zoom, …). */
export function UrlProblems({ lang, problems, onDismiss }: { lang: Lang; problems: readonly ViewProblem[]; onDismiss: () => void }) {
  const t = placeMessages(lang);
  const say = problemMessages(lang);
  // the notice is in the server HTML: until the page has hydrated, a press would do nothing
  const hydrated = useHydrated();
  return (
    <div className="notice" role="status">
      <p>{t.urlProblems}</p>
      <ul>
        {problems.slice(0, 5).map((p, i) => (
          <li key={i}>{say.viewProblem(p)}</li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDismiss} disabled={!hydrated}>
        {t.dismiss}
      </button>
    </div>
  );
}
