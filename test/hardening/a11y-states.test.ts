import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { clearFeedCache, writeCachedFeed } from '../../src/feed/cache.js';
import { setLocale } from '../../src/localization/locale.js';
import { examples, SAMPLE_FEED_URL } from '../../demo/examples.js';
import { HttpResponse, serve, startMsw, worker } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import { borderProblems, overflowProblems, targetProblems, visibleElements } from './support/layout.js';
import { deepElements, expandAll, muteWarnings, settleAll, widgetsIn, type Widget } from './support/widgets.js';

/**
 * Accessibility of every state (issue 8), extending test/a11y/examples.test.ts (which covers
 * the demo examples settled and loading): the error, empty, no-match, saved-copy and
 * expanded states in kk, ru and en under axe (WCAG 2.2 AA rules); reflow at 320 px and text
 * at 200 % without loss of content; forced colours keep borders and focus visible.
 */
const AXE = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } };
const STALE_FEED = '/stale-feed.json';
const FALLBACK = '<a href="https://www.gov.kz/">Contacts of the akimat on gov.kz</a>';

/** The states beyond "settled" and "loading", each as markup a webmaster could write. */
const STATES: readonly { readonly title: string; readonly markup: string; readonly prepare?: (w: Widget) => Promise<void> }[] = [
  { title: 'Officer card: feed fails', markup: `<akimat-officer-card feed="/missing-feed.json" officer="vko-1">${FALLBACK}</akimat-officer-card>` },
  { title: 'Directory: feed fails', markup: `<akimat-officer-directory feed="/missing-feed.json" region="630000000">${FALLBACK}</akimat-officer-directory>` },
  { title: 'Councils: feed fails', markup: `<akimat-council-list feed="/missing-feed.json" region="630000000">${FALLBACK}</akimat-council-list>` },
  { title: 'Officer card: officer not found', markup: `<akimat-officer-card feed="${SAMPLE_FEED_URL}" officer="no-such-officer"></akimat-officer-card>` },
  { title: 'Officer card: nothing chosen', markup: `<akimat-officer-card feed="${SAMPLE_FEED_URL}"></akimat-officer-card>` },
  { title: 'Directory: no officers in the region', markup: `<akimat-officer-directory feed="${SAMPLE_FEED_URL}" region="110000000"></akimat-officer-directory>` },
  { title: 'Councils: none in the region', markup: `<akimat-council-list feed="${SAMPLE_FEED_URL}" region="110000000"></akimat-council-list>` },
  { title: 'Councils: none at this level', markup: `<akimat-council-list feed="${SAMPLE_FEED_URL}" region="630000000" level="central"></akimat-council-list>` },
  { title: 'Directory: search finds nothing', markup: `<akimat-officer-directory feed="${SAMPLE_FEED_URL}" region="630000000"></akimat-officer-directory>`, prepare: (w) => search(w, 'zzqx') },
  { title: 'Councils: search finds nothing', markup: `<akimat-council-list feed="${SAMPLE_FEED_URL}" region="630000000"></akimat-council-list>`, prepare: (w) => search(w, 'zzqx') },
  { title: 'Councils: every panel open', markup: `<akimat-council-list feed="${SAMPLE_FEED_URL}" region="630000000"></akimat-council-list>`, prepare: async (w) => { await expandAll(w, 'button.toggle'); } },
  { title: 'Officer card: saved copy, network down', markup: `<akimat-officer-card feed="${STALE_FEED}" officer="vko-4"></akimat-officer-card>` },
  { title: 'Directory: saved copy, network down', markup: `<akimat-officer-directory feed="${STALE_FEED}" region="100000000"></akimat-officer-directory>` },
  { title: 'Councils: saved copy, network down', markup: `<akimat-council-list feed="${STALE_FEED}" region="630000000"></akimat-council-list>` },
  { title: 'Region picker: feed fails', markup: `<akimat-region-picker feed="/missing-feed.json" label="District" root="630000000">${FALLBACK}</akimat-region-picker>` },
  { title: 'Region picker: saved copy, network down', markup: `<akimat-region-picker feed="${STALE_FEED}" label="District" root="630000000"></akimat-region-picker>` },
  { title: 'Region picker: nothing to choose', markup: `<akimat-region-picker feed="${SAMPLE_FEED_URL}" label="District" root="110000000"></akimat-region-picker>` },
  { title: 'Meeting form: feed fails', markup: `<akimat-meeting-form feed="/missing-feed.json" officer="vko-4">${FALLBACK}</akimat-meeting-form>` },
  { title: 'Meeting form: saved copy, network down', markup: `<akimat-meeting-form feed="${STALE_FEED}" officer="vko-4"></akimat-meeting-form>` },
];
/**
 * States on a page of their own: two ready meeting forms on one page would be two form
 * landmarks with one name (a page has one meeting form).
 */
