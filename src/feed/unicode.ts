/**
 * Lone UTF-16 surrogates: legal in JSON ("\ud800") but not text. encodeURIComponent throws on
 * them (mailto: links, DOM ids, calendar UIDs), so feed strings are made well-formed on the
 * way in. (String.prototype.toWellFormed is ES2024; this is the same thing for older engines.)
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** True when `value` has no lone surrogate. */
export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** `value` with every lone surrogate replaced by U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATES, '\ufffd');
}
