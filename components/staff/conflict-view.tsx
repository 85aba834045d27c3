"use client";
import type { Lang } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import { changedFields, type FormState } from "@/lib/domain/staff/form-state";
import type { Conflict } from "@/lib/domain/staff/place-edit-dto";
import { formatWhen } from "./format-when";

type Props = { lang: Lang; conflict: Conflict; theirs: FormState; mine: FormState; onReapply: () => void };

/** A refused save: both versions side by side (mine stays in the form), who saved theirs and when. */
export function ConflictView({ lang, conflict, theirs, mine, onReapply }: Props) {
  const t = staffPlaceMessages(lang);
  const latest = conflict.newer[0];
  const fields = changedFields(theirs, mine);
  const show = (v: string | boolean) => (typeof v === "boolean" ? (v ? t.yes : t.no) : v || t.empty);
  return (
    <section className="staff-conflict" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t.conflictTitle}</h2>
      <p>{t.conflictIntro(latest?.userName ?? t.unknownUser, latest ? formatWhen(latest.createdAt, lang) : "")}</p>
      <ul>
        {conflict.newer.map((r) => (
          <li key={r.id}>{t.revisionBy(r.version, r.userName ?? t.unknownUser, formatWhen(r.createdAt, lang))}</li>
        ))}
      </ul>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.conflictField}</th>
            <th scope="col">{t.conflictYours}</th>
            <th scope="col">{t.conflictTheirs}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f}>
              <th scope="row">{t.fields[f]}</th>
              <td data-testid={`mine-${f}`}>{show(mine[f])}</td>
              <td data-testid={`theirs-${f}`}>{show(theirs[f])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onReapply}>
        {t.reapply}
      </button>
    </section>
  );
}
