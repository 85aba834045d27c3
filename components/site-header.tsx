import Link from "next/link";
import { localePath, type Lang } from "@/lib/domain/i18n";
import { messages } from "@/lib/domain/messages";

export function SiteHeader({ lang, path }: { lang: Lang; path: string }) {
  const t = messages(lang);
  const other: Lang = lang === "zh" ? "en" : "zh";
  return (
    <header className="site-header">
      <a className="skip-link" href="#place-list">
        {t.skipToList}
      </a>
      <h1>
        <Link href={localePath(lang, "/")}>{t.siteTitle}</Link>
      </h1>
      <nav aria-label={t.language}>
        <Link href={localePath(other, path)} hrefLang={other === "en" ? "en" : "zh-CN"} lang={other === "en" ? "en" : "zh-CN"}>
          {t.switchLanguage}
        </Link>
      </nav>
    </header>
  );
}
