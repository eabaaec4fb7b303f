/**
 * Hostile values for the feed fuzzer: wrong types, strange text, huge strings and deep
 * structures. Plain data, shared by the generator and readable on its own.
 */
import type { Rng } from './prng.js';

/** One megabyte: the size the issue asks a single string to reach. */
export const MEGABYTE = 1 << 20;

/** Values of every JSON type that a field of another type may receive. */
export const WRONG_TYPES: readonly unknown[] = [
  42, 0, -1, 3.7, 1e308, true, false, [], ['a', 1, null], {}, { foo: 'bar' }, { kk: 5, ru: [] }, '', '   ', '\u00a0\t\n',
  'text', null,
];

/** Text that is legal but unusual: scripts, directions, emoji, marks, invisible and broken characters. */
export const STRANGE_TEXTS: readonly string[] = [
  'مجلس المدينة العام', // Arabic, right to left
  'שלום עולם',
  'Әкім \u202Egnp.exe\u202C аппараты', // a right-to-left override in the middle
  '\u202Bمرحبا\u202C Өскемен \u2067שלום\u2069',
  '👩‍👩‍👧‍👦 🇰🇿 👍🏽 🧑🏿‍🚀',
  'Z̴̧̛̖͙̈́a̶̢̛͉̓l̸̨̰̊g̵̱̈́o̷̧̊ Ә̸̢́к̴̨̛ї̵̡м',
  'e\u0301 \u0415\u0308 \u04d8\u0306',
  '\u200b',
  '\u200b\u200c\u200d\u2060\ufeff',
  'lone \ud800 high and \udfff low surrogates',
  '\ud83d',
  'control \u0000 \u0007 \u001b[31m characters',
  'line\nbreaks\r\nand\ttabs',
  'x'.repeat(5000),
  'Ω≈ç√∫˜µ≤≥÷ åß∂ƒ©˙∆˚¬…æ',
  '𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐 𝔟𝔯𝔬𝔴𝔫',
  '１２３ ＡＢＣ ｱｲｳ',
  'ᚠᛇᚻ᛫ᛒᛦᚦ ᚠᚱᚩᚠᚢᚱ',
  '\u0301\u0302\u0303 leading combining marks',
  'ﷺ ﷽',
];

/** A string of about a megabyte, in one of several shapes. */
export function hugeString(r: Rng): string {
  switch (r.int(5)) {
    case 0: return 'x'.repeat(MEGABYTE);
    case 1: return 'Ә'.repeat(MEGABYTE / 2);
    case 2: return `${' '.repeat(MEGABYTE - 1)}a`;
    case 3: return 'слово '.repeat(MEGABYTE / 6);
    default: return '👩‍👩‍👧‍👦'.repeat(MEGABYTE / 11);
  }
}

/**
 * Nested arrays or objects, `depth` levels deep. Such values cannot be built as objects and
 * then serialised (JSON.stringify and structuredClone recurse and overflow at a few thousand
 * levels, while JSON.parse does not), so this returns a marker that `expandDeep` replaces
 * in the serialised text.
 */
export function deepValue(depth: number, asObject: boolean): string {
  return `\u0000deep:${depth}:${asObject ? 'o' : 'a'}\u0000`;
}

/** Replaces the markers of `deepValue` in JSON text with the nested structures. */
export function expandDeep(json: string): string {
  return json.replace(/"\\u0000deep:(\d+):([ao])\\u0000"/g, (_, depth: string, kind: string) => {
    const n = Number(depth);
    return kind === 'o' ? `${'{"kk":'.repeat(n)}"leaf"${'}'.repeat(n)}` : `${'['.repeat(n)}"leaf"${']'.repeat(n)}`;
  });
}

/** Any hostile value, weighted towards the common kinds. */
export function hostileValue(r: Rng): unknown {
  const roll = r.int(20);
  if (roll < 8) return r.pick(WRONG_TYPES);
  if (roll < 16) return r.pick(STRANGE_TEXTS);
  if (roll < 18) return deepValue(r.pick([10, 1000, 100_000]), r.chance(0.5));
  return r.chance(0.5) ? hugeString(r) : { ru: hugeString(r) };
}
