// How many places the list shows at once: a page of LIST_PAGE, and LIST_PAGE more each time the
// visitor asks ("List 100 more", a link `?n=200` that works without JavaScript too). The guide's own
// 33 places fit in one page; a county's 10,000 would make a list nobody scrolls and a page that
// renders slowly.
export const LIST_PAGE = 100;
const LIST_MAX = 1_000_000;

/** The list length from the `n` query parameter: a whole number, rounded up to full pages; LIST_PAGE when absent or not a number. */
export function listLength(raw: string | string[] | undefined): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || !/^\d{1,7}$/.test(value)) return LIST_PAGE;
  const n = Number(value);
  return Math.min(LIST_MAX, Math.max(LIST_PAGE, Math.ceil(n / LIST_PAGE) * LIST_PAGE));
}
