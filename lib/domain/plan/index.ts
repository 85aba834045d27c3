// Public API of the visit planner's pure domain code.
export { displayName, type PlanOrigin, type PlanPlace } from "./plan-place";
export {
  DEFAULT_TRAVEL_MODEL,
  TRAVEL_MODES,
  estimateLeg,
  estimateLegExact,
  straightLineMetres,
  type LegEstimate,
  type TravelMode,
  type TravelModeParams,
  type TravelModel,
} from "./travel-model";
export { buildTravelMatrix } from "./distance-matrix";
export { isValidOrder, normalizeOrderProblem, type OrderProblemInput, type PinnedStops } from "./order-problem";
export { tourCost, type TourCostOptions } from "./tour-cost";
export { EXACT_MAX_STOPS } from "./exact-order";
export { orderStops, type OrderStopsOptions, type OrderStopsResult } from "./order-stops";
export { bruteForceOrder } from "./brute-force-order";
export {
  CHINA_UTC_OFFSET_MINUTES,
  addDays,
  formatClock,
  isIsoDate,
  localToUtcIso,
  parseClock,
} from "./local-time";
export { sunsetAt, sunsetMinutes } from "./sunset-at";
export { isWithinOpeningHours, parseOpeningHours, type OpeningWindow } from "./opening-hours";
export {
  DEFAULT_VISIT_MINUTES,
  schedulePlan,
  type PlanSchedule,
  type ScheduledDay,
  type ScheduledStop,
  type SchedulePlanOptions,
} from "./schedule-plan";
export {
  afterSunsetWarning,
  daysReducedWarning,
  openingHoursWarning,
  pastMidnightWarning,
  planWarnings,
  type PlanWarning,
} from "./plan-warnings";
export { LISTED_ITEMS, listItems, type ListedItems, type PlanProblem } from "./plan-problem";
export {
  DEFAULT_START_TIME,
  MAX_PLAN_CODE_LENGTH,
  MAX_PLAN_DAYS,
  MAX_PLAN_STOPS,
  MAX_VISIT_MINUTES,
  MIN_VISIT_MINUTES,
  PLAN_CODEC_VERSION,
  decodePlan,
  encodePlan,
  visitPlanSchema,
  type DecodePlanOptions,
  type DecodedPlan,
  type PlanStart,
  type VisitPlan,
} from "./plan-codec";
export { filterKnownStops } from "./filter-known-stops";
export { escapeXml, exportGpx, type ExportGpxOptions } from "./export-gpx";
export { ICS_PRODID, escapeIcsText, exportIcs, foldIcsLine, type ExportIcsOptions } from "./export-ics";
export { exportGeoJson, type DayFeatureProperties, type PlanFeature, type StopFeatureProperties } from "./export-geojson";
export { AMAP_SOURCE, amapNavigationUrl, amapRouteLinks, type AmapPoint, type AmapRouteLinks } from "./amap-route-link";
export { SEAT_ORIGIN, resolvePlan, schedulePlanFor, toPlanPlace, type ResolvedPlan } from "./resolve-plan";
export { bestPlanOrder, type BestOrderInput, type BestOrderResult } from "./best-plan-order";
export { addStop, chinaToday, emptyPlan, loadStops, moveStop, removeStop, setVisitMinutes, togglePin } from "./edit-plan";
export { readPlanParam } from "./read-plan-param";
