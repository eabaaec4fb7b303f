/**
 * Ranked filtering over pre-folded entries, shared by the region picker (~2,500 options,
 * filtered on every keystroke), the officer directory and the council list.
 *
 * The expensive work (folding every name and alias) happens once in `buildEntry`, when a
 * feed is loaded. Per keystroke `search` folds only the query and runs plain `startsWith` /
 * `includes` over the stored keys; the tie-break order (level, then collated name) is
 * computed once per entries array and locale and reused, so sorting hits compares numbers,
 * not strings.
 *
 * Callers turn feed `Text` values into strings with `allTexts` (localization/text.ts).
 */
import { foldText, type FoldedText } from './fold.js';

/** How well an entry matched; lower is better. Entries that do not match get no rank. */
export const MatchRank = {
  /** Some whole name starts with the query: "оске" → "Өскемен қаласы". */
  Prefix: 0,
  /** Some word starts with the query, or every query word starts some word ("ust kam"). */
  WordPrefix: 1,
  /** The query occurs inside some whole name: "kamen" → "Ust-Kamenogorsk". */
  Substring: 2,
} as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

export interface SearchEntry<T> {
  readonly item: T;
  /** Folded whole-name keys: each language's name and each alias. */
  readonly keys: readonly string[];
  /** Folded keys of every word of every name and alias. */
  readonly words: readonly string[];
  /** First tie-break, lower first (e.g. depth in the region tree). */
  readonly level: number;
  /** Second tie-break: the display name, compared with Intl.Collator. */
  readonly sortName: string;
}

export interface SearchOptions {
  /** At most this many items are returned (all when omitted). */
  readonly limit?: number;
  /** BCP 47 locale for ordering names; the browser default when omitted or invalid. */
  readonly locale?: string;
}

/** A folded query; build it once per keystroke, not once per entry. */
export interface PreparedQuery {
  readonly key: string;
  readonly words: readonly string[];
}

/**
 * Folds an item's names once. Duplicate keys (same name in two scripts) are stored once.
 * `fold` may be a `memoFold()` shared by a whole index: entries repeat texts (a body's name,
 * the region path) that need folding only once.
 */
export function buildEntry<T>(
  item: T,
  texts: readonly string[],
  level: number,
  sortName: string,
  fold: (text: string) => FoldedText = foldText,
): SearchEntry<T> {
  const keys = new Set<string>();
  const words = new Set<string>();
  for (const text of texts) {
    const folded = fold(text);
    if (folded.key !== '') keys.add(folded.key);
    for (const word of folded.words) words.add(word);
  }
  return { item, keys: [...keys], words: [...words], level, sortName };
}

/**
 * `foldText` remembering its answers, for building one index: the bench's 3,000 officers carry
 * 52,734 texts (names, positions, bodies, region paths) but only 9,495 different ones.
 * Drop it with the index; it holds every text it saw.
 */
export function memoFold(): (text: string) => FoldedText {
  const seen = new Map<string, FoldedText>();
  return (text) => {
    let folded = seen.get(text);
    if (folded === undefined) {
      folded = foldText(text);
      seen.set(text, folded);
    }
    return folded;
  };
}

export function prepareQuery(query: string): PreparedQuery {
  return foldText(query);
}

function someStartsWith(candidates: readonly string[], prefix: string): boolean {
  for (const candidate of candidates) {
    if (candidate.startsWith(prefix)) return true;
  }
  return false;
}

/**
 * The rank of one entry, or null when it does not match. An empty query matches nothing
 * here; `search` handles it by listing everything.
 */
export function rankEntry<T>(entry: SearchEntry<T>, query: PreparedQuery): MatchRank | null {
  const { key, words } = query;
  if (key === '') return null;
  if (someStartsWith(entry.keys, key)) return MatchRank.Prefix;
  if (someStartsWith(entry.words, key)) return MatchRank.WordPrefix;
  // Query words in any order ("kazakstan shigis"); with one word the check above covered it.
  if (words.length > 1 && words.every((word) => someStartsWith(entry.words, word))) {
    return MatchRank.WordPrefix;
  }
  for (const candidate of entry.keys) {
    if (candidate.includes(key)) return MatchRank.Substring;
  }
  return null;
}

