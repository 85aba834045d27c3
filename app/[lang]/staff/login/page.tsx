import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { pageLang } from "@/lib/server/page-lang";
import { getStaffActor } from "@/lib/server/auth/session";
import { staffPath } from "@/lib/server/auth/staff-page";
import { staffMessages } from "@/lib/domain/messages-staff";
import { safeStaffPath } from "@/lib/domain/staff/local-path";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return { title: staffMessages(lang).signInTitle };
}

// A plain HTML form: it works without JavaScript. The handler answers with a 303 (see
// app/api/staff/sign-in/route.ts); errors come back as ?error=invalid|locked|missing.
export default async function StaffLoginPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const t = staffMessages(lang);
  const query = await searchParams;
  const next = safeStaffPath(query.next, staffPath(lang));
  if (await getStaffActor()) redirect(next);
  const error = typeof query.error === "string" ? query.error : undefined;
  const retry = Number(typeof query.retry === "string" ? query.retry : "900");
  const message =
    error === "locked"
      ? t.errorLocked(Math.max(1, Math.ceil((Number.isFinite(retry) ? retry : 900) / 60)))
      : error === "invalid"
        ? t.errorInvalid
        : error === "missing"
          ? t.errorMissing
          : undefined;
  return (
    <main className="staff-login">
      <h1>{t.signInTitle}</h1>
      <p>{t.signInIntro}</p>
      {query.signedOut ? <p role="status">{t.signedOut}</p> : null}
      {message ? (
        <p role="alert" className="warning" id="sign-in-error">
          {message}
        </p>
      ) : null}
      <form method="post" action="/api/staff/sign-in" aria-describedby={message ? "sign-in-error" : undefined}>
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="lang" value={lang} />
        <p>
          <label htmlFor="staff-name">{t.name}</label>
          <input id="staff-name" name="name" autoComplete="username" required maxLength={80} autoFocus />
        </p>
        <p>
          <label htmlFor="staff-password">{t.password}</label>
          <input id="staff-password" name="password" type="password" autoComplete="current-password" required maxLength={200} />
        </p>
        <button type="submit">{t.signIn}</button>
      </form>
      <p>
        <a href={lang === "en" ? "/en" : "/"}>{t.backToGuide}</a>
      </p>
    </main>
  );
}
