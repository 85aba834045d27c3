"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { PlaceSummary } from "@/lib/domain/place";
import { decodePlan, encodePlan, type VisitPlan } from "@/lib/domain/plan/plan-codec";
import { filterKnownStops } from "@/lib/domain/plan/filter-known-stops";
import type { PlanProblem } from "@/lib/domain/plan/plan-problem";
import { emptyPlan } from "@/lib/domain/plan/edit-plan";
import { initialPlanState, planReducer, type PlanOptionsChange } from "@/lib/domain/plan/plan-reducer";
import { resolvePlan, type ResolvedPlan } from "@/lib/domain/plan/resolve-plan";

import { PLAN_STORAGE_KEY } from "./plan-keys";
import { planParamValue } from "@/lib/domain/plan/plan-param";
import { readPlanParam } from "@/lib/domain/plan/read-plan-param";

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
};

const PlanContext = createContext<PlanApi | null>(null);

export function usePlan(): PlanApi {
  const api = useContext(PlanContext);
  if (!api) throw new Error("usePlan() needs a <PlanProvider>");
  return api;
}

function readStoredPlan(known: ReadonlySet<string>, today: string): { plan: VisitPlan; problems: PlanProblem[] } | null {
  try {
    const code = window.localStorage.getItem(PLAN_STORAGE_KEY);
    if (!code) return null;
    const decoded = decodePlan(code, { fallbackDate: today });
    if (!decoded.plan) return null;
    return filterKnownStops(decoded.plan, known);
  } catch {
    return null;
  }
}

/** The plan of the page's own address (?plan=), decoded here; null when it has none. */
function readAddressPlan(known: ReadonlySet<string>, today: string): { plan: VisitPlan; problems: PlanProblem[] } | null {
  const code = planParamValue(Object.fromEntries(new URLSearchParams(window.location.search)));
  if (code === undefined || code === "") return null;
  return readPlanParam(code, [...known].map((slug) => ({ slug })), today);
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
  const [{ plan, history }, dispatch] = useReducer(planReducer, initialPlan ?? emptyPlan(today), initialPlanState);
  const [problems, setProblems] = useState<PlanProblem[]>(initialProblems);
  const [ordering, setOrdering] = useState(false);
  const loaded = useRef(initialPlan !== null);

  // No plan from the server: the one in the address when there is one (an offline copy of the page,
  // kept without its query, reads it here, in the browser), else the one kept in this browser.
  useEffect(() => {
    if (loaded.current || !complete) return;
    loaded.current = true;
    const stored = readAddressPlan(known, today) ?? readStoredPlan(known, today);
    if (stored) {
      // localStorage exists only in the browser: it is read after hydration so that the first
      // render matches the server's HTML.
      dispatch({ type: "restore", plan: stored.plan });
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the stored plan's problems come with it, after hydration (see above)
      if (stored.problems.length > 0) setProblems(stored.problems);
    }
  }, [known, today, complete]);

  const code = useMemo(() => encodePlan(plan), [plan]);

  // Keep the plan in localStorage (the URL is the page's URL hook's).
  useEffect(() => {
    if (!loaded.current) return;
    try {
      if (plan.stops.length > 0) window.localStorage.setItem(PLAN_STORAGE_KEY, code);
      else window.localStorage.removeItem(PLAN_STORAGE_KEY);
    } catch {
      // storage full or disabled (private mode): the URL still holds the plan
    }
  }, [plan, code]);

  const resolved = useMemo(() => resolvePlan(plan, bySlug), [plan, bySlug]);

  const bestOrder = useCallback(async () => {
    setOrdering(true);
    try {
      // The ordering code (Held–Karp, the heuristic and its moves: about 5 kB gzip) loads on the
      // first click, not with the page.
      const { runBestOrder } = await import("./run-best-order");
      const result = await runBestOrder({ plan, origin: resolved.origin, stops: resolved.stops });
      const changed = result.plan.stops.some((s, i) => s !== plan.stops[i]);
      if (changed) dispatch({ type: "reorder", plan: result.plan });
      return changed ? "changed" : "unchanged";
    } finally {
      setOrdering(false);
    }
  }, [plan, resolved]);

  const api: PlanApi = {
    plan,
    code,
    resolved,
    problems,
    dismissProblems: () => setProblems([]),
    has: (slug) => plan.stops.includes(slug),
    add: (slug) => dispatch({ type: "add", slug }),
    remove: (slug) => dispatch({ type: "remove", slug }),
    move: (from, to) => dispatch({ type: "move", from, to }),
    togglePin: (index) => dispatch({ type: "toggle-pin", index }),
    setVisit: (slug, minutes) => dispatch({ type: "set-visit", slug, minutes }),
    setOptions: (change) => dispatch({ type: "set-options", change }),
    loadRoute: (slugs) => dispatch({ type: "load-stops", slugs: slugs.filter((s) => known.has(s)) }),
    clear: () => dispatch({ type: "load-stops", slugs: [] }),
    bestOrder,
    ordering,
    undo: () => dispatch({ type: "undo" }),
    canUndo: history.length > 0,
    ready: complete,
  };
  return <PlanContext.Provider value={api}>{children}</PlanContext.Provider>;
}
