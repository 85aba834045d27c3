import { PLACE_FIELDS, type PlaceField, type PlaceValues } from "./place-form";

// A revision's changes: each field whose value differs, old -> new (JSON scalars). Stored as the
// Revision's `changes` JSON, shown on the history page, and walked back by a restore.

export type FieldValue = string | number | boolean | null;
export type FieldChange = { field: PlaceField | "archived"; old: FieldValue; new: FieldValue };

/** The fields that differ between two states of a place, in form order. */
export function diffPlace(before: PlaceValues, after: PlaceValues): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of PLACE_FIELDS) {
    if (!Object.is(before[field], after[field])) changes.push({ field, old: before[field], new: after[field] });
  }
  return changes;
}

/** Fields whose change must name a source (and a precision, which the form always carries). */
export const LOCATION_FIELDS: readonly PlaceField[] = ["lat", "lng", "precision", "radiusM"];
export const STATUS_FIELDS: readonly PlaceField[] = ["status", "statusYear"];

export function changesLocation(changes: readonly FieldChange[]): boolean {
  return changes.some((c) => (LOCATION_FIELDS as readonly string[]).includes(c.field));
}
export function changesStatus(changes: readonly FieldChange[]): boolean {
  return changes.some((c) => (STATUS_FIELDS as readonly string[]).includes(c.field));
}

/** Parses a stored `changes` JSON; an entry that is not { field, old, new } with scalar values is dropped. */
export function parseChanges(json: string): FieldChange[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const scalar = (v: unknown): v is FieldValue => v === null || ["string", "number", "boolean"].includes(typeof v);
  const known = new Set<string>([...PLACE_FIELDS, "archived"]);
  return raw.flatMap((c: unknown) => {
    if (typeof c !== "object" || c === null) return [];
    const { field, old, new: next } = c as Record<string, unknown>;
    if (typeof field !== "string" || !known.has(field) || !scalar(old) || !scalar(next)) return [];
    return [{ field: field as FieldChange["field"], old, new: next }];
  });
}
