// iCalendar export (RFC 5545): one VEVENT per stop, times in UTC (converted from UTC+8), CRLF line
// endings, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
import { displayName } from "./plan-place";
import type { PlanSchedule, ScheduledStop } from "./schedule-plan";
import type { TravelMode } from "./travel-model";

export interface ExportIcsOptions {
  /** DTSTAMP: when the file is created (default: now). Pass a fixed value for reproducible output. */
  readonly now?: Date;
  /** Domain part of the UIDs (default "sanguansi-guide"). */
  readonly uidDomain?: string;
  readonly calendarName?: string;
  /**
   * Where the places are, in the reader's language, written after each place's name in LOCATION
   * ("老街, <address>"); without it LOCATION is the place's name alone.
   */
  readonly address?: string;
  /**
   * The DESCRIPTION of a stop's event, in the reader's language (the messages' icsStopDescription);
   * without it the events have no DESCRIPTION.
   */
  readonly describeStop?: (stop: ScheduledStop, mode: TravelMode) => string;
}

const ICS_PRODID = "-//sanguansi-guide//Visit planner//EN";

/** Escape a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");
}

/** Fold a content line into ≤ 75-octet lines (continuations start with one space). */
function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n");
}

/** "2026-06-21T01:00:00Z" → "20260621T010000Z". */
function icsUtc(iso: string): string {
  return iso.replace(/[-:]/g, "").replace(/\.\d+/, "");
}

export function exportIcs(schedule: PlanSchedule, options: ExportIcsOptions = {}): string {
  const dtstamp = icsUtc((options.now ?? new Date()).toISOString());
  const domain = options.uidDomain ?? "sanguansi-guide";
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${ICS_PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(options.calendarName ?? "三官寺土家族乡 visit plan")}`,
  ];
  for (const day of schedule.days) {
    for (const stop of day.stops) {
      const p = stop.place;
      lines.push(
        "BEGIN:VEVENT",
        `UID:${day.date}-d${stop.day}-s${stop.order + 1}-${p.slug}@${domain}`,
        `DTSTAMP:${dtstamp}`,
        `DTSTART:${icsUtc(stop.arrivalUtc)}`,
        `DTEND:${icsUtc(stop.departureUtc)}`,
        `SUMMARY:${escapeIcsText(displayName(p))}`,
        `LOCATION:${escapeIcsText(options.address ? `${displayName(p)}, ${options.address}` : displayName(p))}`,
        ...(p.point !== null ? [`GEO:${p.point.lat.toFixed(6)};${p.point.lng.toFixed(6)}`] : []),
        ...(options.describeStop ? [`DESCRIPTION:${escapeIcsText(options.describeStop(stop, schedule.mode))}`] : []),
        "TRANSP:OPAQUE",
        "END:VEVENT",
      );
    }
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join("\r\n") + "\r\n";
}
