import { localized, type Lang } from "@/lib/domain/i18n";
import { pageMessages } from "@/lib/domain/messages-page";
import { planMessages } from "@/lib/domain/messages-plan";
import { shareMessages } from "@/lib/domain/messages-share";
import type { PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import { fitText } from "@/lib/domain/share/fit-text";
import { POSTER_METRICS as M, POSTER_WIDTH, posterHeight, posterNameEm } from "@/lib/domain/share/poster-layout";

const ACCENT = "#7a1f1f";
const MUTED = "#5b5b57";
const STOP = "#0b57d0";

// The plan poster (a PNG 1080 px wide, drawn by satori): every stop with its times, day by day, and
// a QR code back to the plan. Block heights are those of poster-layout.ts, which sizes the image.
export function PlanPoster({ lang, schedule, qr, host }: { lang: Lang; schedule: PlanSchedule; qr: string; host: string }) {
  const t = shareMessages(lang);
  const tp = planMessages(lang);
  const first = schedule.days[0];
  const stopCount = schedule.days.reduce((n, d) => n + d.stops.length, 0);
  const height = posterHeight(schedule.days.map((d) => d.stops.length));
  return (
    <div style={{ display: "flex", flexDirection: "column", width: POSTER_WIDTH, height, padding: M.padding, background: "#fbfaf7", color: "#1d1d1b" }}>
      <div style={{ display: "flex", flexDirection: "column", height: M.header, borderBottom: `4px solid ${ACCENT}` }}>
        <div style={{ display: "flex", fontSize: 32, color: ACCENT }}>{pageMessages(lang).siteShort}</div>
        <div style={{ display: "flex", fontSize: 76, lineHeight: 1.25 }}>{t.posterTitle}</div>
        <div style={{ display: "flex", fontSize: 36, color: MUTED }}>{`${first ? t.planDates(first.date, schedule.days.length) : ""} · ${t.planStops(stopCount)}`}</div>
      </div>
      {schedule.days.map((day) => (
        <div key={day.day} style={{ display: "flex", flexDirection: "column", marginBottom: M.dayGap }}>
          <div style={{ display: "flex", alignItems: "flex-end", height: M.dayHeading, paddingBottom: 12, fontSize: 36, color: ACCENT }}>
            {`${tp.day(day.day, day.date)} · ${day.start}–${day.end}`}
          </div>
          {day.stops.map((stop) => (
            <div key={stop.place.slug} style={{ display: "flex", alignItems: "center", height: M.stopRow }}>
              <div
                style={{
                  display: "flex", alignItems: "center", justifyContent: "center", width: M.disc, height: M.disc, marginRight: M.discGap,
                  borderRadius: M.disc / 2, border: `5px solid ${STOP}`, color: STOP, fontSize: 30,
                }}
              >
                {String(stop.order + 1)}
              </div>
              <div style={{ display: "flex", flexDirection: "column" }}>
                <div style={{ display: "flex", fontSize: M.nameSize, lineHeight: 1.2 }}>{fitText(localized(lang, stop.place.nameZh, stop.place.nameEn).text, posterNameEm())}</div>
                <div style={{ display: "flex", fontSize: M.timeSize, color: MUTED }}>
                  {`${stop.arrival}–${stop.departure}${stop.place.point === null ? ` · ${t.posterUnlocated}` : ""}`}
                </div>
              </div>
            </div>
          ))}
        </div>
      ))}
      <div style={{ display: "flex", alignItems: "center", height: M.note, fontSize: 24, color: MUTED }}>{fitText(t.posterNote, (POSTER_WIDTH - 2 * M.padding) / 24)}</div>
      <div style={{ display: "flex", alignItems: "center", height: M.footer, borderTop: "2px solid #d9d5cc" }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image */}
        <img src={qr} width={M.qrSize} height={M.qrSize} alt="" />
        <div style={{ display: "flex", flexDirection: "column", marginLeft: 40, flex: 1 }}>
          <div style={{ display: "flex", fontSize: 34, lineHeight: 1.4 }}>{t.posterQr}</div>
          <div style={{ display: "flex", fontSize: 28, color: MUTED, marginTop: 12 }}>{host}</div>
        </div>
      </div>
    </div>
  );
}
