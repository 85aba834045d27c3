"use client";
import { createContext, use, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { PlaceSummary } from "@/lib/domain/place";
import type { VisitPlan } from "@/lib/domain/plan/plan-codec";
import type { PlanProblem } from "@/lib/domain/plan/plan-problem";
import { emptyPlan, initialPlanState } from "@/lib/domain/plan/empty-plan";
import type { PlanAction, PlanOptionsChange, PlanState } from "@/lib/domain/plan/plan-reducer";
import { resolvePlan, type ResolvedPlan } from "@/lib/domain/plan/resolve-plan";
import { planParamValue } from "@/lib/domain/plan/plan-param";
import { lazyModule } from "../lazy-module";
import { PLAN_STORAGE_KEY } from "./plan-keys";

// The plan's code (plan-state.ts: the codec, the edits, the reducer) is not part of the first view:
// a visitor without a plan needs only the empty plan. It loads at once when the page has a plan
// (from the server: on the server too, so the plan is in the HTML), after hydration when this
// browser or the address keeps one, and otherwise with the first edit (or the planner's panel).
const planStateModule = lazyModule(() => import("./plan-state"));
type PlanStateModule = Awaited<ReturnType<typeof planStateModule.load>>;

/** The reducer until the plan's code has loaded: no action reaches it (`run` below waits for the code). */
const unchanged = (state: PlanState): PlanState => state;

/** Starts loading the plan's code ahead of an edit (the pointer or the focus reaching the guide). */
export const preloadPlanCode = () => void planStateModule.load().catch(() => undefined);

type PlanApi = {
  plan: VisitPlan;
  code: string;
  resolved: ResolvedPlan;
  problems: PlanProblem[];
  dismissProblems: () => void;
  has: (slug: string) => boolean;
  add: (slug: string) => void;
  remove: (slug: string) => void;
  move: (from: number, to: number) => void;
  togglePin: (index: number) => void;
  setVisit: (slug: string, minutes: number | null) => void;
  setOptions: (change: PlanOptionsChange) => void;
  loadRoute: (slugs: string[]) => void;
  clear: () => void;
  bestOrder: () => Promise<"changed" | "unchanged">;
  ordering: boolean;
  undo: () => void;
  canUndo: boolean;
  /**
   * False while a page with many places is still fetching them (components/use-all-places.ts): the
   * plan kept in this browser is read only once every place is known (a stop not yet known would
   * be dropped as unknown), so nothing may change the plan before then.
   */
  ready: boolean;
  /**
   * Whether the plan's code (plan-state.ts: codec, edits) has loaded. A page starts without it
   * unless it has a plan; the first edit loads it. The planner's panel waits for it (`prepare`).
   */
  loaded: boolean;
  /** Starts loading the plan's code (opening the planner), or tries again after a failed load. */
  prepare: () => void;
  /** The plan's code did not load (a weak signal, say): the edit that asked for it was not made. */
  loadFailed: boolean;
};

const PlanContext = createContext<PlanApi | null>(null);

export function usePlan(): PlanApi {
  const api = useContext(PlanContext);
  if (!api) throw new Error("usePlan() needs a <PlanProvider>");
  return api;
}

/** Whether the address or this browser keeps a plan (read without the plan's code). */
function keepsPlan(): boolean {
  const code = planParamValue(Object.fromEntries(new URLSearchParams(window.location.search)));
  if (code !== undefined && code !== "") return true;
  try {
    return Boolean(window.localStorage.getItem(PLAN_STORAGE_KEY));
  } catch {
    return false;
  }
}

/**
 * The visitor's plan: kept in localStorage and (by the page's URL hook, components/use-guide-url.ts)
 * in the URL as ?plan=… (a compact versioned code), so it survives reloads and a link reopens it.
 * `initialPlan` is what the server decoded from the URL. The plan and its undo history are one
 * value changed by pure actions (lib/domain/plan/plan-reducer.ts).
 */
export function PlanProvider({
  places,
  complete,
  today,
  initialPlan,
  initialProblems,
  children,
}: {
  places: PlaceSummary[];
  /** Whether `places` holds every place, or only a page's first view (use-all-places.ts). */
  complete: boolean;
  today: string;
  initialPlan: VisitPlan | null;
  initialProblems: PlanProblem[];
  children: React.ReactNode;
}) {
  const bySlug = useMemo(() => new Map(places.map((p) => [p.slug, p])), [places]);
  const known = useMemo(() => new Set(places.map((p) => p.slug)), [places]);
  // A plan from the server needs its code for the first render (here and on the server).
  const eager = initialPlan !== null ? use(planStateModule.read()) : null;
  const [later, setLater] = useState<PlanStateModule | null>(null);
  const codeModule = eager ?? later;
  const [{ plan, history }, dispatch] = useReducer(codeModule?.planReducer ?? unchanged, initialPlan ?? emptyPlan(today), initialPlanState);
  const [problems, setProblems] = useState<PlanProblem[]>(initialProblems);
  const [ordering, setOrdering] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const restored = useRef(initialPlan !== null);

  /** Runs `then` with the plan's code, loading it first when needed (one render takes both the code and the action). */
  const withCode = useCallback((then: (m: PlanStateModule) => void) => {
    void planStateModule.load().then(
      (m) => {
        setLater(m);
        setLoadFailed(false);
        then(m);
      },
      // Nothing changes, and the page says so; the next edit (or `prepare`) asks for the code again.
      () => setLoadFailed(true),
    );
  }, []);
  const run = useCallback((action: PlanAction) => (codeModule ? dispatch(action) : withCode(() => dispatch(action))), [codeModule, withCode]);

  // No plan from the server: the one in the address when there is one (an offline copy of the page,
  // kept without its query, reads it here, in the browser), else the one kept in this browser.
  useEffect(() => {
    if (restored.current || !complete) return;
    restored.current = true;
    // localStorage exists only in the browser: it is read after hydration so that the first
    // render matches the server's HTML.
    if (!keepsPlan()) return;
    withCode((m) => {
      const kept = m.readKeptPlan(known, today);
      if (!kept) return;
      dispatch({ type: "restore", plan: kept.plan });
      if (kept.problems.length > 0) setProblems(kept.problems);
    });
  }, [known, today, complete, withCode]);

  const code = useMemo(() => (codeModule ? codeModule.encodePlan(plan) : ""), [codeModule, plan]);

  // Keep the plan in localStorage (the URL is the page's URL hook's).
  useEffect(() => {
    if (!restored.current || !codeModule) return;
    try {
      if (plan.stops.length > 0) window.localStorage.setItem(PLAN_STORAGE_KEY, code);
      else window.localStorage.removeItem(PLAN_STORAGE_KEY);
    } catch {
      // storage full or disabled (private mode): the URL still holds the plan
    }
  }, [plan, code, codeModule]);

  const resolved = useMemo(() => resolvePlan(plan, bySlug), [plan, bySlug]);
  const prepare = useCallback(() => withCode(() => undefined), [withCode]);

  const bestOrder = useCallback(async () => {
    setOrdering(true);
    try {
      // The ordering code (Held–Karp, the heuristic and its moves: about 5 kB gzip) loads on the
      // first click, not with the page.
      const { runBestOrder } = await import("./run-best-order");
      const result = await runBestOrder({ plan, origin: resolved.origin, stops: resolved.stops });
      const changed = result.plan.stops.some((s, i) => s !== plan.stops[i]);
      if (changed) run({ type: "reorder", plan: result.plan });
      return changed ? "changed" : "unchanged";
    } finally {
      setOrdering(false);
    }
  }, [plan, resolved, run]);

  const api: PlanApi = {
    plan,
    code,
    resolved,
    problems,
    dismissProblems: () => setProblems([]),
    has: (slug) => plan.stops.includes(slug),
    add: (slug) => run({ type: "add", slug }),
    remove: (slug) => run({ type: "remove", slug }),
    move: (from, to) => run({ type: "move", from, to }),
    togglePin: (index) => run({ type: "toggle-pin", index }),
    setVisit: (slug, minutes) => run({ type: "set-visit", slug, minutes }),
    setOptions: (change) => run({ type: "set-options", change }),
    loadRoute: (slugs) => run({ type: "load-stops", slugs: slugs.filter((s) => known.has(s)) }),
    clear: () => run({ type: "load-stops", slugs: [] }),
    bestOrder,
    ordering,
    undo: () => run({ type: "undo" }),
    canUndo: history.length > 0,
    ready: complete,
    loaded: codeModule !== null,
    prepare,
    loadFailed,
  };
  return <PlanContext.Provider value={api}>{children}</PlanContext.Provider>;
}
