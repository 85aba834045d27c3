import type { Metadata } from "next";
import { z } from "zod";
import { localized } from "@/lib/domain/i18n";
import { slugSchema } from "@/lib/domain/slug-schema";
import { homestayMessages } from "@/lib/domain/messages-homestay";
import { pageLang } from "@/lib/server/page-lang";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { listHomestays } from "@/lib/server/staff/homestays";
import { StaffHeader } from "@/components/staff/staff-header";
import { HomestayTable } from "@/components/staff/homestay-table";
import styles from "@/components/staff/homestays.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: homestayMessages(await pageLang(params)).registerTitle };
}

// The outcome of an issue form (POST /api/staff/homestays/[slug]/number answers a form with a 303
// back here): ?issued=1&place=… or ?error=<code>&place=…; anything else is ignored.
const outcomeSchema = z.object({
  place: z.optional(slugSchema).catch(undefined),
  issued: z.literal("1").optional().catch(undefined),
  error: z.enum(["not_lodging", "no_village", "already_numbered", "register_full"]).optional().catch(undefined),
});

export default async function HomestaysPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const actor = await staffPageActor(lang, staffPath(lang, "/homestays"));
  const t = homestayMessages(lang);
  const groups = await listHomestays();
  const outcome = outcomeSchema.parse(await searchParams);
  const issuedTo = outcome.issued && outcome.place ? groups.flatMap((g) => g.homestays).find((h) => h.slug === outcome.place) : undefined;
  return (
    <>
      <StaffHeader lang={lang} actor={actor} />
      <main className={styles.main}>
        <h1>{t.registerTitle}</h1>
        <p>{t.registerIntro}</p>
        {issuedTo?.number ? (
          <p className={styles.notice} role="status">
            {t.issued(issuedTo.number)}
          </p>
        ) : null}
        {outcome.error ? (
          <p className={styles.error} role="alert">
            {t.errors[outcome.error]}
          </p>
        ) : null}
        {groups.length === 0 ? <p>{t.empty}</p> : null}
        {groups.map((g) => {
          const name = g.village ? localized(lang, g.village.nameZh, g.village.nameEn).text : t.noVillageGroup;
          const headingId = `village-${g.village?.slug ?? "none"}`;
          const printable = g.homestays.some((h) => h.number && !h.archived);
          return (
            <section key={headingId} className={styles.village} aria-labelledby={headingId}>
              <div className={styles.villageHead}>
                <h2 id={headingId}>{name}</h2>
                {g.village ? <span className={styles.code}>{t.villageCode(g.village.code12)}</span> : null}
                {g.village && printable ? (
                  <a href={staffPath(lang, `/homestays/village/${g.village.slug}/plaques`)}>{t.printVillageOf(name)}</a>
                ) : null}
              </div>
              {g.village ? null : <p className={styles.muted}>{t.noVillageHint}</p>}
              <HomestayTable lang={lang} homestays={g.homestays} canIssue={g.village !== null} />
            </section>
          );
        })}
      </main>
    </>
  );
}
