/** Catalogues as separate chunks, loaded on first use (the per-element npm build). */
import type { LocaleModule } from '@lit/localize';

export function loadCatalogue(locale: 'kk' | 'ru'): Promise<LocaleModule> {
  return locale === 'kk' ? import('../generated/locales/kk.js') : import('../generated/locales/ru.js');
}
