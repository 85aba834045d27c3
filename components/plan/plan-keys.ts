// Where the plan is kept in the browser: the localStorage key. (The URL parameter is PLAN_PARAM in
// lib/domain/plan/plan-param.ts, shared with the server pages.)
export const PLAN_STORAGE_KEY = "sanguansi-guide:plan";
