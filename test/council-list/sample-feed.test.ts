import { expect, fixture } from '@open-wc/testing';
import '../../src/components/council-list/council-list.js';
import type { AkimatCouncilList } from '../../src/components/council-list/council-list.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { setLocale } from '../../src/localization/locale.js';
import { serve, startMsw, worker } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import { shadowText } from '../support/widgets.js';

/**
 * The markup proposed for the demo (feed="/feed.json"), against the demo's own sample feed,
 * with the clock fixed in late November 2026.
 */
const NOW = new Date('2026-11-22T09:00:00+05:00');
const AXE = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };

async function demo(markup: string): Promise<AkimatCouncilList> {
  serve('/feed.json', await sampleFeed());
  const root = await fixture<HTMLElement>(`<main><h1>Demo</h1><h2>Public councils</h2>${markup}</main>`);
  const el = root.querySelector('akimat-council-list')!;
  el.now = NOW;
  await el.updateComplete;
  while (el.status === 'loading') await new Promise((resolve) => el.addEventListener('akimat-status', resolve, { once: true }));
  await el.updateComplete;
  return el;
}

describe('<akimat-council-list> on the demo sample feed', () => {
  before(startMsw);
  afterEach(() => {
    worker.resetHandlers();
    resetFeedClient();
  });

  it('lists the seven councils of East Kazakhstan, its cities and districts, with their meetings', async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
    const el = await demo('<akimat-council-list feed="/feed.json" region="630000000"></akimat-council-list>');
    expect(el.shadowRoot!.querySelectorAll('[part=council]')).to.have.length(7);
    expect(shadowText(el)).to.contain('7 councils found').and.not.contain('Public Council of Abai Region');
    const vko = [...el.shadowRoot!.querySelectorAll('[part=council]')]
      .find((a) => a.querySelector('[part=name]')!.textContent!.trim() === 'Public Council of East Kazakhstan Region')!;
    expect(vko.querySelector('[part=next-meeting]')!.textContent).to.contain('10 December 2026');
    vko.querySelector<HTMLButtonElement>('[part=past-toggle]')!.click();
    await el.updateComplete;
    const protocols = [...vko.querySelectorAll<HTMLAnchorElement>('[part=protocol]')].map((a) => a.href);
    expect(protocols).to.have.length(3);
    for (const href of protocols) expect(href).to.match(/^https:\/\//);
  });

  for (const lang of ['kk', 'ru', 'en'] as const) {
    it(`has no axe violations (WCAG 2.2 AA and best practice) in ${lang} with every disclosure open`, async () => {
      document.documentElement.lang = lang;
      await setLocale(lang);
      const el = await demo('<akimat-council-list feed="/feed.json" region="630000000" heading-level="3"></akimat-council-list>');
      for (const toggle of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle')) toggle.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.toggle[aria-expanded=true]').length).to.be.greaterThan(7);
      await expect(el.closest('main')!).to.be.accessible(AXE);
    });
  }

  it('points to the district akimat when a district has no council', async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
    const el = await demo('<akimat-council-list feed="/feed.json" region="634800000"></akimat-council-list>');
    expect(el.status).to.equal('empty');
    expect(shadowText(el)).to.contain('No public councils are published for this region yet.').and.contain('Akimat of Altai District');
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=email]')!.href).to.equal('mailto:info@altai.example.kz');
    await expect(el.closest('main')!).to.be.accessible(AXE);
  });
});
