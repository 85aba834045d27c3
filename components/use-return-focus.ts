"use client";
import { useCallback, useRef } from "react";

/**
 * Focus return for a panel: `remember()` when it opens notes the focused element (the marker or
 * list entry that opened it); `restore()` when it closes gives focus back to it once the panel has
 * unmounted, or to the element with id `fallbackId` when that element is gone.
 */
export function useReturnFocus(fallbackId: string) {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    if (document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, []);
  const restore = useCallback(() => {
    const back = opener.current;
    opener.current = null;
    requestAnimationFrame(() => {
      if (back && back.isConnected) back.focus();
      else document.getElementById(fallbackId)?.focus();
    });
  }, [fallbackId]);
  return { remember, restore };
}
