import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { FeedError } from '../../src/feed/errors.js';
import { validateFeed } from '../../src/feed/validate.js';
import type { Feed } from '../../src/feed/types.js';
import { setLocale } from '../../src/localization/locale.js';
import { textOf } from '../../src/localization/text.js';
import { HttpResponse, http, serve, startMsw, worker } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import { COLLECTIONS, fuzzCase, type FuzzCase } from './support/fuzz-feed.js';
import { rng } from './support/prng.js';
import {
  deepElements, expandAll, element, muteWarnings, openStage, renderedIds, settleAll, withoutCacheStorage, type Widget,
} from './support/widgets.js';

/**
 * Feed fuzzing (issue 8): 500 deterministic mutations of the demo's sample feed, each served
 * once and rendered by all five widgets of the bundle together on one page. For each case:
 * no uncaught error; a document that is not a feed puts every widget in its error state;
 * otherwise every record the generator left alone survives validation, and every record
 * validation kept is rendered by each widget whose scope includes it.
 */
const SEED = 20261110;
const CASES = 500;
const LOCALES = ['kk', 'ru', 'en'] as const;

const ATTRIBUTE_CASES = 150;

/** The attributes each widget reads (besides `feed`). */
const ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'akimat-officer-card': ['officer', 'body', 'variant', 'heading-level', 'meeting-form', 'meeting-url'],
  'akimat-officer-directory': ['region', 'with-central', 'heading-level', 'meeting-form', 'meeting-url'],
  'akimat-council-list': ['region', 'body', 'level', 'sort', 'heading-level', 'page-size'],
  'akimat-region-picker': ['label', 'root', 'depth', 'value', 'placeholder', 'required', 'disabled', 'name'],
  'akimat-meeting-form': ['officer', 'region', 'endpoint', 'consent-url', 'appeal-url', 'timeout', 'min-fill-ms', 'heading-level'],
};

/** Values a webmaster might mean, so that hostile ones meet rendered content too. */
const PLAUSIBLE: Readonly<Record<string, readonly string[]>> = {
  officer: ['vko-1', 'oskemen-1', ' vko-1 '],
  body: ['vko-akimat', 'oskemen-akimat'],
  region: ['630000000', '631010000', '634800000'],
  variant: ['compact', 'full'],
  level: ['regional', 'district', 'central'],
  sort: ['next-meeting', 'name'],
  'heading-level': ['1', '4', '6'],
  'page-size': ['1', '3'],
  'meeting-url': ['/meeting', 'https://example.kz/priem'],
  root: ['630000000', '100000000'],
  depth: ['1', '2'],
  value: ['631000000', '630000000'],
  label: ['Region', 'Аудан'],
  endpoint: ['/api/meeting-requests'],
  'consent-url': ['https://example.kz/personal-data'],
  'appeal-url': ['https://eotinish.gov.kz/'],
  timeout: ['1000'],
  'min-fill-ms': ['0'],
};

/** Feed addresses that cannot work; each must end in the error state, never in an exception. */
const HOSTILE_FEED_URLS: readonly string[] = [
  '', '   ', 'javascript:alert(1)', 'data:application/json,{"version":1,"officers":[]}', 'http://[bad', '/missing-feed.json', 'about:blank',
];

const HOSTILE_ATTRIBUTE_VALUES: readonly string[] = [
  '', ' ', 'NaN', '-1', '0', '7', '2.5', '1e9', 'Infinity', '-Infinity', '__proto__', 'constructor', 'toString',
  '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '../../etc/passwd',
  'null', 'undefined', 'true', '\u202e', '\ud800', 'x'.repeat(5000), '%', '#meeting', 'meeting"]', '*',
];

interface Expected {
  readonly feed: Feed | undefined;
  readonly directory: readonly string[];
  readonly councils: readonly string[];
  readonly cards: readonly string[];
  /** The region the picker is set to, and the officer the meeting form is opened for. */
  readonly region: string;
  readonly officer: string;
}

