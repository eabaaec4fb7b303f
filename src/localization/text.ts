/**
 * Picking the language of a feed text. A text may lack the page's language; the fallback
 * order puts the other language of the country before English (documented in docs/feed.md).
 */
import type { Locale, Text } from '../feed/types.js';
import { getLocale } from './locale.js';

export const TEXT_FALLBACK: Readonly<Record<Locale, readonly Locale[]>> = {
  kk: ['kk', 'ru', 'en'],
  ru: ['ru', 'kk', 'en'],
  en: ['en', 'ru', 'kk'],
};

export interface PickedText {
  readonly text: string;
  /** The language of `text`, when it differs from the page's; undefined for a plain string. */
  readonly lang: Locale | undefined;
}

export function pickText(text: Text | undefined, locale: Locale = getLocale()): PickedText {
  if (text === undefined) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: undefined };
  for (const candidate of TEXT_FALLBACK[locale]) {
    const value = text[candidate];
    if (value) return { text: value, lang: candidate === locale ? undefined : candidate };
  }
  return { text: '', lang: undefined };
}

/** Just the string, for sorting, searching, titles and files. */
export function textOf(text: Text | undefined, locale: Locale = getLocale()): string {
  return pickText(text, locale).text;
}

/** Every language's version of a text, for search indexes. */
export function allTexts(text: Text | undefined): string[] {
  if (text === undefined) return [];
  return typeof text === 'string' ? [text] : Object.values(text).filter((v): v is string => !!v);
}
