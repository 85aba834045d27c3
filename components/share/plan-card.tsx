import { localized, type Lang } from "@/lib/domain/i18n";
import { shareMessages } from "@/lib/domain/messages-share";
import type { PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import { fitText } from "@/lib/domain/share/fit-text";
import { cardLineEm } from "@/lib/domain/share/share-card-size";
import { ShareCard } from "./share-card";

/** Stops named on the card; the rest are counted. */
const LISTED = 5;
const STOP_SIZE = 36;

// A shared plan's Open Graph card: its title, dates and number of stops, and the first stops.
export function PlanCard({ lang, schedule, footer, host }: { lang: Lang; schedule: PlanSchedule; footer: string; host: string }) {
  const t = shareMessages(lang);
  const stops = schedule.days.flatMap((d) => d.stops);
  const first = schedule.days[0];
  return (
    <ShareCard color="#0b57d0" footer={footer} host={host}>
      <div style={{ display: "flex", fontSize: 64 }}>{t.posterTitle}</div>
      <div style={{ display: "flex", fontSize: 34, color: "#5b5b57", marginTop: 8 }}>
        {`${first ? t.planDates(first.date, schedule.days.length) : ""} · ${t.planStops(stops.length)}`}
      </div>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 24 }}>
        {stops.slice(0, LISTED).map((stop) => (
          <div key={stop.place.slug} style={{ display: "flex", alignItems: "center", fontSize: STOP_SIZE, lineHeight: 1.4 }}>
            <span style={{ color: "#0b57d0", width: 64 }}>{`${stop.order + 1}.`}</span>
            <span>{fitText(localized(lang, stop.place.nameZh, stop.place.nameEn).text, cardLineEm(STOP_SIZE) - 2)}</span>
          </div>
        ))}
        {stops.length > LISTED ? <div style={{ display: "flex", fontSize: 30, color: "#5b5b57", marginLeft: 64 }}>{t.moreStops(stops.length - LISTED)}</div> : null}
      </div>
    </ShareCard>
  );
}