/** What the widgets must show for a case, from the validator's verdict (checked separately). */
function expectations(fuzz: FuzzCase, url: string): Expected {
  let doc: unknown;
  try {
    doc = JSON.parse(fuzz.body);
  } catch {
    return { feed: undefined, directory: [], councils: [], cards: ['missing'], region: '', officer: '' };
  }
  let feed: Feed;
  try {
    feed = validateFeed(doc, url).feed;
  } catch (error) {
    // Only a FeedError may come out of validation; anything else is a bug in the validator.
    if (!(error instanceof FeedError)) throw error;
    return { feed: undefined, directory: [], councils: [], cards: ['missing'], region: '', officer: '' };
  }
  const bodies = new Set(feed.bodies.map((b) => b.id));
  const officers = feed.officers.map((o) => o.id);
  // Cards for the officers a mutation touched (when they survived) and one more at random.
  const touched = officers.filter((id) => !fuzz.untouched.officers.includes(id));
  const cards = [...new Set([touched[0], officers[fuzz.index % Math.max(1, officers.length)]])].filter((id): id is string => !!id);
  const regions = feed.regions.map((r) => r.id);
  const touchedRegion = regions.find((id) => !fuzz.untouched.regions.includes(id));
  return {
    feed,
    directory: feed.officers.filter((o) => bodies.has(o.body)).map((o) => o.id),
    councils: feed.councils.map((c) => c.id),
    cards: cards.length ? cards : ['missing'],
    region: touchedRegion ?? regions[fuzz.index % Math.max(1, regions.length)] ?? '',
    officer: cards[0] ?? '',
  };
}

/** Opens every page of a list widget ("Show more" until it is gone). */
async function showEverything(widget: Widget): Promise<void> {
  for (let more = widget.shadowRoot!.querySelector<HTMLButtonElement>('[part=more-button]'); more; more = widget.shadowRoot!.querySelector('[part=more-button]')) {
    more.click();
    await widget.updateComplete;
  }
}

