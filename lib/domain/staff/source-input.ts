import { z } from "zod";
import { SOURCE_CONFIDENCES } from "../place-kinds";
import { changesLocation, changesStatus, type FieldChange } from "./place-diff";
import { fieldErrorsOf, optionalText, requiredText, type FormResult } from "./place-form";

// The source rule: a change of location (lat, lng, precision, radius) or of status (status, year)
// must name its source. The precision is always part of the form, so naming a source is what the
// rule adds. A source is an existing one (by key) or a new one:
//   - a publication: title, publisher, URL (http or https only: no javascript:, data:, …); or, for a
//     text seen only in a republished copy, no URL and publisherPageUnknown (a copy is never
//     linked; the publisher may then be left out when the copy does not name one);
//   - a survey: "surveyed on site by <user> on <date>" (kind survey, url null; the user is the
//     signed-in staff member, never typed).

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An absolute http(s) URL, nothing else (javascript:, data:, vbscript:, relative, spaces). */
export function isHttpUrl(value: string): boolean {
  if (value !== value.trim() || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/** A blank text field is null. */
const blankToNull = (v: unknown) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v);

const publicationSchema = z
  .strictObject({
    type: z.literal("publication"),
    title: requiredText(300),
    publisher: optionalText(200),
    url: z.preprocess(blankToNull, z.string().nullable()),
    publisherPageUnknown: z.boolean({ error: "invalid" }).default(false),
    published: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().regex(ISO_DATE, "date").nullable()),
    confidence: z.enum(SOURCE_CONFIDENCES, { error: "choice" }),
  })
  .superRefine((v, ctx) => {
    if (v.publisherPageUnknown) {
      if (v.url !== null) ctx.addIssue({ code: "custom", path: ["url"], message: "url_with_unknown_page" });
      return;
    }
    if (v.url === null || !isHttpUrl(v.url)) ctx.addIssue({ code: "custom", path: ["url"], message: "http_url" });
    if (v.publisher === null) ctx.addIssue({ code: "custom", path: ["publisher"], message: "required" });
  });

export const sourceInputSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("existing"), key: z.string({ error: "required" }).trim().min(1, "required").max(120, "max:120") }),
    publicationSchema,
    z.strictObject({
      type: z.literal("survey"),
      surveyedOn: z.string({ error: "required" }).regex(ISO_DATE, "date").refine((d) => !Number.isNaN(Date.parse(d)), "date"),
    }),
  ],
  { error: "choice" },
);

export type SourceInput = z.output<typeof sourceInputSchema>;

/** Field errors are keyed "source.<field>" ("source.url": "http_url"). */
export function parseSourceInput(input: unknown): FormResult<SourceInput> {
  const parsed = sourceInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = fieldErrorsOf(parsed.error, "source.");
  if (errors._form !== undefined) return { ok: false, errors: { "source.type": errors._form } };
  return { ok: false, errors };
}

/** Whether these changes must name a source: any change of location or status. */
export function needsSource(changes: readonly FieldChange[]): boolean {
  return changesLocation(changes) || changesStatus(changes);
}

/** A survey's title, in both languages (it is shown to visitors as the source's title). */
export function surveyTitle(userName: string, date: string): string {
  return `${userName} 于 ${date} 实地核查 / Surveyed on site by ${userName} on ${date}`;
}
