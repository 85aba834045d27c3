import type { Lang } from "@/lib/domain/i18n";
import type { PlanProblem } from "@/lib/domain/plan/plan-problem";
import { placeMessages } from "@/lib/domain/messages-place";
import { planMessages } from "@/lib/domain/messages-plan";
import { problemMessages } from "@/lib/domain/messages-problems";

/** What was wrong with a plan link (dropped stops, a damaged code, …), with a dismiss button when `onDismiss` is given. */
export function PlanProblems({ lang, problems, onDismiss }: { lang: Lang; problems: readonly PlanProblem[]; onDismiss?: () => void }) {
  if (problems.length === 0) return null;
  const say = problemMessages(lang);
  return (
    <div className="notice" role="status">
      <p>{planMessages(lang).planProblems}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{say.planProblem(p)}</li>
        ))}
      </ul>
      {onDismiss ? (
        <button type="button" className="button" onClick={onDismiss}>
          {placeMessages(lang).dismiss}
        </button>
      ) : null}
    </div>
  );
}
