// The guide's writes to the address bar: the only file that calls the history API. A step (push)
// is written at once. A replacement (a search keystroke, a pan or zoom of the map) waits until the
// visitor pauses for REPLACE_PAUSE_MS, and only the last is written: each history call makes
// Next's router render again, together about 100 ms of a throttled phone's main thread per
// keystroke or pan (traced, CPU 4×), and Safari refuses more than 100 history calls in 30 s.
//
// What reads the address (sharing, the language switch, the plan code) first writes what is
// waiting (flushAddress). If the address changed meanwhile by other means (back/forward, a link to
// another page), the waiting replacement is dropped: the newer address wins.

/** How long the visitor pauses before a replacement is written. */
export const REPLACE_PAUSE_MS = 300;

type Pending = { href: string; from: string; timer: number };
let pending: Pending | null = null;

const here = () => window.location.pathname + window.location.search;

/** Writes `href` to the address bar (push: a new history step; replace: the current one, after a pause). */
export function writeAddress(href: string, mode: "push" | "replace") {
  if (mode === "replace") {
    const from = pending?.from ?? here();
    if (pending) window.clearTimeout(pending.timer);
    pending = { href, from, timer: window.setTimeout(flushAddress, REPLACE_PAUSE_MS) };
    return;
  }
  // The step before this one keeps what was waiting (back returns to it).
  flushAddress();
  if (here() !== href) window.history.pushState(null, "", href);
}

/** Writes the waiting replacement now, unless the address has moved on since it was asked for. */
export function flushAddress() {
  const p = pending;
  if (p === null) return;
  pending = null;
  window.clearTimeout(p.timer);
  if (here() !== p.from || p.href === p.from) return;
  window.history.replaceState(null, "", p.href);
}

/**
 * Replaces the address now, keeping the entry's state (Next's router's): for the plan code, which
 * changes no view. What waits is written first, so the plan code is added to the newest address.
 */
export function replaceAddressNow(href: (current: Location) => string | null) {
  flushAddress();
  const next = href(window.location);
  if (next !== null) window.history.replaceState(window.history.state, "", next);
}

/** Drops the waiting replacement: back/forward has chosen another address. */
export function dropWaitingAddress() {
  if (pending !== null) window.clearTimeout(pending.timer);
  pending = null;
}
