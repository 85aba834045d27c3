// Staff accounts for end-to-end tests: made with the real `user:add` command against this run's
// database, and signed in through the real form handler, so the tests use the same path as staff.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { e2eDatabaseUrl, e2ePort, PROJECT_ROOT } from "./e2e-paths";
import type { PlaceFormValues } from "../../lib/domain/staff/place-form";
import { VALID } from "../../lib/test-support/place-form-values";

export type StaffAccount = { name: string; password: string; role: "editor" | "admin" };

const made = new Set<string>();

/**
 * A staff account unique to this test run (name prefix + worker-unique suffix), created once per
 * worker with `npm run user:add`'s script, the password on standard input.
 */
export function staffAccount(prefix: string, role: StaffAccount["role"]): StaffAccount {
  const name = `${prefix}-${role}-${process.pid}`;
  const account = { name, password: `pw-${name}-long-enough`, role };
  if (made.has(name)) return account;
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts", "user-add.ts"), "--name", name, "--role", role], {
    cwd: PROJECT_ROOT,
    input: account.password,
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    encoding: "utf8",
  });
  if (run.status !== 0 && !run.stderr.includes("already exists")) throw new Error(`user:add failed: ${run.stderr}`);
  made.add(name);
  return account;
}

/** The Origin header of this run's server (staff writes require one). */
export function origin(baseURL: string | undefined): string {
  return new URL(baseURL ?? `http://127.0.0.1:${e2ePort()}`).origin;
}

/** Signs the page's browser context in (its cookie jar gets the session cookie). */
export async function signIn(page: Page, account: StaffAccount, baseURL?: string): Promise<void> {
  const response = await page.request.post("/api/staff/sign-in", {
    data: { name: account.name, password: account.password },
    headers: { Origin: origin(baseURL) },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Signs a bare API context in (for route-handler tests without a page). */
export async function signInRequest(request: APIRequestContext, account: StaffAccount, baseURL?: string): Promise<void> {
  const response = await request.post("/api/staff/sign-in", {
    data: { name: account.name, password: account.password },
    headers: { Origin: origin(baseURL) },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A new lodging with nothing known but its name: township precision, unknown status. */
const NEW_LODGING: PlaceFormValues = {
  ...VALID,
  nameEn: null,
  pinyin: "minsu",
  kind: "lodging",
  status: "unknown",
  statusYear: null,
  summaryZh: "端到端测试民宿",
  summaryEn: null,
  descriptionZh: "测试",
  visitMinutes: null,
  lat: null,
  lng: null,
  precision: "township",
  radiusM: 5000,
  locationNoteZh: "未知",
};

/**
 * Creates a place through POST /api/staff/places, the write the staff form makes (validated the
 * same way); `values` override those of a new lodging. The page must be signed in.
 */
export function createPlaceThroughStaffRoute(
  page: Page,
  baseURL: string | undefined,
  slug: string,
  values: Partial<PlaceFormValues>,
  source?: { type: "survey"; surveyedOn: string },
) {
  return page.request.post("/api/staff/places", {
    headers: { Origin: origin(baseURL) },
    data: { lang: "zh", slug, values: { ...NEW_LODGING, ...values }, ...(source ? { source } : {}) },
  });
}
