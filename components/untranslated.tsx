import type { Lang } from "@/lib/domain/i18n";
import { messages } from "@/lib/domain/messages";

/** Marks Chinese text shown in the English UI because no translation exists yet. */
export function Untranslated({ lang }: { lang: Lang }) {
  if (lang !== "en") return null;
  return (
    <span className="untranslated" lang="en">
      {" "}
      ({messages(lang).untranslated})
    </span>
  );
}
