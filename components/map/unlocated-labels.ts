import type { Lang } from "@/lib/domain/i18n";
import { messages } from "@/lib/domain/messages";
import type { GuideMapProps } from "./guide-map";

/** The words of the "位置待定 N" marker and its list, for `n` places without a known spot. */
export function unlocatedLabels(lang: Lang, n: number): GuideMapProps["unlocatedLabels"] {
  const t = messages(lang);
  return { marker: t.unlocatedMarker(n), markerLabel: t.unlocatedMarkerLabel(n), heading: t.unlocatedHeading(n), intro: t.unlocatedIntro, close: t.closeList };
}
