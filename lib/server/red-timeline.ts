import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { validateGuideData, type GuideData } from "@/lib/domain/guide-data-schema";
import { validateTimeline, type TimelineEntry } from "@/lib/domain/red/timeline-schema";

// The reviewed timeline of Yuan Renyuan (data/yuan-renyuan-timeline.json), validated against the
// reviewed guide data file (its source keys and place slugs). The sources it cites come from that
// same file, so a timeline entry and its links always agree. Both files ship with the app and do
// not change while it runs, so they are read and validated once per process.

const DATA_DIR = path.join(process.cwd(), "data");

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(DATA_DIR, file), "utf8")) as unknown;
}

export type YuanRenyuanTimeline = {
  /** Sorted by sortKey. */
  entries: TimelineEntry[];
  /** The guide's sources cited by the entries, in the data file's order. */
  sources: GuideData["sources"];
};

let loaded: Promise<YuanRenyuanTimeline> | null = null;

export function getYuanRenyuanTimeline(): Promise<YuanRenyuanTimeline> {
  loaded ??= loadTimeline().catch((err: unknown) => {
    loaded = null; // a failed read is retried on the next request
    throw err;
  });
  return loaded;
}

async function loadTimeline(): Promise<YuanRenyuanTimeline> {
  const [rawGuide, rawTimeline] = await Promise.all([readJson("guide-data.json"), readJson("yuan-renyuan-timeline.json")]);
  const guide = validateGuideData(rawGuide);
  const { entries } = validateTimeline(rawTimeline, guide);
  const cited = new Set(entries.flatMap((e) => e.sources));
  return { entries, sources: guide.sources.filter((s) => cited.has(s.key)) };
}
