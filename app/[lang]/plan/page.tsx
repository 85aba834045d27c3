import type { Metadata } from "next";
import { SiteHeader } from "@/components/site-header";
import { SharedPlanView } from "@/components/plan/shared-plan-view";
import { markerLabel } from "@/components/place-label";
import { localized } from "@/lib/domain/i18n";
import { planMessages } from "@/lib/domain/messages-plan";
import { LOCATION_PRECISIONS } from "@/lib/domain/place-kinds";
import { encodePlan } from "@/lib/domain/plan/plan-codec";
import { chinaToday } from "@/lib/domain/plan/edit-plan";
import { readPlanParam } from "@/lib/domain/plan/read-plan-param";
import { resolvePlan, schedulePlanFor } from "@/lib/domain/plan/resolve-plan";
import { getPlaces } from "@/lib/server/places";
import { getTileConfig } from "@/lib/server/config";
import { pageLang } from "@/lib/server/page-lang";
import { absoluteRequestUrl, qrDataUrl } from "@/lib/server/plan-qr";
import { localePath } from "@/lib/domain/i18n";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return { title: planMessages(lang).sharedTitle, robots: { index: false } };
}

// A shared plan (/plan?p=CODE), read-only and printable. The plan is decoded, checked against the
// guide's places and scheduled on the server; a broken link gives an empty plan and says why.
export default async function SharedPlanPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const places = await getPlaces();
  const { plan, problems } = readPlanParam((await searchParams).p, places, chinaToday());
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  const resolved = resolvePlan(plan, bySlug);
  const schedule = resolved.stops.length > 0 ? schedulePlanFor(plan, bySlug) : null;
  const stops = plan.stops.flatMap((slug) => {
    const p = bySlug.get(slug);
    if (!p) return [];
    return [
      {
        slug,
        kind: p.kind,
        precision: p.location.precision,
        precisionRadiusM: p.location.radiusM,
        label: markerLabel(lang, p),
        stored: { lng: p.location.lng, lat: p.location.lat },
        rank: LOCATION_PRECISIONS.indexOf(p.location.precision),
      },
    ];
  });
  const t = planMessages(lang);
  const code = encodePlan(plan);
  const shareUrl = await absoluteRequestUrl(`${localePath(lang, "/plan")}?p=${code}`);
  const qr = schedule ? await qrDataUrl(shareUrl) : null;
  return (
    <>
      <SiteHeader lang={lang} path="/plan" skip={{ href: "#shared-plan", label: t.sharedTitle }} />
      <main className="page-main" id="shared-plan">
        <h2>{t.sharedTitle}</h2>
        <SharedPlanView
          lang={lang}
          schedule={schedule}
          stops={stops}
          code={code}
          qr={qr}
          tiles={getTileConfig()}
          problems={problems}
          placeholderNames={resolved.placeholderStops.map((s) => {
            const p = bySlug.get(s);
            return p ? localized(lang, p.nameZh, p.nameEn).text : s;
          })}
        />
      </main>
    </>
  );
}
