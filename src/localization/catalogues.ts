/**
 * The kk and ru message catalogues, imported statically: the one-tag bundle stays one file.
 * The per-element npm build swaps this module for catalogues.lazy.ts (see vite.config.ts),
 * so an app downloads only the catalogue of the language it shows.
 */
import * as kk from '../generated/locales/kk.js';
import * as ru from '../generated/locales/ru.js';
import type { LocaleModule } from '@lit/localize';

export function loadCatalogue(locale: 'kk' | 'ru'): Promise<LocaleModule> {
  return Promise.resolve(locale === 'kk' ? kk : ru);
}