describe('feed fuzzing', function () {
  this.timeout(240_000);
  const bodies = new Map<string, string>();
  let restoreCaches: () => void;

  before(async () => {
    await startMsw();
    restoreCaches = withoutCacheStorage();
  });
  after(() => {
    restoreCaches();
    worker.resetHandlers();
    resetFeedClient();
  });

  it(`${CASES} mutated feeds: no uncaught error, every valid record rendered by every widget`, async () => {
    const valid = await sampleFeed();
    worker.use(http.get(/\/fuzz\/\d+\.json$/, ({ request }) => {
      const body = bodies.get(new URL(request.url).pathname) ?? '';
      return new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
    }));
    // Not laid out: the checks read the DOM, and laying out 500 pages of widgets (with
    // megabyte names and 400 phone numbers) would be most of the run's time.
    const { container, trap, warnings, close } = openStage({ hidden: true });
    const tally = { cases: 0, broken: 0, rendered: 0, operators: new Map<string, number>(), searches: 0, disclosures: 0 };
    try {
      for (let index = 0; index < CASES; index++) {
        const fuzz = fuzzCase(valid, SEED, index);
        const path = `/fuzz/${index}.json`;
        const url = new URL(path, document.baseURI).href;
        const where = `case ${index} (seed ${SEED}): ${fuzz.mutations.join('; ')}`;
        bodies.set(path, fuzz.body);
        const expected = expectations(fuzz, url);
        for (const m of fuzz.mutations) {
          const name = m.slice(0, m.indexOf(':'));
          tally.operators.set(name, (tally.operators.get(name) ?? 0) + 1);
        }

        // The validator keeps every record the generator left alone.
        if (fuzz.broken) expect(expected.feed, `${where}: a broken document was accepted`).to.equal(undefined);
        for (const c of COLLECTIONS) {
          const kept = new Set((expected.feed?.[c] ?? []).map((record) => record.id));
          const lost = fuzz.untouched[c].filter((id) => !kept.has(id));
          expect(lost, `${where}: untouched ${c} dropped`).to.deep.equal([]);
        }

        const locale = LOCALES[index % LOCALES.length]!;
        document.documentElement.lang = locale;
        await setLocale(locale);
        const directory = element('akimat-officer-directory', { feed: path, 'with-central': '' });
        const councils = element('akimat-council-list', { feed: path, 'page-size': '1000' });
        const cards = expected.cards.map((id) => element('akimat-officer-card', { feed: path, officer: id }));
        const picker = element('akimat-region-picker', { feed: path, label: 'Region' });
        const form = element('akimat-meeting-form', { feed: path, officer: expected.officer, 'min-fill-ms': '0' });
        container.replaceChildren(directory, councils, ...cards, picker, form);
        await settleAll(container);

        if (!expected.feed) {
          tally.broken += 1;
          for (const widget of [directory, councils, ...cards, picker, form]) expect(widget.status, `${where}: ${widget.localName}`).to.equal('error');
        } else {
          expect(directory.status, where).to.equal(expected.directory.length ? 'ready' : 'empty');
          await showEverything(directory);
          expect(renderedIds(directory, 'officer', 'o-').sort(), `${where}: directory`).to.deep.equal([...expected.directory].sort());

          expect(councils.status, where).to.equal(expected.councils.length ? 'ready' : 'empty');
          expect(renderedIds(councils, 'council', 'name-').sort(), `${where}: council list`).to.deep.equal([...expected.councils].sort());
          // Open every member list and past-meetings panel: their contents come from the feed too.
          tally.disclosures += await expandAll(councils, 'button.toggle');

          for (const card of cards) {
            const id = card.getAttribute('officer')!;
            const exists = expected.feed.officers.some((o) => o.id === id);
            expect(card.status, `${where}: card ${id}`).to.equal(exists ? 'ready' : 'empty');
            if (exists) expect(renderedIds(card, 'card', 'name-'), `${where}: card`).to.deep.equal([id]);
          }

          // The picker offers the regions (up to its 50 options) and shows a chosen one by name.
          const regions = expected.feed.regions;
          expect(picker.status, `${where}: picker`).to.equal(regions.length ? 'ready' : 'empty');
          if (regions.length) {
            picker.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!.click();
            await picker.updateComplete;
            expect(picker.shadowRoot!.querySelectorAll('[role=option]').length, `${where}: picker options`).to.equal(Math.min(50, regions.length));
            (picker as unknown as { value: string }).value = expected.region;
            await picker.updateComplete;
            const region = regions.find((r) => r.id === expected.region)!;
            expect(picker.shadowRoot!.querySelector<HTMLInputElement>('[part=input]')!.value, `${where}: picker value`).to.equal(textOf(region.name).replace(/\s+/g, ' '));
          }
          // The meeting form opens for the officer (their name in its summary), or offers the steps.
          expect(form.status, `${where}: form`).to.equal(expected.feed.officers.length ? 'ready' : 'empty');
          if (expected.officer) {
            const officer = expected.feed.officers.find((o) => o.id === expected.officer)!;
            expect(form.shadowRoot!.querySelector('[part=officer-summary]')?.textContent, `${where}: form officer`).to.contain(textOf(officer.name));
          }

          // Searching for an officer by their full name finds them, whatever script the name is in.
          const wanted = expected.feed.officers.find((o) => expected.directory.includes(o.id) && textOf(o.name).length < 200);
          if (wanted) {
            const input = directory.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
            input.value = textOf(wanted.name);
            input.dispatchEvent(new Event('input'));
            await directory.updateComplete;
            await showEverything(directory);
            expect(renderedIds(directory, 'officer', 'o-'), `${where}: search for ${wanted.id}`).to.include(wanted.id);
            tally.searches += 1;
          }
          tally.rendered += expected.directory.length + expected.councils.length + cards.length + 2;
        }
        expect(trap.errors, where).to.deep.equal([]);
        container.replaceChildren();
        bodies.delete(path);
        resetFeedClient();
        tally.cases += 1;
      }
    } finally {
      close();
    }
    const operators = [...tally.operators].sort(([a], [b]) => a.localeCompare(b)).map(([name, n]) => `${name} ${n}`).join(', ');
    console.log(`[fuzz] cases run: ${tally.cases} (seed ${SEED}), broken documents: ${tally.broken}, records checked as rendered: ${tally.rendered}, searches: ${tally.searches}, disclosures opened: ${tally.disclosures}, feed warnings: ${warnings.count}`);
    console.log(`[fuzz] mutations applied: ${operators}`);
    expect(tally.cases).to.equal(CASES);
  });

  it(`${ATTRIBUTE_CASES} hostile attribute combinations: no uncaught error, valid heading levels, no "NaN" or "undefined" shown`, async () => {
    serve('/feed.json', await sampleFeed());
    serve('/missing-feed.json', () => new HttpResponse(null, { status: 404 }));
    const r = rng(SEED);
    const { container, trap, close } = openStage();
    let cases = 0;
    try {
      for (let index = 0; index < ATTRIBUTE_CASES; index++) {
        const widgets = Object.entries(ATTRIBUTES).map(([tag, names]) => {
          const attributes: Record<string, string> = { feed: r.chance(0.1) ? r.pick(HOSTILE_FEED_URLS) : '/feed.json' };
          for (const name of names) if (r.chance(0.6)) attributes[name] = r.chance(0.3) ? r.pick(PLAUSIBLE[name] ?? ['']) : r.pick(HOSTILE_ATTRIBUTE_VALUES);
          return element(tag, attributes);
        });
        const where = `attribute case ${index}: ${widgets.map((w) => w.outerHTML.slice(0, 300)).join(' ')}`;
        container.replaceChildren(...widgets);
        await settleAll(container);
        for (const widget of widgets) {
          await expandAll(widget, 'button.toggle');
          const inside = deepElements(widget.shadowRoot!);
          for (const heading of inside.filter((el) => el.hasAttribute('aria-level'))) {
            expect(heading.getAttribute('aria-level'), `${where}: aria-level`).to.match(/^[1-6]$/);
          }
          // "NaN" or "undefined" on screen is a bug, unless the markup itself said so (label="undefined").
          const said = [...widget.attributes].map((a) => a.value).join(' ');
          const leaked = (widget.shadowRoot!.textContent!.match(/\bNaN\b|\bundefined\b|\[object \w+\]/g) ?? []).filter((word) => !said.includes(word));
          expect(leaked, where).to.deep.equal([]);
          for (const link of inside.filter((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement)) {
            expect(['http:', 'https:', 'tel:', 'mailto:'], `${where}: ${link.href}`).to.include(new URL(link.href).protocol);
          }
        }
        expect(trap.errors, where).to.deep.equal([]);
        cases += 1;
      }
    } finally {
      close();
      worker.resetHandlers();
      resetFeedClient();
    }
    console.log(`[fuzz] attribute combinations run: ${cases}`);
  });
});

/** Each bug the fuzzer found, pinned down as a small case of its own. */
describe('found by fuzzing', () => {
  before(startMsw);
  afterEach(() => { worker.resetHandlers(); resetFeedClient(); });

  it('a lone surrogate in an e-mail or id neither breaks the widget nor becomes a link', async () => {
    const feed = await sampleFeed();
    feed.councils[0].email = 'a\ud800@example.kz';
    feed.councils[0].id = 'council-\udfff';
    feed.officers[0].email = 'x@\ud800\ud800.kz';
    serve('/fuzz/surrogates.json', feed);
    const councils = element('akimat-council-list', { feed: '/fuzz/surrogates.json' });
    const card = element('akimat-officer-card', { feed: '/fuzz/surrogates.json', officer: feed.officers[0].id });
    const container = document.createElement('div');
    container.append(councils, card);
    document.body.append(container);
    const warnings = muteWarnings();
    try {
      await settleAll(container);
    } finally {
      warnings.restore();
    }
    expect(councils.status).to.equal('ready');
    expect(card.status).to.equal('ready');
    expect(renderedIds(councils, 'council', 'name-')).to.include('council-\ufffd');
    const mailto = deepElements(container).filter((el) => el.getAttribute('href')?.startsWith('mailto:'));
    expect(mailto.map((a) => a.getAttribute('href'))).not.to.include.members(['mailto:a%EF%BF%BD@example.kz']);
    expect(card.shadowRoot!.querySelector('[part=email]')).to.equal(null);
    container.remove();
  });

  it('a region whose parent chain runs into a cycle above it keeps its parent', () => {
    const { feed, problems } = validateFeed({
      version: 1,
      regions: [
        { id: 'd', parent: 'a', kind: 'district', name: 'D' },
        { id: 'a', parent: 'b', kind: 'region', name: 'A' },
        { id: 'b', parent: 'a', kind: 'region', name: 'B' },
      ],
    }, location.href);
    const parents = Object.fromEntries(feed.regions.map((r) => [r.id, r.parent]));
    expect(parents).to.deep.equal({ d: 'a', a: null, b: 'a' });
    expect(problems.filter((p) => p.field === 'parent').map((p) => p.record)).to.deep.equal(['a']);
  });

  it('a heading-level that is not an integer 1–6 still gives valid heading levels in the directory', async () => {
    serve('/fuzz/headings.json', await sampleFeed());
    const directory = element('akimat-officer-directory', { feed: '/fuzz/headings.json', 'heading-level': '2.5', 'with-central': '' });
    document.body.append(directory);
    await settleAll(document.body);
    const levels = new Set([...directory.shadowRoot!.querySelectorAll('[aria-level]')].map((h) => h.getAttribute('aria-level')));
    expect([...levels].sort()).to.deep.equal(['3', '4']);
    directory.setAttribute('heading-level', '6');
    await directory.updateComplete;
    expect([...directory.shadowRoot!.querySelectorAll('[aria-level]')].every((h) => h.getAttribute('aria-level') === '6')).to.equal(true);
    directory.remove();
  });

  it('a meeting form for an officer id with a lone surrogate still renders (its draft key is well-formed)', async () => {
    serve('/fuzz/form-surrogate.json', await sampleFeed());
    const form = element('akimat-meeting-form', { feed: '/fuzz/form-surrogate.json', officer: 'vko-\ud800' });
    document.body.append(form);
    const warnings = muteWarnings();
    try {
      await settleAll(document.body);
    } finally {
      warnings.restore();
    }
    expect(form.status).to.equal('ready');
    form.remove();
  });

  it('the region picker shows a name with line breaks on one line, words apart', async () => {
    const feed = await sampleFeed();
    feed.regions[0].name = 'Абай\nоблысы';
    serve('/fuzz/picker-lines.json', feed);
    const picker = element('akimat-region-picker', { feed: '/fuzz/picker-lines.json', label: 'Region', value: feed.regions[0].id });
    document.body.append(picker);
    await settleAll(document.body);
    expect(picker.shadowRoot!.querySelector<HTMLInputElement>('[part=input]')!.value).to.equal('Абай облысы');
    picker.remove();
  });

  it('regions nested deeper than any real tree are cut into top levels, so paths stay short', () => {
    const regions = Array.from({ length: 25 }, (_, i) => ({ id: `r${i}`, parent: i ? `r${i - 1}` : null, kind: 'rural', name: `R${i}` }));
    const { feed, problems } = validateFeed({ version: 1, regions }, location.href);
    const parents = feed.regions.filter((r) => r.parent === null).map((r) => r.id);
    expect(parents).to.deep.equal(['r0', 'r10', 'r20']);
    expect(problems.map((p) => p.message)).to.deep.equal(Array(2).fill('more than 10 levels deep; shown as top-level'));
  });
});

