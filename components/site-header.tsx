import Link from "next/link";
import { localePath, type Lang } from "@/lib/domain/i18n";
import { messages } from "@/lib/domain/messages";
import { LanguageSwitch } from "./language-switch";

/** `skip` replaces the default skip link (to the place list) on pages without that list. */
export function SiteHeader({ lang, path, skip }: { lang: Lang; path: string; skip?: { href: `#${string}`; label: string } }) {
  const t = messages(lang);
  return (
    <header className="site-header">
      <a className="skip-link" href={skip?.href ?? "#place-list"}>
        {skip?.label ?? t.skipToList}
      </a>
      <h1 className="site-header__title">
        <Link href={localePath(lang, "/")}>{t.siteTitle}</Link>
      </h1>
      <nav aria-label={t.language} className="site-header__nav">
        <Link href={localePath(lang, "/red")}>{t.redView}</Link>
        <LanguageSwitch lang={lang} path={path} />
      </nav>
    </header>
  );
}
