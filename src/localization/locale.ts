/**
 * The widgets' locale: kk, ru or en, following `<html lang>` live.
 *
 * Resolution order (documented in README): the `lang` of `<html>` by its primary subtag
 * (kk, kk-KZ, kk-Cyrl → kk; ru, ru-RU → ru; en, en-GB → en); when it is missing or names
 * another language, the first of the browser's languages that we have; else Russian, the
 * language every Kazakhstan site and reader shares with Kazakh. `setLocale` lets an app
 * choose; the next change of `<html lang>` takes over again.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { loadCatalogue } from './catalogues.js';
import type { Locale } from '../feed/types.js';

export type { Locale };
export const FALLBACK_LOCALE: Locale = 'ru';

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loadCatalogue(locale as 'kk' | 'ru'),
});

/** The locale widgets render in now. */
export function getLocale(): Locale {
  return localization.getLocale() as Locale;
}

/** Maps a BCP 47 tag to one of our locales, or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'kk' || primary === 'ru' || primary === 'en' ? primary : null;
}

export function resolveLocale(): Locale {
  const fromPage = matchLocale(document.documentElement.getAttribute('lang'));
  if (fromPage) return fromPage;
  for (const tag of navigator.languages ?? []) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return FALLBACK_LOCALE;
}

/** The locale whose catalogue is being fetched, if any: widgets wait for it (see localeReady). */
let pending: Locale | undefined;

/**
 * False while the catalogue of the page's language is on its way (it is a file of its own,
 * fetched on first use): widgets show their skeleton meanwhile rather than a flash of English.
 */
export function localeReady(): boolean {
  return pending === undefined;
}

// Cleared on lit-localize's own 'ready' event, which is what re-renders the widgets: a
// promise callback would run after their update and leave them on the skeleton.
window.addEventListener('lit-localize-status', (event) => {
  const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
  if (detail.status === 'ready' && detail.readyLocale === pending) pending = undefined;
});

/** Switch every widget on the page to `locale`; resolves when they can render in it. */
export function setLocale(locale: Locale): Promise<void> {
  const previous = getLocale();
  pending = locale === previous ? undefined : locale;
  return localization.setLocale(locale).catch((error: unknown) => {
    if (pending !== locale) return;
    pending = undefined;
    console.warn(`[akimat-widgets] the ${locale} texts could not be loaded; showing ${previous} until the connection is back.`, error);
    // lit-localize stays stuck on a failed load; going back to the language on screen clears
    // that and re-renders the waiting widgets in it. Try again once the browser is online.
    void localization.setLocale(previous);
    window.addEventListener('online', () => void setLocale(resolveLocale()), { once: true });
  });
}

let observer: MutationObserver | undefined;

/** Starts following `<html lang>`. Called once by the components' base class. */
export function followPageLanguage(): void {
  if (observer) return;
  observer = new MutationObserver(() => void setLocale(resolveLocale()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  void setLocale(resolveLocale());
}

/** The BCP 47 tag for Intl in a locale: Kazakhstan's regional variants. */
export function intlTag(locale: Locale = getLocale()): string {
  return locale === 'en' ? 'en-GB' : `${locale}-KZ`;
}
