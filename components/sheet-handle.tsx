"use client";
import type { Lang } from "@/lib/domain/i18n";
import { sheetMessages } from "@/lib/domain/messages-sheet";
import type { BottomSheet } from "./use-bottom-sheet";

// The bottom sheet's handle on phones (hidden on wider screens): a button as wide as the sheet.
// Drag it; Enter, Space or a tap cycle peek → half → full; the up and down arrows resize.
export function SheetHandle({ lang, sheet, controls }: { lang: Lang; sheet: BottomSheet; controls: string }) {
  const t = sheetMessages(lang);
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-controls={controls}
      aria-expanded={sheet.state !== "peek"}
      aria-label={t.sheetHandle(t.sheetStates[sheet.state])}
      data-state={sheet.state}
      {...sheet.handle}
    >
      <span className="sheet-handle__bar" aria-hidden="true" />
    </button>
  );
}