// --- tie-break order, cached ---------------------------------------------------------

const collators = new Map<string, Intl.Collator>();

/** One Collator per locale: constructing one costs far more than a keystroke's budget. */
function collatorFor(locale: string | undefined): Intl.Collator {
  const cacheKey = locale ?? '';
  let collator = collators.get(cacheKey);
  if (collator === undefined) {
    try {
      collator = new Intl.Collator(locale, { numeric: true });
    } catch {
      // A malformed locale tag from page markup must not break the picker.
      collator = new Intl.Collator(undefined, { numeric: true });
    }
    collators.set(cacheKey, collator);
  }
  return collator;
}

/** Tie-break order of one entries array: position[i] = place of entries[i]; entryAt inverts it. */
interface TieBreak {
  readonly position: Uint32Array;
  readonly entryAt: Uint32Array;
}

/**
 * Cached per array (entries are rebuilt when a feed changes, so identity is the natural
 * key) and per locale; the length check catches a caller who pushed into the same array.
 */
const orderCache = new WeakMap<readonly SearchEntry<unknown>[], Map<string, TieBreak>>();

function tieBreakOrder<T>(entries: readonly SearchEntry<T>[], locale?: string): TieBreak {
  let byLocale = orderCache.get(entries);
  if (byLocale === undefined) {
    byLocale = new Map();
    orderCache.set(entries, byLocale);
  }
  const cacheKey = locale ?? '';
  const cached = byLocale.get(cacheKey);
  if (cached !== undefined && cached.position.length === entries.length) return cached;

  const collator = collatorFor(locale);
  const indices = entries.map((_, i) => i);
  indices.sort((a, b) => {
    const ea = entries[a] as SearchEntry<T>;
    const eb = entries[b] as SearchEntry<T>;
    // Comparisons rather than subtraction so a NaN or Infinity level cannot poison the sort.
    if (ea.level < eb.level) return -1;
    if (ea.level > eb.level) return 1;
    return collator.compare(ea.sortName, eb.sortName) || a - b;
  });
  const order: TieBreak = {
    position: new Uint32Array(entries.length),
    entryAt: Uint32Array.from(indices),
  };
  indices.forEach((entryIndex, place) => {
    order.position[entryIndex] = place;
  });
  byLocale.set(cacheKey, order);
  return order;
}

function normaliseLimit(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return Infinity;
  return Math.max(0, Math.floor(limit));
}

/**
 * Items matching `query`, best first: rank (MatchRank), then level, then sortName.
 * A query without letters or digits (empty, spaces, "-") lists every item in tie-break
 * order, so an opened picker shows the whole list.
 */
export function search<T>(
  entries: readonly SearchEntry<T>[],
  query: string,
  options: SearchOptions = {},
): T[] {
  const limit = normaliseLimit(options.limit);
  if (limit === 0 || entries.length === 0) return [];
  const { position, entryAt } = tieBreakOrder(entries, options.locale);
  const count = entries.length;
  const prepared = prepareQuery(query);

  // Each hit is encoded as one number, rank * count + tie-break position, so a numeric
  // typed-array sort orders hits without a comparator or per-hit objects.
  const hits = new Float64Array(count);
  let hitCount = 0;
  if (prepared.key === '') {
    for (let i = 0; i < count; i++) hits[hitCount++] = position[i] as number;
  } else {
    for (let i = 0; i < count; i++) {
      const rank = rankEntry(entries[i] as SearchEntry<T>, prepared);
      if (rank !== null) hits[hitCount++] = rank * count + (position[i] as number);
    }
  }
  const sorted = hits.subarray(0, hitCount).sort();

  const results: T[] = [];
  const end = Math.min(hitCount, limit);
  for (let i = 0; i < end; i++) {
    const entryIndex = entryAt[(sorted[i] as number) % count] as number;
    results.push((entries[entryIndex] as SearchEntry<T>).item);
  }
  return results;
}
