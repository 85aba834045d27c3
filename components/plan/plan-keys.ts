// Where the plan is kept: the URL parameter of the map page and the browser's localStorage key.
// (A plain module, so server components can import these constants too.)
export const PLAN_PARAM = "plan";
export const PLAN_STORAGE_KEY = "sanguansi-guide:plan";
