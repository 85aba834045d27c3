import { localized, type Lang } from "@/lib/domain/i18n";
import type { Place } from "@/lib/domain/place";
import { KIND_INFO } from "@/lib/domain/place-kinds";
import { fitText } from "@/lib/domain/share/fit-text";
import { cardLineEm } from "@/lib/domain/share/share-card-size";
import { ShareCard } from "./share-card";

const NAME_SIZE = 84;
const SUB_SIZE = 40;
const SUMMARY_SIZE = 34;

// A place's Open Graph card: kind and village, the name (Chinese, then English or pinyin) and the
// one-line summary, cut to two lines.
export function PlaceCard({ lang, place, footer, host }: { lang: Lang; place: Place; footer: string; host: string }) {
  const kind = KIND_INFO[place.kind];
  const name = localized(lang, place.nameZh, place.nameEn).text;
  const second = lang === "en" ? place.nameZh : place.nameEn ?? place.pinyin;
  const village = place.village ? localized(lang, place.village.nameZh, place.village.nameEn).text : null;
  const summary = localized(lang, place.summaryZh, place.summaryEn).text;
  return (
    <ShareCard color={kind.color} footer={footer} host={host}>
      <div style={{ display: "flex", alignItems: "center", fontSize: 32, color: "#5b5b57" }}>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "center", width: 56, height: 56, borderRadius: 28, background: kind.color, color: "#fff", fontSize: 30, marginRight: 18 }}>
          {kind.glyph}
        </div>
        <span>{village ? `${kind[lang]} · ${village}` : kind[lang]}</span>
      </div>
      <div style={{ display: "flex", fontSize: NAME_SIZE, lineHeight: 1.2, marginTop: 36 }}>{fitText(name, cardLineEm(NAME_SIZE))}</div>
      {second ? <div style={{ display: "flex", fontSize: SUB_SIZE, color: "#5b5b57", marginTop: 8 }}>{fitText(second, cardLineEm(SUB_SIZE))}</div> : null}
      <div style={{ display: "flex", fontSize: SUMMARY_SIZE, lineHeight: 1.45, marginTop: 32, maxHeight: Math.ceil(2 * SUMMARY_SIZE * 1.45), overflow: "hidden" }}>{fitText(summary, 2 * cardLineEm(SUMMARY_SIZE) - 2)}</div>
    </ShareCard>
  );
}
