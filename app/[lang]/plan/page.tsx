import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { SharedPlanView } from "@/components/plan/shared-plan-view";
import { localized } from "@/lib/domain/i18n";
import { planMessages } from "@/lib/domain/messages-plan";
import { encodePlan } from "@/lib/domain/plan/plan-codec";
import { chinaToday } from "@/lib/domain/plan/edit-plan";
import { readPlanParam } from "@/lib/domain/plan/read-plan-param";
import { planHref, planParamValue } from "@/lib/domain/plan/plan-param";
import { planMapPlaces } from "@/components/map/to-map-place";
import { knownSpots } from "@/lib/domain/known-spot";
import { resolvePlan } from "@/lib/domain/plan/resolve-plan";
import { schedulePlanFor } from "@/lib/domain/plan/schedule-plan";
import { getPlaces } from "@/lib/server/places";
import { getBasemaps, getSiteUrl } from "@/lib/server/config";
import { absoluteUrl } from "@/lib/domain/place-metadata";
import { shareMessages } from "@/lib/domain/messages-share";
import { SHARE_CARD } from "@/lib/domain/share/share-card-size";
import { pageLang } from "@/lib/server/page-lang";
import { absoluteRequestUrl, qrDataUrl } from "@/lib/server/plan-qr";
import { localePath } from "@/lib/domain/i18n";
import { mapPreviewScript } from "@/lib/server/map-preview-script";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const title = planMessages(lang).sharedTitle;
  const { plan } = readPlanParam(planParamValue(await searchParams), await getPlaces(), chinaToday());
  if (plan.stops.length === 0) return { title, robots: { index: false } };
  // The plan's card (app/[lang]/plan/image), absolute from SITE_URL.
  const image = absoluteUrl(getSiteUrl(), planHref(localePath(lang, "/plan/image"), encodePlan(plan)));
  return {
    title,
    robots: { index: false },
    openGraph: { title, type: "website", images: [{ url: image, ...SHARE_CARD, type: "image/png", alt: shareMessages(lang).planImageAlt }] },
  };
}

// A shared plan (/plan?plan=CODE; links shared as /plan?p=CODE still open), read-only and
// printable. The plan is decoded, checked against the guide's places and scheduled on the server;
// a broken link gives an empty plan and says why.
export default async function SharedPlanPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const places = await getPlaces();
  const param = planParamValue(await searchParams);
  const { plan, problems } = readPlanParam(param, places, chinaToday());
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  const resolved = resolvePlan(plan, bySlug);
  const schedule = resolved.stops.length > 0 ? schedulePlanFor(plan, bySlug) : null;
  const stops = planMapPlaces(plan.stops, bySlug, lang, knownSpots(places));
  const t = planMessages(lang);
  const code = encodePlan(plan);
  const shareUrl = await absoluteRequestUrl(planHref(localePath(lang, "/plan"), code));
  const qr = schedule ? await qrDataUrl(shareUrl) : null;
  return (
    <>
      <SiteHeader lang={lang} path="/plan" skip={{ href: "#shared-plan", label: t.sharedTitle }} />
      <main className="page-main" id="shared-plan">
        <h2>{t.sharedTitle}</h2>
        <SharedPlanView
          lang={lang}
          serverSawPlan={param !== undefined}
          schedule={schedule}
          stops={stops}
          code={code}
          qr={qr}
          mapPreviewScript={schedule ? await mapPreviewScript() : ""}
          basemaps={getBasemaps()}
          problems={problems}
          unlocatedNames={resolved.unlocatedStops.map((s) => {
            const p = bySlug.get(s);
            return p ? localized(lang, p.nameZh, p.nameEn).text : s;
          })}
        />
      </main>
    </>
  );
}
