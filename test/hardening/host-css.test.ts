import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { setLocale } from '../../src/localization/locale.js';
import { HttpResponse, serve, startMsw, worker } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import { borderProblems, overflowProblems, targetProblems, visibleElements } from './support/layout.js';
import { element, expandAll, settleAll, type Widget } from './support/widgets.js';

/**
 * Hostile host CSS (issue 8): pages with aggressive global rules. The page's rules reach a
 * widget only through its host element and what inherits from it; the widgets must keep
 * their own typography, box model, borders and 44 px targets, and nothing may stick out.
 * A root font size does scale the widgets (rem), on purpose: users' text size works that way.
 */
const SCENARIOS: Readonly<Record<string, string>> = {
  'resets on * with !important': `
    * { box-sizing: content-box !important; margin: 1em !important; padding: 0 !important; line-height: 3 !important;
        letter-spacing: .5em !important; word-spacing: 1em !important; text-transform: uppercase !important;
        text-align: justify !important; text-indent: 5em !important; white-space: nowrap !important;
        font-weight: 900 !important; font-style: italic !important; color: red !important; border: 0 !important; }
    body * { font-size: 40px !important; }
    input, button, a, select { all: unset !important; display: inline !important; color: red !important; }`,
  'box-sizing flipped to content-box': `
    *, *::before, *::after { box-sizing: content-box !important; }
    akimat-officer-card, akimat-officer-directory, akimat-council-list { padding: 10px; border: 5px solid; }`,
  'the 62.5 % root font-size trick': 'html { font-size: 62.5%; } body { font-size: 1.6rem; }',
  'a huge root font size': 'html { font-size: 32px !important; }',
  'RTL page': 'html { direction: rtl; } body { text-align: right; }',
  'an RTL section in an LTR page': '#stage { direction: rtl; }',
};

/** Inherited properties the widgets reset (src/styles/base.styles.ts): their values inside. */
const RESET: Readonly<Record<string, string>> = {
  letterSpacing: 'normal',
  wordSpacing: '0px',
  textTransform: 'none',
  textIndent: '0px',
  fontStyle: 'normal',
};

function widgets(): Widget[] {
  const feed = '/feed.json';
  return [
    element('akimat-officer-card', { feed, officer: 'vko-4' }),
    element('akimat-officer-card', { feed, body: 'oskemen-akimat', variant: 'compact' }),
    element('akimat-officer-card', { feed: '/missing-feed.json', officer: 'vko-4' }),
    element('akimat-officer-directory', { feed, region: '630000000', 'with-central': '' }),
    element('akimat-council-list', { feed, region: '630000000' }),
    element('akimat-council-list', { feed, region: '634800000' }),
    element('akimat-region-picker', { feed, label: 'Region', root: '630000000', value: '631000000' }),
    element('akimat-meeting-form', { feed, officer: 'vko-4', endpoint: '/api/meeting-requests' }),
    element('akimat-meeting-form', { feed }),
  ];
}

describe('hostile host-page CSS', function () {
  this.timeout(60_000);
  let checks = 0;
  before(async () => {
    await startMsw();
    document.documentElement.lang = 'en';
    await setLocale('en');
    serve('/feed.json', await sampleFeed());
    serve('/missing-feed.json', () => new HttpResponse(null, { status: 404 }));
    serve('/photos/*', () => new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg" width="72" height="72"/>', { headers: { 'content-type': 'image/svg+xml' } }));
  });
  after(() => {
    worker.resetHandlers();
    resetFeedClient();
    console.log(`[host-css] scenarios: ${Object.keys(SCENARIOS).length}, widget checks: ${checks}`);
  });

  for (const [name, css] of Object.entries(SCENARIOS)) {
    it(`${name}: typography, box model, borders and targets hold`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      const container = document.createElement('div');
      container.id = 'stage';
      container.style.width = '640px';
      document.head.append(style);
      document.body.append(container);
      try {
        const all = widgets();
        container.append(...all);
        await settleAll(container);
        for (const widget of all) await expandAll(widget, 'button.toggle:not([part=toggle])');
        const problems: string[] = [];
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        for (const widget of all) {
          const where = `${widget.localName}[${widget.getAttribute('officer') ?? widget.getAttribute('region') ?? widget.getAttribute('body') ?? widget.getAttribute('root') ?? ''}]`;
          const host = getComputedStyle(widget);
          // The widget's own size and colour, whatever `* { … !important }` said.
          if (parseFloat(host.fontSize) !== rem) problems.push(`${where}: font-size ${host.fontSize}, root ${rem}px`);
          if (host.color !== 'rgb(27, 31, 36)') problems.push(`${where}: text colour ${host.color}`);
          for (const el of visibleElements(widget)) {
            const inner = getComputedStyle(el);
            for (const [property, value] of Object.entries(RESET)) {
              if (inner[property as 'letterSpacing'] !== value) problems.push(`${where} <${el.localName}>: ${property} ${inner[property as 'letterSpacing']}`);
            }
            if (inner.boxSizing !== 'border-box') problems.push(`${where} <${el.localName}>: box-sizing ${inner.boxSizing}`);
            if (parseFloat(inner.lineHeight) > 2 * parseFloat(inner.fontSize)) problems.push(`${where} <${el.localName}>: line-height ${inner.lineHeight}`);
          }
          problems.push(...[...overflowProblems(widget, container), ...targetProblems(widget), ...borderProblems(widget)].map((p) => `${where}: ${p}`));
          checks += 1;
        }
        // Nothing of ours makes the page scroll sideways (in either direction).
        if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
          problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`);
        }
        // One line per problem, at most a screenful: enough to see what broke.
        expect([...new Set(problems)].slice(0, 25)).to.deep.equal([]);
      } finally {
        style.remove();
        container.remove();
        resetFeedClient();
      }
    });
  }
});
