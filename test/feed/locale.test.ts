import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { getLocale } from '../../src/localization/locale.js';
import type { AkimatOfficerCard } from '../../src/components/officer-card/officer-card.js';
import { serve, startMsw, worker } from '../support/msw.js';
import { tinyFeed } from '../support/feeds.js';
import { shadowText, untilStatus } from '../support/widgets.js';

/** Resolves after the widgets re-rendered for a new <html lang>. */
async function setPageLang(lang: string, el: AkimatOfficerCard): Promise<void> {
  const changed = new Promise<void>((resolve) => {
    const onStatus = (e: Event) => {
      if ((e as CustomEvent).detail.status !== 'ready') return;
      window.removeEventListener('lit-localize-status', onStatus);
      resolve();
    };
    window.addEventListener('lit-localize-status', onStatus);
  });
  document.documentElement.lang = lang;
  await changed;
  await el.updateComplete;
}

describe('locale', () => {
  before(startMsw);
  afterEach(() => { worker.resetHandlers(); resetFeedClient(); });

  it('follows <html lang> live between kk, ru and en with no reload', async () => {
    serve('/feeds/locale.json', tinyFeed());
    document.documentElement.lang = 'en';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed="/feeds/locale.json" officer="o-1"></akimat-officer-card>`);
    await untilStatus(card, 'ready');
    await setPageLang('kk-KZ', card);
    expect(getLocale()).to.equal('kk');
    expect(shadowText(card)).to.contain('Айгүл Серікқызы Нұрланова').and.contain('Қабылдау');
    await setPageLang('ru-RU', card);
    expect(shadowText(card)).to.contain('Айгуль Сериковна Нурланова').and.contain('Часы приёма');
    await setPageLang('en', card);
    expect(shadowText(card)).to.contain('Aigul Nurlanova').and.contain('Reception hours');
  });

  it('marks a text shown in a fallback language with its lang', async () => {
    serve('/feeds/locale-fallback.json', tinyFeed());
    document.documentElement.lang = 'en';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed="/feeds/locale-fallback.json" officer="o-2"></akimat-officer-card>`);
    await untilStatus(card, 'ready');
    // o-2 has no English name: Russian is shown, marked lang="ru" for screen readers.
    const name = card.shadowRoot!.querySelector('[part=name] [lang]');
    expect(name?.getAttribute('lang')).to.equal('ru');
    expect(name?.textContent).to.equal('Ерлан Болатович Жаксыбеков');
  });
});
