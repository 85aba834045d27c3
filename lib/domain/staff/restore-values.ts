import type { FieldChange } from "./place-diff";
import type { PlaceValues } from "./place-form";

// Restoring a revision. Definition (shown on the history page as "Restore as before this change"):
// restoring revision R returns the place to the state it was in just BEFORE R, i.e. R and every
// later change are undone, field by field, by walking the revisions back from the newest to R and
// writing each change's `old` value. The restore is itself a new revision (action "restore",
// restoredFromId R), so the state it replaces stays in the history and can be restored in turn:
// nothing is lost. Every state in the history is reachable: "after R" is "before the revision
// that followed R", and the first state is "before the first revision".
// Archiving is not undone by a restore (it has its own action); a "create" revision has no state
// before it and cannot be restored.

export type RevisionChanges = { id: number; action: string; changes: readonly FieldChange[] };

export type RestoreResult = { ok: true; values: PlaceValues } | { ok: false; code: "not_found" | "nothing_before" };

/**
 * The values the place had just before revision `revisionId`. `revisions` are the place's revisions,
 * oldest first; `current` its values now (the state after the newest revision).
 */
export function valuesBefore(current: PlaceValues, revisions: readonly RevisionChanges[], revisionId: number): RestoreResult {
  const index = revisions.findIndex((r) => r.id === revisionId);
  if (index < 0) return { ok: false, code: "not_found" };
  if (revisions[index]?.action === "create") return { ok: false, code: "nothing_before" };
  const values: Record<string, unknown> = { ...current };
  for (let i = revisions.length - 1; i >= index; i--) {
    const changes = revisions[i]?.changes ?? [];
    // Within one revision the changes are independent fields; order does not matter.
    for (const change of changes) {
      if (change.field !== "archived") values[change.field] = change.old;
    }
  }
  return { ok: true, values: values as PlaceValues };
}
