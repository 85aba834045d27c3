import type { MouseEvent } from "react";

/**
 * Whether a click on one of the guide's plain links (<a href> to a place's page, or to the list's
 * next hundred) is the guide's to handle in place: the primary button with no modifier key. A
 * modified click (a new tab or window, a download) is left to the browser, which loads the href.
 */
export function isPlainClick(e: Pick<MouseEvent, "button" | "metaKey" | "ctrlKey" | "shiftKey" | "altKey">): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
