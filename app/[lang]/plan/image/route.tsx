import { PlanCard } from "@/components/share/plan-card";
import { pageMessages } from "@/lib/domain/messages-page";
import { SHARE_CARD } from "@/lib/domain/share/share-card-size";
import { getSiteUrl } from "@/lib/server/config";
import { planImageResponse } from "@/lib/server/plan-image-response";

export const dynamic = "force-dynamic";

/** GET /plan/image?plan=CODE: the Open Graph card of a shared plan (the plan page's og:image). */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  return planImageResponse(request, params, async (lang, { schedule }) => ({
    element: <PlanCard lang={lang} schedule={schedule} footer={pageMessages(lang).siteShort} host={new URL(getSiteUrl()).host} />,
    ...SHARE_CARD,
  }));
}
