"use client";
import { localePath, type Lang } from "@/lib/domain/i18n";
import { shareMessages } from "@/lib/domain/messages-share";
import { planHref } from "@/lib/domain/plan/plan-param";

/** Phones and tablets: a touch screen as the main pointer. */
const PHONE = "(pointer: coarse)";

// "Save the plan as a poster": the poster PNG (app/[lang]/plan/poster) as a download. Phone
// browsers (and WeChat's) keep downloads out of the photo album, so on a phone the link opens the
// image instead, where pressing and holding it saves it to the album or sends it to a friend.
export function SavePosterLink({ lang, code }: { lang: Lang; code: string }) {
  const t = shareMessages(lang);
  const href = planHref(localePath(lang, "/plan/poster"), code);
  return (
    <>
      <a
        className="button"
        href={href}
        download="sanguansi-plan.png"
        data-poster
        onClick={(e) => {
          if (!window.matchMedia(PHONE).matches) return;
          e.preventDefault();
          window.location.assign(href);
        }}
      >
        {t.savePoster}
      </a>
      <p className="small muted plan-actions__hint">{t.savePosterHint}</p>
    </>
  );
}
