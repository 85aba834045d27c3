"use client";
import { htmlLang, LANG_COOKIE, localePath, type Lang } from "@/lib/domain/i18n";
import { messages } from "@/lib/domain/messages";
import { flushAddress } from "./address-bar";

function stripLang(pathname: string): string {
  if (pathname === "/en") return "/";
  return pathname.startsWith("/en/") ? pathname.slice(3) : pathname;
}

// Switches language on the same view (path and query kept) and remembers the choice in a cookie,
// which proxy.ts reads for unprefixed (Chinese) addresses.
export function LanguageSwitch({ lang, path }: { lang: Lang; path: string }) {
  const t = messages(lang);
  const other: Lang = lang === "zh" ? "en" : "zh";
  const otherTag = htmlLang(other);
  return (
    <a
      href={localePath(other, path)}
      hrefLang={otherTag}
      lang={otherTag}
      className="language-switch"
      onClick={(e) => {
        e.preventDefault();
        document.cookie = `${LANG_COOKIE}=${other}; path=/; max-age=31536000; samesite=lax`;
        flushAddress();
        window.location.assign(localePath(other, stripLang(window.location.pathname)) + window.location.search);
      }}
    >
      {t.switchLanguage}
    </a>
  );
}
