/**
 * The kk and ru message catalogues, each a file of its own fetched on first use: a page
 * downloads only the language it shows (English is the source text, always present).
 */
import type { LocaleModule } from '@lit/localize';

export function loadCatalogue(locale: 'kk' | 'ru'): Promise<LocaleModule> {
  return locale === 'kk' ? import('../generated/locales/kk.js') : import('../generated/locales/ru.js');
}
