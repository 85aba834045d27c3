import { localized, localePath, type Lang } from "@/lib/domain/i18n";
import { CORRECTION_STATUSES, REJECT_REASON_MAX, type CorrectionFilter } from "@/lib/domain/corrections/correction-input";
import { correctionMessages } from "@/lib/domain/messages-corrections";
import { navigationLinks } from "@/lib/domain/browse/navigation-links";
import { formatCoordinate } from "@/lib/domain/browse/format-coordinate";
import { formatStaffTime } from "@/lib/domain/staff/format-staff-time";
import type { CorrectionView } from "@/lib/domain/corrections/correction-view";
import styles from "./correction-item.module.css";

// One visitor's correction in the staff list. Everything the visitor wrote is rendered as text
// (React escapes it; no HTML, no links made from it). Reject is a plain HTML form.

export type ItemNotice = { id: number; kind: "done" | "reason_required" | "reason_too_long" | "already_reviewed" };

const staffHref = (lang: Lang, rest: string) => localePath(lang, `/staff${rest}`);

export function CorrectionItem({
  lang,
  correction: c,
  filter,
  notice,
}: {
  lang: Lang;
  correction: CorrectionView;
  filter: CorrectionFilter;
  notice: ItemNotice | null;
}) {
  const t = correctionMessages(lang);
  const name = localized(lang, c.place.nameZh, c.place.nameEn).text;
  const headingId = `correction-${c.id}-heading`;
  const errorId = `correction-${c.id}-error`;
  const reasonError =
    notice?.kind === "reason_required" ? t.reasonRequired : notice?.kind === "reason_too_long" ? t.reasonTooLong : null;
  const marker = c.point ? navigationLinks({ lng: c.point.lng, lat: c.point.lat, name: c.place.nameZh }).find((l) => l.app === "baidu") : undefined;
  const query = new URLSearchParams({ lang, ...(filter === "all" ? {} : { status: filter }) });
  return (
    <li id={`correction-${c.id}`} className={`${styles.item} ${c.status === "open" ? styles.open : ""}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className={`${styles.status} ${styles[`status_${c.status}`]}`}>{t.statuses[c.status]}</span>{" "}
        <a href={localePath(lang, `/places/${c.place.slug}`)}>{name}</a> · {t.kinds[c.kind]} <span className="muted">#{c.id}</span>
      </h2>
      <dl className="facts">
        <dt>{t.submittedAt}</dt>
        <dd>
          <time dateTime={c.createdAt}>{formatStaffTime(c.createdAt, lang)}</time> · {t.language}: {t.languages[c.lang]}
        </dd>
        <dt>{t.message}</dt>
        <dd className={styles.message}>{c.message || <span className="muted">{t.noMessage}</span>}</dd>
        <dt>{t.point}</dt>
        <dd>
          {c.point ? (
            <>
              <span data-testid="correction-point">
                {formatCoordinate(c.point.lat)}, {formatCoordinate(c.point.lng)}
              </span>
              {c.point.accuracyM !== null ? ` (${t.accuracy(c.point.accuracyM)})` : ""}
              {marker ? (
                <>
                  {" · "}
                  <a href={marker.url} target="_blank" rel="noopener noreferrer">
                    {t.showOnMap}
                  </a>
                </>
              ) : null}
            </>
          ) : (
            t.noPoint
          )}
        </dd>
        {c.status !== "open" ? (
          <>
            <dt>{t.statuses[c.status]}</dt>
            <dd>{c.reviewedBy && c.reviewedAt ? t.reviewedBy(c.reviewedBy, formatStaffTime(c.reviewedAt, lang)) : "—"}</dd>
          </>
        ) : null}
        {c.reason ? (
          <>
            <dt>{t.reason}</dt>
            <dd className={styles.message}>{c.reason}</dd>
          </>
        ) : null}
      </dl>
      {notice?.kind === "done" ? <p role="status">{t.rejected}</p> : null}
      {notice?.kind === "already_reviewed" ? (
        <p role="alert" className="warning">
          {t.alreadyReviewed}
        </p>
      ) : null}
      {c.status === "open" ? (
        <div className={styles.actions}>
          <a className="button" href={staffHref(lang, `/places/${c.place.slug}?correction=${c.id}`)}>
            {t.accept}
          </a>
          <form method="post" action={`/api/staff/corrections/${c.id}/reject?${query}`} className={styles.reject}>
            <label htmlFor={`reject-${c.id}`}>{t.rejectReason}</label>
            <textarea
              id={`reject-${c.id}`}
              name="reason"
              required
              maxLength={REJECT_REASON_MAX}
              rows={2}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? errorId : undefined}
            />
            {reasonError ? (
              <p id={errorId} role="alert" className={styles.error}>
                {reasonError}
              </p>
            ) : null}
            <button type="submit">{t.rejectSubmit}</button>
          </form>
        </div>
      ) : null}
    </li>
  );
}

/** Status filter: a GET form (works without JavaScript); the choice lives in the URL. */
/** The list's container (the items are its <li>). */
export function CorrectionListBox({ children }: { children: React.ReactNode }) {
  return <ol className={styles.list}>{children}</ol>;
}

export function CorrectionFilterForm({ lang, filter }: { lang: Lang; filter: CorrectionFilter }) {
  const t = correctionMessages(lang);
  return (
    <form method="get" action={staffHref(lang, "/corrections")} className={styles.filter}>
      <label htmlFor="correction-status">{t.filterLabel}</label>{" "}
      <select id="correction-status" name="status" defaultValue={filter}>
        {(["all", ...CORRECTION_STATUSES] as const).map((s) => (
          <option key={s} value={s}>
            {t.filters[s]}
          </option>
        ))}
      </select>{" "}
      <button type="submit">{t.showFilter}</button>
    </form>
  );
}
