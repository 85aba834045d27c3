"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { Place } from "@/lib/domain/place";
import { decodePlan, encodePlan, type VisitPlan } from "@/lib/domain/plan/plan-codec";
import { filterKnownStops } from "@/lib/domain/plan/filter-known-stops";
import { addStop, emptyPlan, loadStops, moveStop, removeStop, setVisitMinutes, togglePin } from "@/lib/domain/plan/edit-plan";
import { resolvePlan, schedulePlanFor, type ResolvedPlan } from "@/lib/domain/plan/resolve-plan";
import type { PlanSchedule } from "@/lib/domain/plan/schedule-plan";
import { runBestOrder } from "./run-best-order";

import { PLAN_PARAM, PLAN_STORAGE_KEY } from "./plan-keys";

type PlanApi = {
  plan: VisitPlan;
  code: string;
  resolved: ResolvedPlan;
  schedule: PlanSchedule | null;
  problems: string[];
  dismissProblems: () => void;
  has: (slug: string) => boolean;
  add: (slug: string) => void;
  remove: (slug: string) => void;
  move: (from: number, to: number) => void;
  togglePin: (index: number) => void;
  setVisit: (slug: string, minutes: number | null) => void;
  setOptions: (change: Partial<Omit<VisitPlan, "v" | "stops" | "pinned" | "visitMinutes">>) => void;
  loadRoute: (slugs: string[]) => void;
  clear: () => void;
  bestOrder: () => Promise<"changed" | "unchanged">;
  ordering: boolean;
  undo: () => void;
  canUndo: boolean;
};

const PlanContext = createContext<PlanApi | null>(null);

export function usePlan(): PlanApi {
  const api = useContext(PlanContext);
  if (!api) throw new Error("usePlan() needs a <PlanProvider>");
  return api;
}

function readStoredPlan(known: ReadonlySet<string>, today: string): { plan: VisitPlan; problems: string[] } | null {
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

/**
 * The visitor's plan: kept in the URL (?plan=…, a compact versioned code) and in localStorage, so
 * it survives reloads and a link reopens it. `initialPlan` is what the server decoded from the URL.
 */
export function PlanProvider({
  places,
  today,
  initialPlan,
  initialProblems,
  children,
}: {
  places: Place[];
  today: string;
  initialPlan: VisitPlan | null;
  initialProblems: string[];
  children: React.ReactNode;
}) {
  const bySlug = useMemo(() => new Map(places.map((p) => [p.slug, p])), [places]);
  const known = useMemo(() => new Set(places.map((p) => p.slug)), [places]);
  const [plan, setPlan] = useState<VisitPlan>(initialPlan ?? emptyPlan(today));
  const [problems, setProblems] = useState<string[]>(initialProblems);
  const [history, setHistory] = useState<VisitPlan[]>([]);
  const [ordering, setOrdering] = useState(false);
  const loaded = useRef(initialPlan !== null);

  // No plan in the URL: pick up the one kept in this browser.
  useEffect(() => {
    if (loaded.current) return;
    loaded.current = true;
    const stored = readStoredPlan(known, today);
    if (stored) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only in the browser: read after hydration so the first render matches the server's HTML
      setPlan(stored.plan);
      if (stored.problems.length > 0) setProblems(stored.problems);
    }
  }, [known, today]);

  const code = useMemo(() => encodePlan(plan), [plan]);

  // Keep the plan in localStorage and in the URL (replace: editing a plan is not navigation).
  useEffect(() => {
    if (!loaded.current) return;
    try {
      if (plan.stops.length > 0) window.localStorage.setItem(PLAN_STORAGE_KEY, code);
      else window.localStorage.removeItem(PLAN_STORAGE_KEY);
    } catch {
      // storage full or disabled (private mode): the URL still holds the plan
    }
    const url = new URL(window.location.href);
    if (plan.stops.length > 0) url.searchParams.set(PLAN_PARAM, code);
    else url.searchParams.delete(PLAN_PARAM);
    const next = url.pathname + url.search.replace(/%2C/g, ",");
    if (next !== window.location.pathname + window.location.search) window.history.replaceState(window.history.state, "", next);
  }, [plan, code]);

  const edit = useCallback((fn: (p: VisitPlan) => VisitPlan, undoable = false) => {
    setPlan((prev) => {
      const next = fn(prev);
      if (undoable && next !== prev) setHistory((h) => [...h.slice(-19), prev]);
      return next;
    });
  }, []);

  const resolved = useMemo(() => resolvePlan(plan, bySlug), [plan, bySlug]);
  const schedule = useMemo(() => (resolved.stops.length > 0 ? schedulePlanFor(plan, bySlug) : null), [plan, bySlug, resolved]);

  const bestOrder = useCallback(async () => {
    setOrdering(true);
    try {
      const result = await runBestOrder({ plan, origin: resolved.origin, stops: resolved.stops });
      const changed = result.plan.stops.some((s, i) => s !== plan.stops[i]);
      if (changed) edit(() => result.plan, true);
      return changed ? "changed" : "unchanged";
    } finally {
      setOrdering(false);
    }
  }, [plan, resolved, edit]);

  const api: PlanApi = {
    plan,
    code,
    resolved,
    schedule,
    problems,
    dismissProblems: () => setProblems([]),
    has: (slug) => plan.stops.includes(slug),
    add: (slug) => edit((p) => addStop(p, slug)),
    remove: (slug) => edit((p) => removeStop(p, slug), true),
    move: (from, to) => edit((p) => moveStop(p, from, to), true),
    togglePin: (index) => edit((p) => togglePin(p, index)),
    setVisit: (slug, minutes) => edit((p) => setVisitMinutes(p, slug, minutes)),
    setOptions: (change) => edit((p) => ({ ...p, ...change })),
    loadRoute: (slugs) => edit((p) => loadStops(p, slugs.filter((s) => known.has(s))), true),
    clear: () => edit((p) => loadStops(p, []), true),
    bestOrder,
    ordering,
    undo: () => {
      setHistory((h) => {
        const prev = h[h.length - 1];
        if (prev) setPlan(prev);
        return h.slice(0, -1);
      });
    },
    canUndo: history.length > 0,
  };
  return <PlanContext.Provider value={api}>{children}</PlanContext.Provider>;
}
