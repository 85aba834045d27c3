// GPX 1.1 export (https://www.topografix.com/GPX/1/1/): every stop as a <wpt> with its name,
// description and arrival time, and each day as one <rte> from the origin through the day's stops
// (and back, when returning). Valid against the official schema (gpx-1-1.xsd, tested).
import { displayName } from "./plan-place";
import type { PlanSchedule, ScheduledStop } from "./schedule-plan";

export interface ExportGpxOptions {
  /** <metadata><name>, e.g. "三官寺 visit plan". */
  readonly name?: string;
  /** The GPX creator attribute. */
  readonly creator?: string;
}

/** Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape text for XML element content and attribute values; drop characters XML cannot carry. */
function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** xsd:decimal text for a coordinate: fixed 6 decimals (≈ 0.1 m), never exponent notation. */
function coord(value: number): string {
  return value.toFixed(6);
}

function stopDescription(stop: ScheduledStop): string {
  const parts = [
    `Day ${stop.day}, stop ${stop.order + 1}`,
    `arrive ${stop.arrival}, leave ${stop.departure} (UTC+8)`,
    `${stop.visitMinutes} min visit`,
    stop.place.kind,
  ];
  if (stop.place.openingHours !== null) parts.push(`open ${stop.place.openingHours}`);
  return parts.join(" · ");
}

export function exportGpx(schedule: PlanSchedule, options: ExportGpxOptions = {}): string {
  const creator = options.creator ?? "sanguansi-guide";
  const name = options.name ?? "三官寺土家族乡 visit plan";
  const origin = schedule.origin;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gpx version="1.1" creator="${escapeXml(creator)}" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">`,
    "  <metadata>",
    `    <name>${escapeXml(name)}</name>`,
    `    <desc>${escapeXml(`${schedule.days.length} day(s), ${schedule.mode}; times are estimates`)}</desc>`,
    "  </metadata>",
  ];
  // A stop without a known spot has no waypoint and no route point (GPX needs a position).
  for (const day of schedule.days) {
    for (const stop of day.stops) {
      const point = stop.place.point;
      if (point === null) continue;
      lines.push(
        `  <wpt lat="${coord(point.lat)}" lon="${coord(point.lng)}">`,
        `    <time>${stop.arrivalUtc}</time>`,
        `    <name>${escapeXml(displayName(stop.place))}</name>`,
        `    <desc>${escapeXml(stopDescription(stop))}</desc>`,
        `    <type>${escapeXml(stop.place.kind)}</type>`,
        "  </wpt>",
      );
    }
  }
  const originName = escapeXml(displayName(origin));
  const originPt = (time: string) => [
    `    <rtept lat="${coord(origin.lat)}" lon="${coord(origin.lng)}">`,
    `      <time>${time}</time>`,
    `      <name>${originName}</name>`,
    "    </rtept>",
  ];
  for (const day of schedule.days) {
    lines.push(
      "  <rte>",
      `    <name>${escapeXml(`Day ${day.day} (${day.date})`)}</name>`,
      `    <desc>${escapeXml(`${day.start}–${day.end} UTC+8, about ${(day.distanceM / 1000).toFixed(1)} km`)}</desc>`,
      `    <number>${day.day}</number>`,
      ...originPt(day.startUtc),
    );
    for (const stop of day.stops) {
      const point = stop.place.point;
      if (point === null) continue;
      lines.push(
        `    <rtept lat="${coord(point.lat)}" lon="${coord(point.lng)}">`,
        `      <time>${stop.arrivalUtc}</time>`,
        `      <name>${escapeXml(displayName(stop.place))}</name>`,
        "    </rtept>",
      );
    }
    if (day.returnLeg !== null) lines.push(...originPt(day.endUtc));
    lines.push("  </rte>");
  }
  lines.push("</gpx>", "");
  return lines.join("\n");
}
