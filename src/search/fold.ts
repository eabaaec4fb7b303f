/**
 * Search folding: turns any spelling of a Kazakhstani place or person name into a Latin
 * "skeleton" so that the Cyrillic, Kazakh Latin (2021 and 2018) and English/ICAO spellings
 * of the same name meet. The same function folds the query and the candidate names.
 *
 * This scheme is our own design (domain notes §2.3, extended), not a standard. Steps:
 *
 * 1. NFC + lower-case. NFC first so that decomposed input ("S" + U+0327) is seen as ş.
 * 2. Cyrillic → Latin, one letter at a time: Russian letters by ICAO Doc 9303 (ж zh, х kh,
 *    ц ts, ч ch, ш sh, щ shch, ю iu, я ia, й i, ы y, ъ ie, ь dropped); Kazakh letters to
 *    their base letter (ә a, ғ g, қ k, ң n, ө o, ұ ү u, һ h, і i).
 * 3. Latin letters that NFD cannot reduce, or would reduce wrongly: ş → sh, ç → ch (both
 *    would lose their "h"), ı → i, ŋ → n, ə → a, and ý → u (Kazakh Latin 2018 writes у as
 *    ý; stripping the accent would make it "y").
 * 4. NFD and drop combining marks: ä ö ü ū ğ ñ ń á ó ú ǵ İ… lose their diacritics.
 * 5. Apostrophes vanish inside a word (2017 Latin "o'", "Ust'-…"); every other non-letter,
 *    non-digit splits words. Digraphs are only read inside a word.
 * 6. Latin normalisation, per word, left to right:
 *      q → k, w → u (Qazaqstan, Ulıtaw);
 *      kh → k, gh → g, and a lone h → k (ICAO writes х as kh, Kazakh Latin as h);
 *      j → zh (Kazakh Latin writes ж as j, ICAO as zh);
 *      c → ts and ch → tsh (ICAO ц ts, loan spellings c; ч/ç ch), so щ = shch → shtsh;
 *      y → i: see below.
 * 7. Words are joined without separators, then every run of one letter (not digit) collapses to one
 *    (Ридд = Rid, Mangghystau → mangistau, Глубоковский -ii = Glubokovsky -i).
 *
 * Why every rewrite keeps its first letter (zh not j, k not h, ts/tsh not c): a picker
 * filters on each keystroke, and a half-typed digraph must still be a prefix of the full
 * name's key. "Borodulik" → borodulik is a prefix of Бородулиха → borodulika; had we folded
 * kh → h the city would vanish on the "k" and come back on the "h". This prefix property is
 * covered by the tests. The price is cosmetic: English "h" folds to k ("north" → nortk).
 *
 * Why y → i globally: in the wild "y" stands for ы (2021 Latin, ICAO), for й (Kostanay,
 * Semey, -sky), for і (Zhetysu, Kokpekty) and for the glide of Ya/Yu (ICAO ia/iu). Keeping
 * it would need per-word guesses; merging ы/і/и/й costs only a few extra substring hits in
 * short name lists, and ranking puts prefix matches first anyway.
 *
 * Not attempted (use explicit aliases): Yu/Ya/Ye at a word start against ICAO (Ерлан =
 * erlan, Yerlan = ierlan), Kunaev vs Qonaev, Russian дж (Урджар) vs Kazakh ж (Үржар).
 */

/** Cyrillic (lower-case) → Latin; Russian letters by ICAO Doc 9303, Kazakh ones to a base letter. */
const CYRILLIC: Readonly<Record<string, string | undefined>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu',
  я: 'ia',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

/** Latin letters handled before NFD (see step 3 above). */
const LATIN_SPECIAL: Readonly<Record<string, string | undefined>> = {
  ş: 'sh', ç: 'ch', ı: 'i', ŋ: 'n', ə: 'a', ý: 'u',
};

/** Apostrophe look-alikes: removed, never word separators (O'skemen, Ust'-Kamenogorsk). */
const APOSTROPHES = /['\u2018\u2019\u02BB\u02BC\u0060\u00B4]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
// Letters only: "Ридд" = "Rid", but "District 11" must stay apart from "District 1".
const LETTER_RUNS = /(\p{L})\1+/gu;

/** Steps 1–5: one script, no diacritics, split into words (no empty words). */
function toLatinWords(input: string): string[] {
  let mapped = '';
  for (const ch of input.normalize('NFC').toLowerCase()) {
    mapped += CYRILLIC[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  }
  const plain = mapped.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHES, '');
  return plain.split(WORD_SEPARATORS).filter((word) => word !== '');
}

/** Step 6 for one word. A loop, not chained regexes, so each letter is rewritten once. */
function foldLatinWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    const nextIsH = word.charAt(i + 1) === 'h';
    switch (ch) {
      case 's':
      case 'z':
        // Keep sh/zh whole so their "h" is not read as a lone h (→ k) below.
        out += nextIsH ? `${ch}h` : ch;
        if (nextIsH) i++;
        break;
      case 'c':
        out += nextIsH ? 'tsh' : 'ts';
        if (nextIsH) i++;
        break;
      case 'k':
      case 'g':
        out += ch;
        if (nextIsH) i++;
        break;
      case 'h':
      case 'q':
        out += 'k';
        break;
      case 'j':
        out += 'zh';
        break;
      case 'w':
        out += 'u';
        break;
      case 'y':
        out += 'i';
        break;
      default:
        out += ch;
    }
  }
  return out;
}

function collapseRuns(key: string): string {
  return key.replace(LETTER_RUNS, '$1');
}

/** Both folds of one text; cheaper than calling foldKey and foldWords separately. */
export interface FoldedText {
  /** As foldKey. */
  readonly key: string;
  /** As foldWords. */
  readonly words: string[];
}

export function foldText(input: string): FoldedText {
  const folded = toLatinWords(input).map(foldLatinWord);
  // Runs collapse after joining, so "Ak Kol" and "Akkol" get the same key.
  return { key: collapseRuns(folded.join('')), words: folded.map(collapseRuns) };
}

/**
 * The search skeleton of a whole text: all words folded and joined, so spaces, hyphens and
 * punctuation do not matter ("Усть-Каменогорск" = "ust kamenogorsk" = "ustkamenogorsk").
 * Returns "" for a text with no letters or digits.
 */
export function foldKey(input: string): string {
  return collapseRuns(toLatinWords(input).map(foldLatinWord).join(''));
}

/**
 * The skeleton of each word of a text, in order, for word-prefix matching
 * ("г. Усть-Каменогорск" → ["g", "ust", "kamenogorsk"]). Empty for a text without words.
 */
export function foldWords(input: string): string[] {
  return toLatinWords(input).map((word) => collapseRuns(foldLatinWord(word)));
}
