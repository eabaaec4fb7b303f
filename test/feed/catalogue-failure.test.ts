import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import '../../src/components/officer-card/officer-card.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { getLocale } from '../../src/localization/locale.js';
import type { AkimatOfficerCard } from '../../src/components/officer-card/officer-card.js';
import { serve, startMsw, worker } from '../support/msw.js';
import { tinyFeed } from '../support/feeds.js';
import { shadowText, untilStatus } from '../support/widgets.js';

/** Resolves with the detail of lit-localize's next status event of `status`. */
const nextLocaleStatus = (status: string) => new Promise<Record<string, string>>((resolve) => {
  window.addEventListener('lit-localize-status', function listener(event) {
    const detail = (event as CustomEvent).detail;
    if (detail.status !== status) return;
    window.removeEventListener('lit-localize-status', listener);
    resolve(detail);
  });
});

/**
 * The kk and ru texts are files fetched on first use. When that fetch fails (a phone losing
 * its signal), the widgets must not wait on a skeleton forever.
 */
describe('a language whose texts cannot be downloaded', () => {
  before(startMsw);
  after(() => { worker.resetHandlers(); resetFeedClient(); document.documentElement.lang = 'en'; });

  it('shows the widget in the language already on screen, and asks for the texts again when the browser is back online', async () => {
    let reachable = false;
    worker.use(http.get(/\/generated\/locales\/kk\.(js|ts)/, () => (reachable ? passthrough() : HttpResponse.error())));
    serve('/feeds/catalogue-failure.json', tinyFeed());
    document.documentElement.lang = 'en';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed="/feeds/catalogue-failure.json" officer="o-1"></akimat-officer-card>`);
    await untilStatus(card, 'ready');

    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => { warnings.push(args); };
    try {
      // Both listeners first: the fallback's 'ready' can follow the 'error' within microtasks.
      const failed = nextLocaleStatus('error');
      const fellBack = nextLocaleStatus('ready');
      document.documentElement.lang = 'kk';
      await failed;
      await fellBack;
      await card.updateComplete;
      expect(card.status).to.equal('ready');
      expect(shadowText(card)).to.contain('Reception hours');
      expect(String(warnings[0]?.[0])).to.contain('kk texts could not be loaded');

      // Back online, the texts are asked for again. Whether that reaches the network depends
      // on the browser: newer Chromium retries a failed import(), older versions keep the
      // failure until the page reloads. Either way the widget ends up shown, in the language
      // lit-localize reports, never on the skeleton.
      reachable = true;
      const retried = nextLocaleStatus('loading');
      const settled = nextLocaleStatus('ready');
      window.dispatchEvent(new Event('online'));
      expect((await retried)['loadingLocale']).to.equal('kk');
      await settled;
      await card.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(card.status).to.equal('ready');
    expect(shadowText(card)).to.contain(getLocale() === 'kk' ? 'Қабылдау' : 'Reception hours');
  });
});
