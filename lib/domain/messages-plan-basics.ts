import type { Lang } from "./i18n";

// The planner's strings that the first view of a map page shows: its tab, the list's "add to plan"
// buttons and the name of a start at the visitor's position. The planner's panel, loaded later,
// has the rest (messages-plan.ts).
const zh = {
  tabPlaces: "地点",
  tabPlan: "我的行程",
  planHeading: "我的行程",
  addToPlan: "加入行程",
  inPlan: "已在行程中",
  removeFromPlan: "移出行程",
  startMine: "我的位置",
};

export type PlanBasicMessages = typeof zh;

const en: PlanBasicMessages = {
  tabPlaces: "Places",
  tabPlan: "My plan",
  planHeading: "My plan",
  addToPlan: "Add to plan",
  inPlan: "In your plan",
  removeFromPlan: "Remove from plan",
  startMine: "My location",
};

export function planBasicMessages(lang: Lang): PlanBasicMessages {
  return lang === "en" ? en : zh;
}
