// Ranked place search over a prebuilt index: Chinese substrings, English words, pinyin (with or
// without tones and spaces), pinyin initials, full-width input. No pinyin-pro here (see
// buildSearchIndex), so this runs cheaply in the browser.
import { matchSyllables, type SyllableMatch } from "./match-syllables";
import { normalizeSearchText } from "./normalize-search-text";
import { sanitizeQuery } from "./sanitize-query";
import type { SearchEntry, SearchIndex, SearchName } from "./types";

/** Match quality, best first: exact name > name prefix > name contains > village name > summary. */
const TIER = { exactName: 0, namePrefix: 1, nameContains: 2, village: 3, summary: 4 } as const;
type Tier = (typeof TIER)[keyof typeof TIER];

const LATIN_COMPACT = /^[a-z0-9]+$/;

function matchName(name: SearchName, query: string, latin: boolean): SyllableMatch | null {
  if (name.text === query) return "exact";
  if (name.text.startsWith(query)) return "prefix";
  const bySyllables = latin && name.syllables !== undefined ? matchSyllables(name.syllables, query) : null;
  if (bySyllables === "exact" || bySyllables === "prefix") return bySyllables;
  if (name.text.includes(query)) return "contains";
  return bySyllables;
}

const RANK: Record<SyllableMatch, number> = { exact: 0, prefix: 1, contains: 2 };

/**
 * Whether a village name matches a term, asked once per name: every place of a village carries the
 * same name (same text and syllables), so with 10,000 places in 250 villages most answers repeat.
 */
type VillageMatches = Map<string, { syllables: SearchName["syllables"]; matches: boolean }>;

function villageMatches(seen: VillageMatches, name: SearchName, term: string, latin: boolean): boolean {
  const known = seen.get(name.text);
  if (known !== undefined && known.syllables === name.syllables) return known.matches;
  const matches = matchName(name, term, latin) !== null;
  seen.set(name.text, { syllables: name.syllables, matches });
  return matches;
}

/** Best tier at which one compact query term matches the entry, or null. `latin`: the term is LATIN_COMPACT. */
function termTier(entry: SearchEntry, term: string, latin: boolean, villages: VillageMatches): Tier | null {
  let best: SyllableMatch | null = null;
  for (const name of entry.names) {
    const match = matchName(name, term, latin);
    if (match !== null && (best === null || RANK[match] < RANK[best])) best = match;
    if (best === "exact") break;
  }
  if (best === "exact") return TIER.exactName;
  if (best === "prefix") return TIER.namePrefix;
  if (best === "contains") return TIER.nameContains;
  if (entry.villageNames.some((name) => villageMatches(villages, name, term, latin))) return TIER.village;
  if (entry.texts.some((text) => text.includes(term))) return TIER.summary;
  return null;
}

/**
 * Slugs of the places matching `query`, best first; ties keep the index (= input) order.
 * The whole query is tried as one phrase (spaces ignored: "yuan renyuan" = "yuanrenyuan");
 * a query of several words also matches when every word matches somewhere ("bridge glass"),
 * ranked no better than "name contains" and at the worst of its words. An empty, blank or
 * punctuation-only query returns every slug. Queries are cut to MAX_QUERY_LENGTH characters.
 */
export function searchPlaces(index: SearchIndex, query: string): string[] {
  const normalized = normalizeSearchText(sanitizeQuery(query));
  if (normalized === "") return index.entries.map((entry) => entry.slug);
  const phrase = normalized.replace(/ /g, "");
  const words = [...new Set(normalized.split(" "))];
  // whether each term is Latin is asked once, not for each of (ten thousand) entries
  const phraseLatin = LATIN_COMPACT.test(phrase);
  const wordsLatin = words.map((word) => LATIN_COMPACT.test(word));
  const phraseVillages: VillageMatches = new Map();
  const wordVillages = words.map((): VillageMatches => new Map());

  const hits: { slug: string; tier: number; order: number }[] = [];
  index.entries.forEach((entry, order) => {
    let tier: number | null = termTier(entry, phrase, phraseLatin, phraseVillages);
    if (words.length > 1 && (tier === null || tier > TIER.nameContains)) {
      let worst: number = TIER.nameContains;
      for (const [i, word] of words.entries()) {
        const wordTier = termTier(entry, word, wordsLatin[i] ?? false, wordVillages[i] ?? new Map());
        if (wordTier === null) {
          worst = Number.POSITIVE_INFINITY;
          break;
        }
        worst = Math.max(worst, wordTier);
      }
      if (Number.isFinite(worst) && (tier === null || worst < tier)) tier = worst;
    }
    if (tier !== null) hits.push({ slug: entry.slug, tier, order });
  });
  hits.sort((a, b) => a.tier - b.tier || a.order - b.order);
  return hits.map((hit) => hit.slug);
}