const MORE_STATES: typeof STATES = [
  { title: 'Meeting form: officer no longer published', markup: `<akimat-meeting-form feed="${SAMPLE_FEED_URL}" officer="no-such-officer"></akimat-meeting-form>` },
];
const EXPECTED_STATUSES = [
  'error', 'error', 'error', 'empty', 'empty', 'empty', 'empty', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready', 'ready',
  'error', 'ready', 'empty', 'error', 'ready',
];

async function search(widget: Widget, query: string): Promise<void> {
  const input = widget.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await widget.updateComplete;
}

/** The saved-copy widgets show their notice once the network has failed. */
async function noticeShown(widget: Widget): Promise<void> {
  while (!widget.shadowRoot!.querySelector('[part=notice]')) await new Promise((resolve) => requestAnimationFrame(resolve));
}

async function mountStates(title: string, states = STATES): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(`<main><h1>${title}</h1>${states.map((s) => `<section><h2>${s.title}</h2>${s.markup}</section>`).join('')}</main>`);
  const widgets = widgetsIn(root);
  // The empty states warn the webmaster on the console, as they should; not in the test log.
  const warnings = muteWarnings();
  try {
    await settleAll(root);
  } finally {
    warnings.restore();
  }
  for (const [i, widget] of widgets.entries()) {
    await states[i]!.prepare?.(widget);
    if (widget.getAttribute('feed') === STALE_FEED) await noticeShown(widget);
  }
  return root;
}

/** The demo's examples plus the states above, for the layout checks. */
async function mountEverything(): Promise<HTMLElement> {
  const root = await mountStates('Every state');
  root.insertAdjacentHTML('beforeend', examples.map((e) => `<section><h2>${e.title}</h2>${e.markup}</section>`).join(''));
  await settleAll(root);
  for (const widget of widgetsIn(root)) await expandAll(widget, 'button.toggle:not([part=toggle])');
  return root;
}

