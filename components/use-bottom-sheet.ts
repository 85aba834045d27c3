"use client";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import { clampSheet, nextSheetState, sheetHeights, snapSheet, type SheetState } from "@/lib/domain/bottom-sheet";

/** A pointer that moved less than this (px) tapped the handle rather than dragged it. */
const DRAG_SLOP = 6;

export type BottomSheet = {
  state: SheetState;
  /** Opens the sheet to half when it only peeks (a place was opened, a tab chosen). */
  reveal: () => void;
  handle: {
    onClick: () => void;
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
    onPointerDown: (e: PointerEvent<HTMLElement>) => void;
    onPointerMove: (e: PointerEvent<HTMLElement>) => void;
    onPointerUp: (e: PointerEvent<HTMLElement>) => void;
    onPointerCancel: (e: PointerEvent<HTMLElement>) => void;
  };
};

// The phone's bottom sheet (lib/domain/bottom-sheet.ts): its state, and the handle's pointer and
// keyboard events. While a finger drags the handle the sheet follows it (its height set inline,
// no re-render per move); on release it settles in the nearest state. Desktop hides the handle.
export function useBottomSheet(sheetRef: RefObject<HTMLElement | null>, initial: SheetState): BottomSheet {
  const [state, setState] = useState<SheetState>(initial);
  const drag = useRef<{ id: number; startY: number; startHeight: number; moved: boolean } | null>(null);
  /** The click that ends a drag is not a tap. */
  const swallowClick = useRef(false);

  const heights = () => {
    const header = sheetRef.current?.closest(".guide")?.getBoundingClientRect().top ?? 0;
    return sheetHeights(window.innerHeight, Math.max(0, header + window.scrollY));
  };

  const reveal = useCallback(() => setState((s) => (s === "peek" ? "half" : s)), []);

  const end = (e: PointerEvent<HTMLElement>, settle: boolean) => {
    const d = drag.current;
    const sheet = sheetRef.current;
    if (!d || d.id !== e.pointerId || !sheet) return;
    drag.current = null;
    sheet.classList.remove("is-dragging");
    if (!d.moved) return;
    swallowClick.current = true;
    const height = sheet.getBoundingClientRect().height;
    sheet.style.removeProperty("height");
    if (settle) setState(snapSheet(height, heights()));
  };

  return {
    state,
    reveal,
    handle: {
      onClick: () => {
        if (swallowClick.current) {
          swallowClick.current = false;
          return;
        }
        setState((s) => nextSheetState(s, "cycle"));
      },
      onKeyDown: (e) => {
        if (e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
        e.preventDefault();
        setState((s) => nextSheetState(s, e.key === "ArrowUp" ? "up" : "down"));
      },
      onPointerDown: (e) => {
        const sheet = sheetRef.current;
        if (!sheet || (e.pointerType === "mouse" && e.button !== 0)) return;
        swallowClick.current = false;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { id: e.pointerId, startY: e.clientY, startHeight: sheet.getBoundingClientRect().height, moved: false };
      },
      onPointerMove: (e) => {
        const d = drag.current;
        const sheet = sheetRef.current;
        if (!d || d.id !== e.pointerId || !sheet) return;
        const dy = d.startY - e.clientY;
        if (!d.moved && Math.abs(dy) < DRAG_SLOP) return;
        d.moved = true;
        sheet.classList.add("is-dragging");
        sheet.style.height = `${clampSheet(d.startHeight + dy, heights())}px`;
      },
      onPointerUp: (e) => end(e, true),
      onPointerCancel: (e) => end(e, false),
    },
  };
}

/** Keeps a place's panel in sight: opening one from the peeking sheet raises it to half. */
export function useRevealOn(key: string | null, reveal: () => void): void {
  useEffect(() => {
    if (key !== null) reveal();
  }, [key, reveal]);
}
