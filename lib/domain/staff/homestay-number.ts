// The homestay register's numbers (统一编号并挂牌): the village's 12-digit 2021 statistical code,
// a hyphen, and a 3-digit sequence within that village, e.g. 430821211201-001. A number is issued
// once and never reused, even when its homestay is archived (lib/server/staff/homestay-register.ts).

export const HOMESTAY_NUMBER_PATTERN = /^(\d{12})-(\d{3})$/;
export const HOMESTAY_MAX_SEQ = 999;

export function formatHomestayNumber(villageCode12: string, seq: number): string {
  if (!/^\d{12}$/.test(villageCode12)) throw new Error(`Not a 12-digit village code: ${villageCode12}`);
  if (!Number.isInteger(seq) || seq < 1 || seq > HOMESTAY_MAX_SEQ) throw new Error(`Homestay sequence out of range: ${seq}`);
  return `${villageCode12}-${String(seq).padStart(3, "0")}`;
}

export function parseHomestayNumber(value: string): { villageCode12: string; seq: number } | null {
  const m = HOMESTAY_NUMBER_PATTERN.exec(value);
  if (!m || Number(m[2]) < 1) return null;
  return { villageCode12: m[1]!, seq: Number(m[2]) };
}

/** The next sequence after every one ever issued in the village (issued numbers are never freed). */
export function nextHomestaySeq(issuedSeqs: readonly number[]): number {
  const next = issuedSeqs.reduce((max, s) => Math.max(max, s), 0) + 1;
  if (next > HOMESTAY_MAX_SEQ) throw new Error("This village has used all 999 homestay numbers.");
  return next;
}