describe('accessibility of every state', function () {
  this.timeout(60_000);
  const tally = { axe: 0, layouts: 0, focusStops: 0 };

  before(async () => {
    await startMsw();
    await clearFeedCache();
  });
  beforeEach(async () => {
    const feed = await sampleFeed();
    serve(SAMPLE_FEED_URL, feed);
    serve('/missing-feed.json', () => new HttpResponse('<h1>Not found</h1>', { status: 404, headers: { 'content-type': 'text/html' } }));
    serve(STALE_FEED, () => HttpResponse.error());
    serve('/photos/*', () => new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg"/>', { headers: { 'content-type': 'image/svg+xml' } }));
    await writeCachedFeed(new URL(STALE_FEED, document.baseURI).href, JSON.stringify(feed), '2026-11-01T04:00:00.000Z');
  });
  afterEach(async () => {
    worker.resetHandlers();
    resetFeedClient();
    await clearFeedCache();
    document.body.style.zoom = '';
    await setViewport({ width: 800, height: 600 });
  });
  after(() => console.log(`[a11y-states] axe runs: ${tally.axe} (${STATES.length + MORE_STATES.length} states × kk/ru/en), layouts checked: ${tally.layouts}, focus stops checked: ${tally.focusStops}`));

  for (const locale of ['kk', 'ru', 'en'] as const) {
    it(`error, empty, no-match, saved-copy and expanded states in ${locale}: no axe violations`, async () => {
      document.documentElement.lang = locale;
      await setLocale(locale);
      const root = await mountStates(`States (${locale})`);
      const statuses = widgetsIn(root).map((w) => w.status);
      expect(statuses).to.deep.equal(EXPECTED_STATUSES);
      await expect(root).to.be.accessible(AXE);
      root.remove();
      const more = await mountStates(`More states (${locale})`, MORE_STATES);
      expect(widgetsIn(more).map((w) => w.status)).to.deep.equal(['ready']);
      await expect(more).to.be.accessible(AXE);
      tally.axe += 2;
    });
  }

  for (const [label, setup] of [
    ['320 px wide (reflow, WCAG 1.4.10)', async () => { await setViewport({ width: 320, height: 640 }); }],
    ['text at 200 % (a 1280 px window zoomed, WCAG 1.4.4)', async () => { await setViewport({ width: 1280, height: 800 }); document.body.style.zoom = '2'; }],
  ] as const) {
    it(`${label}: nothing lost, nothing scrolls sideways, targets stay 44 px`, async () => {
      document.documentElement.lang = 'ru';
      await setLocale('ru');
      await setup();
      const root = await mountEverything();
      const problems: string[] = [];
      for (const widget of widgetsIn(root)) {
        problems.push(...[...overflowProblems(widget, root), ...targetProblems(widget)].map((p) => `${widget.localName}: ${p}`));
        // Every text the widget renders is laid out (nothing hidden by the narrow width).
        for (const el of visibleElements(widget)) {
          const rect = el.getBoundingClientRect();
          if (el.textContent?.trim() && rect.width < 1) problems.push(`${widget.localName}: "${el.textContent.trim().slice(0, 30)}" has no width`);
        }
        tally.layouts += 1;
      }
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
      expect([...new Set(problems)].slice(0, 25)).to.deep.equal([]);
    });
  }

  it('forced colours (Windows high contrast): borders stay and focus is visible', async () => {
    document.documentElement.lang = 'en';
    await setLocale('en');
    const root = await mountEverything();
    const bordered = new Map<Element, string>();
    for (const widget of widgetsIn(root)) {
      for (const el of visibleElements(widget)) {
        const style = getComputedStyle(el);
        if (style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1) bordered.set(el, `${widget.localName} <${el.localName} class="${el.className}">`);
      }
    }
    await executeServerCommand('akimat-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const problems: string[] = [];
      for (const [el, where] of bordered) {
        const style = getComputedStyle(el);
        if (style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) < 1 || style.borderTopColor === 'rgba(0, 0, 0, 0)') problems.push(`${where} lost its border`);
      }
      for (const widget of widgetsIn(root)) problems.push(...borderProblems(widget).map((p) => `${widget.localName}: ${p}`));
      // Walk the keyboard through the whole page: each stop in a widget shows a solid outline
      // of 2 px or more, on itself or on the box drawn around it (the picker's field).
      (document.activeElement as HTMLElement | null)?.blur();
      const stops = new Set<Element>();
      let first: Element | null = null;
      for (let i = 0; i < 400; i++) {
        await sendKeys({ press: 'Tab' });
        let focused: Element | null = document.activeElement;
        while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
        if (focused && focused === first) break;
        first ??= focused;
        // Only the widgets' own controls: the demo's page around them is not ours to style.
        const inWidget = (focused?.getRootNode() as ShadowRoot | Document | undefined) instanceof ShadowRoot;
        if (!focused || !inWidget || stops.has(focused)) continue;
        stops.add(focused);
        const ringed = [focused, focused.parentElement].some((el) => {
          const style = el && getComputedStyle(el);
          return style && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        });
        if (!ringed) {
          const style = getComputedStyle(focused);
          problems.push(`focus on <${focused.localName}> "${focused.textContent?.trim().slice(0, 30)}": outline ${style.outlineStyle} ${style.outlineWidth}`);
        }
      }
      tally.focusStops += stops.size;
      expect(stops.size).to.be.greaterThan(20);
      expect(deepElements(root).length).to.be.greaterThan(100);
      expect([...new Set(problems)].slice(0, 25)).to.deep.equal([]);
    } finally {
      await executeServerCommand('akimat-forced-colors', { active: false });
    }
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });
});
