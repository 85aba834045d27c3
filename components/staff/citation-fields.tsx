"use client";
import type { Lang } from "@/lib/domain/i18n";
import { staffPlaceMessages } from "@/lib/domain/messages-staff-places";
import type { CitedSource } from "@/lib/domain/staff/place-edit-dto";
import { isHttpUrl } from "@/lib/domain/staff/source-input";

type Props = {
  lang: Lang;
  citations: CitedSource[];
  removing: string[];
  setRemoving: (keys: string[]) => void;
  error: string | undefined;
};

/** The sources the place cites, each with "remove this citation" (applied by the form's save). */
export function CitationFields({ lang, citations, removing, setRemoving, error }: Props) {
  const t = staffPlaceMessages(lang);
  const toggle = (key: string, on: boolean) => setRemoving(on ? [...removing, key] : removing.filter((k) => k !== key));
  return (
    <fieldset aria-describedby="citations-help">
      <legend>{t.sectionCitations}</legend>
      <p className="staff-field__hint" id="citations-help">
        {t.citationsHelp}
      </p>
      {error ? (
        <p role="alert" className="staff-field__error">
          {error}
        </p>
      ) : null}
      {citations.length === 0 ? <p>{t.noCitations}</p> : null}
      <ul className="staff-citations">
        {citations.map((c) => (
          <li key={c.key}>
            {c.url && isHttpUrl(c.url) ? (
              <a href={c.url} rel="noopener noreferrer nofollow" target="_blank">
                {c.title}
              </a>
            ) : (
              <span>{c.title}</span>
            )}
            {c.publisherPageUnknown ? <span className="staff-field__hint"> · {t.publisherPageUnknown}</span> : null}
            {c.note ? <span className="staff-field__hint"> · {t.citationNote(c.note)}</span> : null}
            <div className="staff-check">
              <input id={`remove-${c.key}`} type="checkbox" checked={removing.includes(c.key)} onChange={(e) => toggle(c.key, e.target.checked)} />
              <label htmlFor={`remove-${c.key}`}>{t.removeCitation(c.title)}</label>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
