// Matches a typed Latin query against the pinyin syllables of a name: full pinyin, initials or any
// mix, because every syllable may be typed in full or cut short ("zhumugang", "zmg", "zhumg").

export type SyllableMatch = "exact" | "prefix" | "contains";

/**
 * `query` must be compact (lower-case a–z/0–9, no spaces). The query must be used up by consecutive
 * syllables, each contributing a non-empty prefix of itself. Starting at the first syllable and
 * ending in the last is "exact" ("zmgc", "zhumugangcun" for 株木岗村), starting at the first is
 * "prefix" ("zmg", "zhumug"), starting later is "contains" ("mugang"). Null when nothing matches.
 * Cost is bounded by syllables² × query length, tiny for names.
 */
export function matchSyllables(syllables: readonly string[], query: string): SyllableMatch | null {
  if (query === "" || syllables.length === 0) return null;
  let best: SyllableMatch | null = null;
  const last = syllables.length - 1;
  const first = query.charCodeAt(0);
  for (let start = 0; start <= last; start += 1) {
    // A match starting here begins with this syllable's first letter: most starts end here.
    if (syllables[start]?.charCodeAt(0) !== first) continue;
    let positions = new Set<number>([0]);
    for (let j = start; j <= last && positions.size > 0; j += 1) {
      const syllable = syllables[j] ?? "";
      const next = new Set<number>();
      for (const position of positions) {
        const room = Math.min(syllable.length, query.length - position);
        for (let k = 1; k <= room; k += 1) {
          if (query.charCodeAt(position + k - 1) !== syllable.charCodeAt(k - 1)) break;
          if (position + k === query.length) {
            const level: SyllableMatch = start > 0 ? "contains" : j === last ? "exact" : "prefix";
            if (level === "exact") return level;
            best = level;
          } else {
            next.add(position + k);
          }
        }
      }
      positions = next;
    }
    // Only a start at syllable 0 can give "exact"/"prefix", later starts only "contains".
    if (best !== null) return best;
  }
  return best;
}
