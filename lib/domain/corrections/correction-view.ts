import type { Lang } from "../i18n";
import type { CorrectionKind, CorrectionPoint, CorrectionStatus } from "./correction-input";

/** A visitor's correction as staff review it (lib/server/staff/corrections.ts makes them). */
export type CorrectionView = {
  id: number;
  place: { slug: string; nameZh: string; nameEn: string | null; archived: boolean };
  kind: CorrectionKind;
  /** The visitor's words: plain text, shown as text, never as HTML. */
  message: string;
  point: CorrectionPoint | null;
  status: CorrectionStatus;
  reason: string | null;
  lang: Lang;
  createdAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
};
