// The vocabularies of the guide: kinds of place, statuses and location precisions, with their
// labels in both languages and the glyph each marker shows (so colour is never the only cue).

export const PLACE_KINDS = [
  "village",
  "scenic",
  "performance",
  "lodging",
  "camp",
  "street",
  "red",
  "service",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PLACE_STATUSES = ["open", "under_construction", "planned", "unknown"] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

/**
 * How well a place's location is known (lib/domain/known-spot.ts draws the consequences):
 * - exact: surveyed or from an authoritative map (within ~50 m); the place has its point
 * - approximate: a sourced estimate of the spot itself (radius says how far off); it has its point
 * - village: only the village is known; no point of its own: it is drawn at its village's point
 *   when that village has one, else it has no known spot
 * - township: only "somewhere in the township" is known; no point, no marker of its own
 */
export const LOCATION_PRECISIONS = ["exact", "approximate", "village", "township"] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/**
 * When a place can be visited, as far as its sources tell (the planner treats it as a constraint;
 * the times are in lib/domain/plan/visit-window.ts):
 * - any: the sources say nothing against any time of day
 * - daytime: daytime only (the visit must end by the evening start)
 * - evening: evening only, e.g. a night tour (夜游): the visit starts at the evening start or later
 * - hours: the place's openingHours apply
 */
export const VISIT_WINDOWS = ["any", "daytime", "evening", "hours"] as const;
export type VisitWindow = (typeof VISIT_WINDOWS)[number];

export const SOURCE_CONFIDENCES = ["high", "medium", "low", "very_low"] as const;
export type SourceConfidence = (typeof SOURCE_CONFIDENCES)[number];

type Label = { zh: string; en: string };

export const KIND_INFO: Record<PlaceKind, Label & { glyph: string; color: string }> = {
  village: { zh: "行政村", en: "Village", glyph: "村", color: "#4b6b3a" },
  scenic: { zh: "景区景点", en: "Scenic area", glyph: "景", color: "#1f6f8b" },
  performance: { zh: "演艺·夜游", en: "Show / night tour", glyph: "演", color: "#6a3d9a" },
  lodging: { zh: "酒店民宿", en: "Hotel / homestay", glyph: "宿", color: "#8a5a00" },
  camp: { zh: "营地", en: "Camp", glyph: "营", color: "#2e7d32" },
  street: { zh: "街区市集", en: "Street / market", glyph: "街", color: "#a0522d" },
  red: { zh: "红色旅游", en: "Red tourism", glyph: "红", color: "#b71c1c" },
  service: { zh: "公共服务", en: "Public service", glyph: "政", color: "#37474f" },
};

export const STATUS_INFO: Record<PlaceStatus, Label> = {
  open: { zh: "开放", en: "Open" },
  under_construction: { zh: "在建", en: "Under construction" },
  planned: { zh: "规划中", en: "Planned" },
  unknown: { zh: "状态不详", en: "Status unknown" },
};

export const PRECISION_INFO: Record<LocationPrecision, Label> = {
  exact: { zh: "精确位置", en: "Exact location" },
  approximate: { zh: "大致位置（估计）", en: "Approximate location (estimate)" },
  village: { zh: "仅知所在村", en: "Village-level: only the village is known" },
  township: { zh: "仅知在乡域内", en: "Township-level: only known to be in the township" },
};

export const VISIT_WINDOW_INFO: Record<VisitWindow, Label> = {
  any: { zh: "资料未说明时段限制", en: "No time limit known from sources" },
  daytime: { zh: "仅限白天", en: "Daytime only" },
  evening: { zh: "仅限晚上（夜游）", en: "Evening only (night tour)" },
  hours: { zh: "按开放时间", en: "During opening hours" },
};

export function isVisitWindow(value: string): value is VisitWindow {
  return (VISIT_WINDOWS as readonly string[]).includes(value);
}
export function isPlaceKind(value: string): value is PlaceKind {
  return (PLACE_KINDS as readonly string[]).includes(value);
}
export function isPlaceStatus(value: string): value is PlaceStatus {
  return (PLACE_STATUSES as readonly string[]).includes(value);
}
export function isLocationPrecision(value: string): value is LocationPrecision {
  return (LOCATION_PRECISIONS as readonly string[]).includes(value);
}
