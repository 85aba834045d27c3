import { localePath, type Lang } from "@/lib/domain/i18n";
import { pageMessages } from "@/lib/domain/messages-page";
import { LanguageSwitch } from "./language-switch";

// Plain links, not next/link: its code (about 5 kB gzipped) would come with every page's first view,
// and its prefetching spends a phone's data on pages nobody asked for. A page is a full load.

/** `skip` replaces the default skip link (to the place list) on pages without that list. */
export function SiteHeader({ lang, path, skip }: { lang: Lang; path: string; skip?: { href: `#${string}`; label: string } }) {
  const t = pageMessages(lang);
  return (
    <header className="site-header">
      <a className="skip-link" href={skip?.href ?? "#place-list"}>
        {skip?.label ?? t.skipToList}
      </a>
      <h1 className="site-header__title">
        <a href={localePath(lang, "/")}>{t.siteTitle}</a>
      </h1>
      <nav aria-label={t.language} className="site-header__nav">
        <a href={localePath(lang, "/red")}>{t.redView}</a>
        <LanguageSwitch lang={lang} path={path} />
      </nav>
    </header>
  );
}
