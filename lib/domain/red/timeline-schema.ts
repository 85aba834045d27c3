// The reviewed timeline of Yuan Renyuan's life (data/yuan-renyuan-timeline.json) and its validation.
// Every entry cites ≥ 1 source of data/guide-data.json by key and may link places of that file by
// slug; timelineSchemaFor(guide) checks both, so a typo never reaches the page.
import { z } from "zod";
import type { GuideData } from "../guide-data-schema";
import { slugSchema as slug } from "../slug-schema";

const label = z.string().trim().min(1).max(40);
const text = z.string().trim().min(1).max(1000);

/** Machine-readable date, only as precise as the sources are: YYYY, YYYY-MM or YYYY-MM-DD. */
const TIMELINE_DATE_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export const timelineEntrySchema = z
  .object({
    id: slug,
    /** Order of the entries (ascending); undated entries ("later") sit where the sources put them. */
    sortKey: z.number().int().min(0),
    /** Omitted when the sources give no date (the label then says "later", "on the Long March", …). */
    date: z.string().regex(TIMELINE_DATE_PATTERN, "date is YYYY, YYYY-MM or YYYY-MM-DD").optional(),
    dateLabelZh: label,
    dateLabelEn: label,
    textZh: text,
    textEn: text,
    /** Places of the guide this entry is about (links to /places/<slug>). */
    places: z.array(slug).optional(),
    sources: z.array(slug).min(1, "every entry needs at least one source"),
    /** Says which source supports which part, when they differ. */
    sourceNoteZh: text.optional(),
    sourceNoteEn: text.optional(),
  })
  .strict();

export const timelineFileSchema = z.object({ entries: z.array(timelineEntrySchema).min(1) }).strict();

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type TimelineFile = z.infer<typeof timelineFileSchema>;

/** What the cross-checks need from the guide data file. */
export type TimelineGuideRefs = { sources: readonly Pick<GuideData["sources"][number], "key">[]; places: readonly { slug: string }[] };

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Problems a parsed timeline has against the guide data (empty when it is consistent). */
function timelineProblems(file: TimelineFile, guide: TimelineGuideRefs): string[] {
  const problems: string[] = [];
  const sourceKeys = new Set(guide.sources.map((s) => s.key));
  const placeSlugs = new Set(guide.places.map((p) => p.slug));
  const { entries } = file;
  for (const d of duplicates(entries.map((e) => e.id))) problems.push(`duplicate entry id "${d}"`);
  for (const d of duplicates(entries.map((e) => String(e.sortKey)))) problems.push(`duplicate sortKey ${d}`);
  for (const e of entries) {
    for (const k of e.sources) if (!sourceKeys.has(k)) problems.push(`entry "${e.id}": unknown source "${k}"`);
    for (const d of duplicates(e.sources)) problems.push(`entry "${e.id}": source "${d}" cited twice`);
    const places = e.places ?? [];
    for (const s of places) if (!placeSlugs.has(s)) problems.push(`entry "${e.id}": unknown place "${s}"`);
    for (const d of duplicates(places)) problems.push(`entry "${e.id}": place "${d}" linked twice`);
    if ((e.sourceNoteZh === undefined) !== (e.sourceNoteEn === undefined))
      problems.push(`entry "${e.id}": sourceNoteZh and sourceNoteEn go together`);
    const year = e.date?.slice(0, 4);
    if (year !== undefined && (!e.dateLabelZh.includes(year) || !e.dateLabelEn.includes(year)))
      problems.push(`entry "${e.id}": both date labels must show the year ${year}`);
  }
  // Dated entries, in sortKey order, must not go back in time.
  const dated = [...entries].sort((a, b) => a.sortKey - b.sortKey).filter((e) => e.date !== undefined);
  for (let i = 1; i < dated.length; i++) {
    const prev = dated[i - 1]!;
    const cur = dated[i]!;
    if (cur.date! < prev.date!.slice(0, cur.date!.length))
      problems.push(`entry "${cur.id}" (${cur.date}) is sorted after "${prev.id}" (${prev.date})`);
  }
  return problems;
}

/** The zod schema of the timeline file, cross-checked against the guide data file. */
export function timelineSchemaFor(guide: TimelineGuideRefs) {
  return timelineFileSchema.superRefine((file, ctx) => {
    for (const message of timelineProblems(file, guide)) ctx.addIssue({ code: "custom", message });
  });
}

/** Parses and cross-checks the timeline; throws one Error listing every problem. Entries come back sorted. */
export function validateTimeline(input: unknown, guide: TimelineGuideRefs): TimelineFile {
  const parsed = timelineSchemaFor(guide).safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`);
    throw new Error(`timeline is invalid:\n${lines.join("\n")}`);
  }
  return { entries: [...parsed.data.entries].sort((a, b) => a.sortKey - b.sortKey) };
}
