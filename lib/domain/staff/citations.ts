import { z } from "zod";
import type { FieldValue } from "./place-diff";

// A place's cited sources as ONE revision field, "citations": the sorted list of { key, note }
// (the note says what the source was cited for), stored in a revision as a JSON string so a
// revision records old -> new like any other field and a restore writes the old list back
// (a removed citation comes back with its note). The data layer keeps the PlaceSource rows equal
// to this list.
//
// Removing a citation is refused when a fact rests on it alone: the place's location source or
// status source (Place.locationSourceId / statusSourceId, set when a location or status change
// names its source) cannot be removed while it is that; nor can the last citation of a place
// (every place shows at least one source).

export type Citation = { key: string; note: string | null };

const citationListSchema = z.array(z.tuple([z.string(), z.string().nullable()]));

/** The canonical text of a list of citations: sorted by key, one entry per key. */
export function encodeCitations(list: readonly Citation[]): string {
  const byKey = new Map(list.map((c) => [c.key, c.note]));
  const keys = [...byKey.keys()].sort();
  return JSON.stringify(keys.map((k) => [k, byKey.get(k) ?? null]));
}

/** The list in a stored value; anything else (an old revision, a hand edit) reads as no citations. */
export function decodeCitations(value: FieldValue): Citation[] {
  if (typeof value !== "string") return [];
  try {
    const parsed = citationListSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data.map(([key, note]) => ({ key, note })) : [];
  } catch {
    return [];
  }
}

/** Adds a citation unless the key is already cited (its note then stays as it was). */
export function addCitation(value: string, citation: Citation): string {
  const list = decodeCitations(value);
  return list.some((c) => c.key === citation.key) ? value : encodeCitations([...list, citation]);
}

/** The keys a form asks to remove: distinct source keys, at most 100. Errors under "removeSources". */
export const removeSourcesSchema = z
  .array(z.string({ error: "invalid" }).trim().min(1, "invalid").max(120, "invalid"), { error: "invalid" })
  .max(100, "invalid")
  .refine((keys) => new Set(keys).size === keys.length, "invalid");

export type RemoveRefusal = "not_cited" | "source_for_location" | "source_for_status" | "last_source";

export type RemoveResult = { ok: true; value: string } | { ok: false; code: RemoveRefusal; key: string };

/**
 * The citations after removing `keys`, or why not: a key that is not cited, the source the
 * location or the status rests on, or the place's last citation.
 */
export function removeCitations(
  value: string,
  keys: readonly string[],
  relied: { locationSource: string | null; statusSource: string | null },
): RemoveResult {
  const list = decodeCitations(value);
  for (const key of keys) {
    if (!list.some((c) => c.key === key)) return { ok: false, code: "not_cited", key };
    if (key === relied.locationSource) return { ok: false, code: "source_for_location", key };
    if (key === relied.statusSource) return { ok: false, code: "source_for_status", key };
  }
  const kept = list.filter((c) => !keys.includes(c.key));
  if (keys.length > 0 && kept.length === 0) return { ok: false, code: "last_source", key: keys[keys.length - 1] as string };
  return { ok: true, value: encodeCitations(kept) };
}
