import type { Metadata } from "next";
import { RedSites } from "@/components/red/red-sites";
import { Timeline } from "@/components/red/timeline";
import styles from "@/components/red/red.module.css";
import { SiteHeader } from "@/components/site-header";
import { localePath } from "@/lib/domain/i18n";
import { redMessages } from "@/lib/domain/messages-red";
import { pageMetadata } from "@/lib/domain/place-metadata";
import { redSites } from "@/lib/domain/red/red-sites";
import { resolveTimeline } from "@/lib/domain/red/timeline";
import { getSiteUrl } from "@/lib/server/config";
import { pageLang } from "@/lib/server/page-lang";
import { getPlaces } from "@/lib/server/places";
import { getYuanRenyuanTimeline } from "@/lib/server/red-timeline";

// The red-tourism view: Yuan Renyuan's life from sourced facts, and the red sites of the guide.
// Its links are plain <a>, as the header's are: next/link's code would come with the page, and
// it would prefetch the map and every linked place page on a phone's data as they scroll past.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const r = redMessages(lang);
  return pageMetadata({ lang, siteUrl: getSiteUrl(), path: "/red", title: r.pageTitle, description: r.pageDescription });
}

export default async function RedPage({ params }: Props) {
  const lang = await pageLang(params);
  const r = redMessages(lang);
  const [timeline, places] = await Promise.all([getYuanRenyuanTimeline(), getPlaces()]);
  const items = resolveTimeline(timeline.entries, timeline.sources, places, lang);
  const sites = redSites(places, lang);
  return (
    <>
      <SiteHeader lang={lang} path="/red" skip={{ href: "#timeline", label: r.skipToTimeline }} />
      <main className={styles.page}>
        <h2>{r.pageTitle}</h2>
        <p className={styles.intro}>{r.intro}</p>
        <p>
          <a className={styles.mapLink} href={`${localePath(lang, "/")}?red=1`}>
            {r.showRedOnMap}
          </a>
        </p>

        <section aria-labelledby="timeline">
          <h3 id="timeline" tabIndex={-1}>
            {r.timelineHeading}
          </h3>
          <Timeline lang={lang} items={items} />
        </section>

        <section aria-labelledby="red-sites">
          <h3 id="red-sites" tabIndex={-1}>
            {r.sitesHeading}
          </h3>
          <p>{r.sitesIntro(sites.length)}</p>
          <p className={styles.notice}>{r.visitingUnknown}</p>
          <RedSites lang={lang} sites={sites} />
        </section>
      </main>
    </>
  );
}
