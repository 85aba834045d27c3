"use client";
import type { Lang } from "@/lib/domain/i18n";
import { planBasicMessages } from "@/lib/domain/messages-plan-basics";
import { usePlan } from "./plan-context";

/** Adds a place to the plan, or removes it when it is already there. */
export function AddToPlanButton({ lang, slug, name, compact = false }: { lang: Lang; slug: string; name: string; compact?: boolean }) {
  const t = planBasicMessages(lang);
  const { has, add, remove, ready } = usePlan();
  const inPlan = has(slug);
  return (
    <button
      type="button"
      className={`button add-to-plan${inPlan ? " is-in-plan" : ""}${compact ? " add-to-plan--compact" : ""}`}
      aria-pressed={inPlan}
      disabled={!ready}
      aria-label={compact ? `${inPlan ? t.removeFromPlan : t.addToPlan}: ${name}` : undefined}
      onClick={() => (inPlan ? remove(slug) : add(slug))}
    >
      {compact ? (inPlan ? "✓" : "+") : inPlan ? `✓ ${t.inPlan}` : `+ ${t.addToPlan}`}
    </button>
  );
}
