// The reviewed data file (data/guide-data.json) and its validation. prisma/seed.ts parses the file
// with validateGuideData() before anything is written, so a bad file never reaches the database.
import { z } from "zod";
import { LOCATION_PRECISIONS, PLACE_KINDS, PLACE_STATUSES, SOURCE_CONFIDENCES, VISIT_WINDOWS } from "./place-kinds";
import { slugSchema as slug } from "./slug-schema";
import { urlHost } from "./source-hosts";
import { isInTownshipArea } from "./township-area";
import { precisionHasOwnPoint } from "./known-spot";

const zhText = z.string().trim().min(1).max(4000);
const enText = z.string().trim().min(1).max(4000);
/** A link a visitor may follow: http or https only (never javascript:, data:, ftp:, …), with a host. */
const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u) && urlHost(u) !== null, "source URLs must be http(s)");

const sourceSchema = z
  .object({
    key: slug,
    title: z.string().trim().min(1).max(300),
    publisher: z.string().trim().min(1).max(200).optional(),
    /**
     * Omitted for a print publication with no known web page (then title and publisher say where),
     * and for a text seen only in a republished copy (publisherPageUnknown): a copy is never linked.
     */
    url: httpUrl.optional(),
    /** true: seen only in a republished copy; the publisher's own page is not known (no url). */
    publisherPageUnknown: z.literal(true).optional(),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "published is YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
    confidence: z.enum(SOURCE_CONFIDENCES),
  })
  .strict();

const villageSchema = z
  .object({
    code12: z.string().regex(/^430821211\d{3}$/, "village codes of 三官寺 start 430821211"),
    slug,
    nameZh: zhText,
    nameEn: enText,
    pinyin: z.string().trim().min(1).max(100),
  })
  .strict();

const locationSchema = z
  .object({
    /** WGS-84; given only for an exact or approximate location (a point with a source). */
    lat: z.number().finite().optional(),
    lng: z.number().finite().optional(),
    precision: z.enum(LOCATION_PRECISIONS),
    /** How far (metres) the real spot may be from its point (the village's point for a village-level place). */
    radiusM: z.number().int().min(0).max(20000),
    noteZh: zhText,
    noteEn: enText,
  })
  .strict()
  .refine((l) => (l.lat === undefined) === (l.lng === undefined), { message: "give both lat and lng, or neither" })
  .refine((l) => !precisionHasOwnPoint(l.precision) || l.lat !== undefined, {
    message: "an exact or approximate location needs its point (lat, lng)",
  })
  .refine((l) => precisionHasOwnPoint(l.precision) || l.lat === undefined, {
    message: "a village- or township-level location has no point of its own: leave out lat/lng (no invented points)",
  })
  .refine((l) => l.lat === undefined || l.lng === undefined || isInTownshipArea(l.lng, l.lat), {
    message: "coordinates must lie inside the township's area (check lat/lng order)",
  })
  .refine((l) => l.precision !== "exact" || l.radiusM <= 100, {
    message: "an exact location must have radiusM ≤ 100",
  });

const placeSourceRefSchema = z
  .object({ key: slug, note: z.string().trim().min(1).max(500).optional() })
  .strict();

const placeSchema = z
  .object({
    slug,
    kind: z.enum(PLACE_KINDS),
    red: z.boolean(),
    nameZh: zhText,
    nameEn: enText.optional(),
    pinyin: z.string().trim().min(1).max(200),
    village: z.nullable(slug),
    status: z.enum(PLACE_STATUSES),
    statusYear: z.number().int().min(1900).max(2100).optional(),
    statusNoteZh: zhText.optional(),
    statusNoteEn: enText.optional(),
    summaryZh: z.string().trim().min(1).max(200),
    summaryEn: z.string().trim().min(1).max(300).optional(),
    descriptionZh: zhText,
    descriptionEn: enText.optional(),
    location: locationSchema,
    visitMinutes: z.number().int().min(5).max(600).optional(),
    /** true: the visit length is the guide's own estimate (no source gives one). Required with visitMinutes. */
    visitMinutesEstimated: z.boolean().optional(),
    /** When the place can be visited as far as its sources tell (place-kinds.ts VISIT_WINDOWS). */
    visitWindow: z.enum(VISIT_WINDOWS),
    openingHours: z.string().trim().min(1).max(200).optional(),
    studyNoteZh: zhText.optional(),
    studyNoteEn: enText.optional(),
    sources: z.array(placeSourceRefSchema).min(1, "every place needs at least one source"),
  })
  .strict();

