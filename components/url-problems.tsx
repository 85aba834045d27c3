import type { Lang } from "@/lib/domain/i18n";
import { messages } from "@/lib/domain/messages";

/** Says which parts of a link were not understood (unknown kind, absurd zoom, …). */
export function UrlProblems({ lang, problems, onDismiss }: { lang: Lang; problems: string[]; onDismiss: () => void }) {
  const t = messages(lang);
  return (
    <div className="notice" role="status">
      <p>{t.urlProblems}</p>
      <ul>
        {problems.slice(0, 5).map((p) => (
          <li key={p} lang="en">
            {p}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
