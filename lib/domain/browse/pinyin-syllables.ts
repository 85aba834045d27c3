// Pinyin of a Chinese name, one syllable a character, derived with pinyin-pro (no hand tables).
import { pinyin } from "pinyin-pro";
import { normalizeSearchText } from "./normalize-search-text";

const HAN_OR_OTHER_RUN = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /^\p{Script=Han}/u;

/**
 * "株木岗村" → ["zhu", "mu", "gang", "cun"]. Runs of Chinese characters go through pinyin-pro
 * (toneless, per character, with its word-level polyphone handling); other runs ("G5513", "·")
 * are normalized and split into words, so "5A景区" → ["5a", "jing", "qu"]. ü comes out as "u".
 */
export function pinyinSyllables(text: string): string[] {
  const syllables: string[] = [];
  for (const run of text.match(HAN_OR_OTHER_RUN) ?? []) {
    const parts = HAN.test(run) ? pinyin(run, { toneType: "none", type: "array" }) : [run];
    for (const part of parts) {
      for (const word of normalizeSearchText(part).split(" ")) {
        if (word !== "") syllables.push(word);
      }
    }
  }
  return syllables;
}
