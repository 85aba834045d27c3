import { PlanPoster } from "@/components/share/plan-poster";
import { POSTER_METRICS, POSTER_WIDTH, posterHeight } from "@/lib/domain/share/poster-layout";
import { getSiteUrl } from "@/lib/server/config";
import { planImageResponse } from "@/lib/server/plan-image-response";
import { qrPngDataUrl } from "@/lib/server/plan-qr";

export const dynamic = "force-dynamic";

/** GET /plan/poster?plan=CODE: the plan as a poster, a PNG 1080 px wide to save to a phone's album. */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string }> }) {
  return planImageResponse(request, params, async (lang, { schedule, url }) => ({
    element: <PlanPoster lang={lang} schedule={schedule} qr={await qrPngDataUrl(url, POSTER_METRICS.qrSize)} host={new URL(getSiteUrl()).host} />,
    width: POSTER_WIDTH,
    height: posterHeight(schedule.days.map((d) => d.stops.length)),
  }));
}
