import { expect, fixture } from '@open-wc/testing';
import { delay } from 'msw';
import '../../src/index.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { clearFeedCache } from '../../src/feed/cache.js';
import { setLocale } from '../../src/localization/locale.js';
import { examples, SAMPLE_FEED_URL } from '../../demo/examples.js';
import { HttpResponse, serve, startMsw, worker } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import type { WidgetStatus } from '../../src/events/events.js';

/**
 * Every example of the demo (demo/examples.ts), against the demo's sample feed, in each
 * language: zero axe violations (WCAG 2.2 AA rules) once it settles, and while it loads.
 */
type Widget = HTMLElement & { status: WidgetStatus; updateComplete: Promise<boolean> };

const widgetsIn = (root: Element) => [...root.querySelectorAll<Widget>('*')].filter((el) => el.tagName.startsWith('AKIMAT-'));

async function settled(el: Widget): Promise<void> {
  await el.updateComplete;
  while (el.status === 'loading') {
    await new Promise((resolve) => el.addEventListener('akimat-status', resolve, { once: true }));
    await el.updateComplete;
  }
}

const AXE = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };

describe('accessibility of the demo examples', () => {
  before(startMsw);
  afterEach(async () => { worker.resetHandlers(); resetFeedClient(); await clearFeedCache(); });

  for (const locale of ['kk', 'ru', 'en'] as const) {
    for (const example of examples) {
      it(`${example.id} in ${locale}: no axe violations once settled`, async () => {
        serve(SAMPLE_FEED_URL, await sampleFeed());
        document.documentElement.lang = locale;
        await setLocale(locale);
        // The same outline as the demo page: h1 page, h2 section, the widget below it.
        const root = await fixture<HTMLDivElement>(`<main><h1>Demo</h1><section><h2>${example.title}</h2>${example.markup}</section></main>`);
        const widgets = widgetsIn(root);
        expect(widgets.length).to.be.greaterThan(0);
        for (const widget of widgets) await settled(widget);
        await expect(root).to.be.accessible(AXE);
      });
    }
  }

  it('every example has no axe violations while loading', async () => {
    serve(SAMPLE_FEED_URL, async () => { await delay('infinite'); return HttpResponse.json({}); });
    const root = await fixture<HTMLDivElement>(`<main><h1>Loading</h1>${examples.map((e) => `<div>${e.markup.replace('/missing-feed.json', SAMPLE_FEED_URL)}</div>`).join('')}</main>`);
    for (const widget of widgetsIn(root)) {
      await widget.updateComplete;
      expect(widget.status).to.equal('loading');
    }
    await expect(root).to.be.accessible(AXE);
  });
});
