import { PLACE_FORM_FIELDS, type PlaceFormField, type PlaceValues } from "./place-form";
import { LOCATION_FIELDS, STATUS_FIELDS } from "./place-diff";

// The edit form's state in the browser: every field as the text its input holds ("" for empty;
// two checkboxes as booleans). The server parses it with placeFormSchema (numbers from text,
// "" as null), so what is posted is exactly what the inputs show.

export type FormState = Record<PlaceFormField, string | boolean>;

export function toFormState(values: PlaceValues): FormState {
  const state = {} as FormState;
  for (const field of PLACE_FORM_FIELDS) {
    const v = values[field];
    state[field] = typeof v === "boolean" ? v : v === null ? "" : String(v);
  }
  return state;
}

/** Fields whose input differs from `base`, in form order. */
export function changedFields(base: FormState, state: FormState): PlaceFormField[] {
  return PLACE_FORM_FIELDS.filter((f) => normalise(base[f]) !== normalise(state[f]));
}

function normalise(v: string | boolean): string | boolean {
  return typeof v === "string" ? v.trim() : v;
}

/** Whether the form's changes need a source (location or status). */
export function stateNeedsSource(base: FormState, state: FormState): boolean {
  const watched = new Set<string>([...LOCATION_FIELDS, ...STATUS_FIELDS]);
  return changedFields(base, state).some((f) => watched.has(f));
}

/**
 * Re-applying my edit on top of a newer version (after a conflict): every field I changed from my
 * base keeps my value, every other field takes the newer saved value. Nothing of either is lost:
 * the fields both changed show mine, and the conflict view lists theirs beside them.
 */
export function reapply(base: FormState, mine: FormState, theirs: FormState): FormState {
  const out = { ...theirs };
  for (const f of changedFields(base, mine)) out[f] = mine[f];
  return out;
}
