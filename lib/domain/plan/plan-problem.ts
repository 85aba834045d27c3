// What went wrong while reading a plan link (decodePlan, filterKnownStops, readPlanParam), as codes
// with their data; lib/domain/messages-problems.ts says it in words, in Chinese and English.
//
// Values from the link are carried as they were written, shown as JSON (`"x"`, `7`, `[500,0]`) and
// cut to 40 characters; a list keeps its first LISTED_ITEMS entries in `items` and the full size
// in `count`.
import type { TravelMode } from "./travel-model";

const LISTED_ITEMS = 5;

/** A bounded list of offending values: the first few of them and how many there were. */
export interface ListedItems {
  readonly items: readonly string[];
  readonly count: number;
}

export type PlanProblem =
  // The link gives no plan at all.
  | { readonly code: "empty" | "unreadable" | "no-version" | "not-a-plan" }
  | { readonly code: "too-long"; readonly length: number; readonly max: number }
  | { readonly code: "unsupported-version"; readonly version: number; readonly supported: number }
  | { readonly code: "damaged"; readonly reason: "base64url" | "utf-8" | "json" }
  // Parts of the plan were dropped or replaced by a default.
  | ({ readonly code: "unknown-fields" | "invalid-stops" | "repeated-stops" | "dropped-visit-minutes" } & ListedItems)
  | { readonly code: "no-stop-list" | "stops-not-a-list" | "pins-not-a-list" | "invalid-visit-minutes" }
  | { readonly code: "too-many-stops"; readonly count: number; readonly max: number }
  | { readonly code: "dropped-pins"; readonly count: number }
  | { readonly code: "start-missing" }
  | { readonly code: "invalid-start"; readonly value: string }
  | { readonly code: "return-missing" | "invalid-return" }
  /** `fallback` null: there was no date to fall back on, so there is no plan. */
  | { readonly code: "date-missing"; readonly fallback: string | null }
  | { readonly code: "invalid-date"; readonly value: string; readonly fallback: string | null }
  | { readonly code: "start-time-missing"; readonly fallback: string }
  | { readonly code: "invalid-start-time"; readonly value: string; readonly fallback: string }
  | { readonly code: "mode-missing"; readonly fallback: TravelMode }
  | { readonly code: "unknown-mode"; readonly value: string; readonly fallback: TravelMode }
  | { readonly code: "days-capped"; readonly requested: number; readonly max: number }
  | { readonly code: "days-missing"; readonly fallback: number }
  | { readonly code: "invalid-days"; readonly value: string; readonly fallback: number }
  // filterKnownStops: names of places the guide does not know.
  | ({ readonly code: "unknown-places" } & ListedItems)
  | { readonly code: "unknown-start-place"; readonly slug: string };

/** The first LISTED_ITEMS values and the count. */
export function listItems(values: readonly string[]): ListedItems {
  return { items: values.slice(0, LISTED_ITEMS), count: values.length };
}
