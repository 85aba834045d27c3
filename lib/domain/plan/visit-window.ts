// When a stop may be visited, in minutes after local midnight: the planner's reading of a place's
// visit window (lib/domain/place-kinds.ts VISIT_WINDOWS). layOutDays waits at a stop until its
// window opens; a daytime stop that would end after the evening start is reported (plan-warnings.ts);
// bestPlanOrder puts evening-only stops last.
import type { VisitWindow } from "../place-kinds";
import { parseOpeningHours } from "./opening-hours";

/**
 * The guide's assumption, not a sourced fact: "evening" starts at 18:00 local time (UTC+8). No
 * source gives the hours of 九歌山鬼's night tour (夜游); the UI says this time is an assumption.
 */
export const EVENING_START_MINUTES = 18 * 60;

export interface VisitBounds {
  /** The visit cannot start before this (minutes after midnight); null = no lower bound. */
  readonly earliestStart: number | null;
  /** The visit must end by this; null = no upper bound. */
  readonly latestEnd: number | null;
}

const FREE: VisitBounds = { earliestStart: null, latestEnd: null };

/** The bounds of a visit window; "hours" uses openingHours when it reads as one daytime window. */
export function visitBounds(window: VisitWindow | undefined, openingHours: string | null): VisitBounds {
  switch (window) {
    case "evening":
      return { earliestStart: EVENING_START_MINUTES, latestEnd: null };
    case "daytime":
      return { earliestStart: null, latestEnd: EVENING_START_MINUTES };
    case "hours": {
      const hours = openingHours === null ? null : parseOpeningHours(openingHours);
      // A window running past midnight is left to the opening-hours warnings.
      return hours !== null && hours.close > hours.open ? { earliestStart: hours.open, latestEnd: hours.close } : FREE;
    }
    default:
      return FREE;
  }
}

/** When the visit starts if the stop is reached at `reached`: at once, or when its window opens (same day). */
export function visitStartAt(bounds: VisitBounds, reached: number): number {
  return bounds.earliestStart !== null && reached < bounds.earliestStart ? bounds.earliestStart : reached;
}
