import "server-only";
import { pinyin } from "pinyin-pro";
import { requireStaff } from "@/lib/server/auth/session";

// Pinyin suggested from a Chinese name, with tone marks, syllables of a word joined and words
// capitalised as in the guide's data ("三官寺村" -> "Sānguānsì Cūn"). Server-side only, so
// pinyin-pro (its dictionary is large) never enters the public bundle.

/** Place-name suffixes written as a separate word in pinyin. */
const SEPARATE_SUFFIXES = ["村", "乡", "镇", "县", "街", "路"];

export function suggestPinyinOf(nameZh: string): string {
  const text = nameZh.trim().slice(0, 80);
  const words: string[] = [];
  let current = "";
  for (const char of text) {
    if (SEPARATE_SUFFIXES.includes(char) && current !== "") {
      words.push(current);
      current = "";
      words.push(char);
      continue;
    }
    current += char;
  }
  if (current !== "") words.push(current);
  return words
    .map((word) => pinyin(word, { toneType: "symbol", type: "array", nonZh: "consecutive" }).join(""))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

export async function suggestPinyin(nameZh: string): Promise<string> {
  await requireStaff();
  return suggestPinyinOf(nameZh);
}