const routeStopSchema = z
  .object({
    place: z.optional(slug),
    nameZh: zhText,
    nameEn: enText.optional(),
    noteZh: zhText.optional(),
    noteEn: enText.optional(),
    inTownship: z.boolean(),
  })
  .strict();

const routeSchema = z
  .object({
    slug,
    nameZh: zhText,
    nameEn: enText.optional(),
    summaryZh: zhText,
    summaryEn: enText.optional(),
    red: z.boolean(),
    stops: z.array(routeStopSchema).min(2),
    sources: z.array(slug).min(1, "every route needs at least one source"),
  })
  .strict();

export const guideDataSchema = z
  .object({
    sources: z.array(sourceSchema).min(1),
    villages: z.array(villageSchema),
    places: z.array(placeSchema),
    routes: z.array(routeSchema),
  })
  .strict();

export type GuideData = z.infer<typeof guideDataSchema>;
export type GuideDataPlace = z.infer<typeof placeSchema>;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Parses and cross-checks the data file; throws one Error listing every problem found. */
export function validateGuideData(input: unknown): GuideData {
  const parsed = guideDataSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new Error(`guide data is invalid:\n${lines.join("\n")}`);
  }
  const data = parsed.data;
  const problems: string[] = [];
  const sourceKeys = new Set(data.sources.map((s) => s.key));
  const villageSlugs = new Set(data.villages.map((v) => v.slug));
  const placeSlugs = new Set(data.places.map((p) => p.slug));
  for (const d of duplicates(data.sources.map((s) => s.key))) problems.push(`duplicate source key "${d}"`);
  for (const d of duplicates(data.villages.map((v) => v.slug))) problems.push(`duplicate village slug "${d}"`);
  for (const d of duplicates(data.villages.map((v) => v.code12))) problems.push(`duplicate village code "${d}"`);
  for (const d of duplicates(data.places.map((p) => p.slug))) problems.push(`duplicate place slug "${d}"`);
  for (const d of duplicates(data.routes.map((r) => r.slug))) problems.push(`duplicate route slug "${d}"`);
  for (const s of data.sources)
    if (s.publisherPageUnknown && s.url !== undefined) problems.push(`source "${s.key}": publisherPageUnknown goes without a url (a copy is never linked)`);
  for (const p of data.places) {
    if (p.village !== null && !villageSlugs.has(p.village)) problems.push(`place "${p.slug}": unknown village "${p.village}"`);
    for (const s of p.sources) if (!sourceKeys.has(s.key)) problems.push(`place "${p.slug}": unknown source "${s.key}"`);
    if (p.kind === "red" && !p.red) problems.push(`place "${p.slug}": kind red must have red: true`);
    if ((p.visitMinutes === undefined) !== (p.visitMinutesEstimated === undefined))
      problems.push(`place "${p.slug}": visitMinutes and visitMinutesEstimated go together`);
    if (p.visitWindow === "hours" && p.openingHours === undefined)
      problems.push(`place "${p.slug}": visitWindow "hours" needs openingHours`);
  }
  for (const r of data.routes) {
    for (const s of r.sources) if (!sourceKeys.has(s)) problems.push(`route "${r.slug}": unknown source "${s}"`);
    for (const st of r.stops)
      if (st.place !== undefined && !placeSlugs.has(st.place)) problems.push(`route "${r.slug}": unknown place "${st.place}"`);
  }
  if (problems.length > 0) throw new Error(`guide data is invalid:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  return data;
}
