import "./staff-places.css";
import type { Lang } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import { decodeCitations } from "@/lib/domain/staff/citations";
import type { FieldChange, FieldValue } from "@/lib/domain/staff/place-diff";
import type { RevisionEntry } from "@/lib/domain/staff/place-edit-dto";
import { isHttpUrl } from "@/lib/domain/staff/source-input";
import { formatWhen } from "./format-when";
import { RestoreButton } from "./restore-button";

const SHOWN_CHARS = 300;

type Props = { lang: Lang; slug: string; version: number; revisions: RevisionEntry[] };

/** Every revision of a place, newest first: who, when, which fields old -> new, source, correction. */
export function RevisionList({ lang, slug, version, revisions }: Props) {
  const t = staffPlaceMessages(lang);
  const show = (v: FieldValue) => {
    if (v === null || v === "") return t.empty;
    if (typeof v === "boolean") return v ? t.yes : t.no;
    const text = String(v);
    return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}… (${text.length})` : text;
  };
  // Citations are shown as the list of cited source keys (the stored value is their JSON text).
  const showField = (field: FieldChange["field"], v: FieldValue) =>
    field === "citations" ? decodeCitations(v).map((c) => c.key).join(", ") || t.empty : show(v);
  if (revisions.length === 0) return <p>{t.historyEmpty}</p>;
  return (
    <ol className="staff-history" reversed>
      {revisions.map((r) => {
        const action = t.actions[r.action as keyof typeof t.actions] ?? r.action;
        const heading = `${action} · ${t.revisionBy(r.version, r.userName ?? t.unknownUser, formatWhen(r.createdAt, lang))}`;
        return (
          <li key={r.id} aria-label={heading}>
            <h2>{heading}</h2>
            {r.restoredFromVersion !== null ? <p>{t.restoredFrom(r.restoredFromVersion)}</p> : null}
            {r.correctionId !== null ? <p>{t.creditedCorrection(r.correctionId)}</p> : null}
            {r.source ? (
              <p>
                {t.revisionSource}:{" "}
                {r.source.url && isHttpUrl(r.source.url) ? (
                  <a href={r.source.url} rel="noopener noreferrer nofollow" target="_blank">
                    {r.source.title}
                  </a>
                ) : (
                  r.source.title
                )}
              </p>
            ) : null}
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.conflictField}</th>
                  <th scope="col">{t.oldValue}</th>
                  <th scope="col">{t.newValue}</th>
                </tr>
              </thead>
              <tbody>
                {r.changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{t.fields[c.field]}</th>
                    <td>{showField(c.field, c.old)}</td>
                    <td>{showField(c.field, c.new)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {r.action === "create" || r.action === "archive" || r.action === "unarchive" ? null : (
              <RestoreButton lang={lang} slug={slug} revisionId={r.id} version={version} label={`${t.restore}: ${heading}`} />
            )}
          </li>
        );
      })}
    </ol>
  );
}
