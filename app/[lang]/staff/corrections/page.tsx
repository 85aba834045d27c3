import type { Metadata } from "next";
import { pageLang } from "@/lib/server/page-lang";
import { staffPageActor, staffPath } from "@/lib/server/auth/staff-page";
import { listCorrections } from "@/lib/server/staff/corrections";
import { correctionFilterSchema } from "@/lib/domain/corrections/correction-input";
import { correctionMessages } from "@/lib/domain/messages-corrections";
import { StaffHeader } from "@/components/staff/staff-header";
import { CorrectionFilterForm, CorrectionItem, CorrectionListBox, type ItemNotice } from "@/components/staff/correction-item";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: correctionMessages(await pageLang(params)).pageTitle };
}

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

// Visitors' corrections for review: open ones first. Accept opens the place's edit form
// prefilled from the correction; Reject is a plain form (works without JavaScript) with a reason.
export default async function StaffCorrectionsPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const query = await searchParams;
  const filter = correctionFilterSchema.parse(one(query.status) ?? "all");
  const here = staffPath(lang, "/corrections") + (filter === "all" ? "" : `?status=${filter}`);
  const actor = await staffPageActor(lang, here);
  const t = correctionMessages(lang);
  const { corrections, truncated } = await listCorrections(filter);
  const noticeId = Number(one(query.id));
  const error = one(query.error);
  const notice: ItemNotice | null = !Number.isInteger(noticeId)
    ? null
    : one(query.done) === "rejected"
      ? { id: noticeId, kind: "done" }
      : error === "reason_required" || error === "reason_too_long" || error === "already_reviewed"
        ? { id: noticeId, kind: error }
        : null;
  return (
    <>
      <StaffHeader lang={lang} actor={actor} />
      <main className="staff-main">
        <h1>{t.pageTitle}</h1>
        <CorrectionFilterForm lang={lang} filter={filter} />
        <p className="muted" role="status">
          {t.count(corrections.length)}
          {truncated ? " …" : ""}
        </p>
        {corrections.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <CorrectionListBox>
            {corrections.map((c) => (
              <CorrectionItem key={c.id} lang={lang} correction={c} filter={filter} notice={notice?.id === c.id ? notice : null} />
            ))}
          </CorrectionListBox>
        )}
      </main>
    </>
  );
}
