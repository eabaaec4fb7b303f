import { expect } from '@open-wc/testing';
import { delay } from 'msw';
import '../../src/index.js';
import { configureFeedClient, resetFeedClient } from '../../src/feed/client.js';
import { clearFeedCache, readCachedFeed, writeCachedFeed } from '../../src/feed/cache.js';
import { setLocale } from '../../src/localization/locale.js';
import { HttpResponse, http, serve, startMsw, worker } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import { shadowText } from '../support/widgets.js';
import { ErrorTrap, element, settleAll, type Widget } from './support/widgets.js';

/**
 * Network faults (issue 8), injected through msw under all five widgets of the bundle at once:
 * each fault, first with nothing saved (the error view with Retry and the webmaster's
 * fallback) and then with a saved copy in Cache Storage (the copy, with a notice). Plus the
 * ways back: Retry after a failure, a widget leaving mid-request, and redirects.
 */
type Resolver = Parameters<typeof serve>[1];
type Outcome = 'connection' | 'missing' | 'server' | 'timeout' | 'unreadable' | 'ok';

interface Fault {
  readonly name: string;
  readonly resolver: Resolver;
  /** What the citizen must be told (or 'ok': the feed is used). */
  readonly outcome: Outcome;
}

const MESSAGES: Readonly<Record<Exclude<Outcome, 'ok'>, string>> = {
  connection: 'The list could not be loaded. Check your connection and try again.',
  missing: 'The list is not at the address this widget was given. The site administrator needs to check the feed address.',
  server: 'The site that publishes the list is not answering properly. Please try again in a few minutes.',
  timeout: 'The list is taking too long to load. Your connection may be slow.',
  unreadable: 'The list published by the akimat could not be read. Please try again later.',
};

const SAVED_AT = '2026-11-01T04:00:00.000Z';
const OFFICER = 'vko-4';
let feedText = '';
let injected = 0;
/** Widget states checked against what the fault calls for. */
let checked = 0;
let n = 0;

/** The answer of a server whose response breaks off after the first bytes. */
function cutOff(): Response {
  const bytes = new TextEncoder().encode(feedText.slice(0, 1000));
  return new HttpResponse(new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.error(new TypeError('connection reset'));
    },
  }), { headers: { 'content-type': 'application/json' } });
}

const FAULTS: readonly Fault[] = [
  { name: 'HTTP 404', outcome: 'missing', resolver: () => new HttpResponse('<h1>Not found</h1>', { status: 404, headers: { 'content-type': 'text/html' } }) },
  { name: 'HTTP 500', outcome: 'server', resolver: () => new HttpResponse('oops', { status: 500 }) },
  { name: 'HTTP 503 with Retry-After', outcome: 'server', resolver: () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '120' } }) },
  { name: 'timeout', outcome: 'timeout', resolver: async () => { await delay('infinite'); return HttpResponse.json({}); } },
  { name: 'connection reset (abort)', outcome: 'connection', resolver: () => HttpResponse.error() },
  { name: 'offline (fetch fails)', outcome: 'connection', resolver: () => HttpResponse.error() },
  { name: 'body cut off mid-way', outcome: 'connection', resolver: cutOff },
  { name: 'malformed JSON', outcome: 'unreadable', resolver: () => new HttpResponse('{"version": 1, "officers": [{"id": ', { headers: { 'content-type': 'application/json' } }) },
  { name: 'wrong content type (an HTML login page)', outcome: 'unreadable', resolver: () => new HttpResponse('<!doctype html><title>Login</title><form>…</form>', { headers: { 'content-type': 'text/html' } }) },
  { name: 'empty 200 answer', outcome: 'unreadable', resolver: () => new HttpResponse('', { status: 200 }) },
  { name: 'HTTP 204 No Content', outcome: 'unreadable', resolver: () => new HttpResponse(null, { status: 204 }) },
  { name: 'a feed of another version', outcome: 'unreadable', resolver: () => HttpResponse.json({ version: 2, officers: [] }) },
  { name: 'redirect loop', outcome: 'connection', resolver: ({ request }) => new HttpResponse(null, { status: 302, headers: { location: request.url } }) },
  { name: 'JSON served as text/plain', outcome: 'ok', resolver: () => new HttpResponse(feedText, { headers: { 'content-type': 'text/plain; charset=utf-8' } }) },
  { name: 'JSON served as application/octet-stream', outcome: 'ok', resolver: () => new HttpResponse(feedText, { headers: { 'content-type': 'application/octet-stream' } }) },
];

/** The five widgets of the bundle on one feed, each with the webmaster's fallback link. */
function mount(feed: string): Widget[] {
  const widgets = [
    element('akimat-officer-card', { feed, officer: OFFICER }),
    element('akimat-officer-directory', { feed, region: '630000000', 'with-central': '' }),
    element('akimat-council-list', { feed, region: '630000000' }),
    element('akimat-region-picker', { feed, label: 'Region', root: '630000000' }),
    element('akimat-meeting-form', { feed, officer: OFFICER, endpoint: '/api/meeting-requests' }),
  ];
  for (const widget of widgets) {
    const fallback = document.createElement('a');
    fallback.href = 'https://www.gov.kz/';
    fallback.textContent = 'Contacts on gov.kz';
    widget.append(fallback);
  }
  document.body.append(...widgets);
  return widgets;
}

function expectErrorView(widget: Widget, outcome: Exclude<Outcome, 'ok'>, where: string): void {
  checked += 1;
  expect(widget.status, where).to.equal('error');
  const root = widget.shadowRoot!;
  expect(root.querySelector('[role=alert]')?.textContent?.trim(), where).to.equal(MESSAGES[outcome]);
  expect(root.querySelector('[part=retry-button]'), `${where}: Retry`).to.exist;
  expect(root.querySelector('slot')!.assignedElements().map((el) => el.textContent), `${where}: fallback`).to.deep.equal(['Contacts on gov.kz']);
}

function expectSavedCopy(widget: Widget, where: string): void {
  checked += 1;
  expect(widget.status, where).to.equal('ready');
  const notice = widget.shadowRoot!.querySelector('[part=notice]');
  expect(notice?.getAttribute('role'), `${where}: notice`).to.equal('status');
  expect(notice?.textContent, `${where}: notice`).to.match(/Showing a saved copy from .*2026/);
}

function expectFresh(widget: Widget, where: string): void {
  checked += 1;
  expect(widget.status, where).to.equal('ready');
  expect(widget.shadowRoot!.querySelector('[part=notice]'), `${where}: no notice`).to.equal(null);
}

/**
 * The officer's photo, wherever the feed's relative address puts it. Kept across tests: a
 * lazy image may ask for it after its test ended.
 */
const photos = http.get(/\/photos\/[\w-]+\.svg$/, () => new HttpResponse('<svg xmlns="http://www.w3.org/2000/svg"/>', { headers: { 'content-type': 'image/svg+xml' } }));

const fresh = (name: string): string => `/net/${name.replace(/\W+/g, '-')}-${n++}.json`;

describe('network faults under every widget', () => {
  before(async () => {
    await startMsw();
    worker.resetHandlers(photos);
    feedText = JSON.stringify(await sampleFeed());
    document.documentElement.lang = 'en';
    await setLocale('en');
  });
  const trap = new ErrorTrap();
  beforeEach(async () => {
    resetFeedClient();
    await clearFeedCache();
    configureFeedClient({ timeout: 10_000 });
    trap.errors.length = 0;
    trap.start();
  });
  afterEach(() => {
    trap.stop();
    for (const widget of document.querySelectorAll('body > [feed]')) widget.remove();
    worker.resetHandlers(photos);
  });
  after(async () => {
    configureFeedClient({ timeout: 10_000 });
    await clearFeedCache();
    console.log(`[network] faults injected: ${injected} (${FAULTS.length} kinds, each without and with a saved copy, plus retries, aborts and redirects), widget states checked: ${checked}`);
  });

  for (const fault of FAULTS) {
    it(`${fault.name}: ${fault.outcome === 'ok' ? 'the feed is used' : 'the error view, with Retry and the fallback'}`, async () => {
      const url = fresh(fault.name);
      const served = serve(url, fault.resolver);
      if (fault.outcome === 'timeout') configureFeedClient({ timeout: 100 });
      const widgets = mount(url);
      await settleAll(document.body);
      injected += 1;
      for (const widget of widgets) {
        const where = `${fault.name}, ${widget.localName}`;
        if (fault.outcome === 'ok') expectFresh(widget, where);
        else expectErrorView(widget, fault.outcome, where);
      }
      // Five widgets, one feed: one request (a redirect loop is the browser's to count).
      if (fault.name !== 'redirect loop') expect(served.count).to.equal(1);
      await nothingEscaped(trap);
    });

    if (fault.outcome === 'ok') continue;
    it(`${fault.name}: a saved copy is shown instead, with a notice`, async () => {
      const url = fresh(fault.name);
      await writeCachedFeed(new URL(url, document.baseURI).href, feedText, SAVED_AT);
      serve(url, fault.resolver);
      if (fault.outcome === 'timeout') configureFeedClient({ timeout: 100 });
      const widgets = mount(url);
      // The saved copy shows at once (loading → ready); the notice comes with the failure.
      for (const widget of widgets) await until(() => !!widget.shadowRoot!.querySelector('[part=notice]'), widget);
      injected += 1;
      for (const widget of widgets) expectSavedCopy(widget, `${fault.name}, ${widget.localName}`);
      expect(shadowText(widgets[0]!)).to.contain('Nurlan Kassymov');
      await nothingEscaped(trap);
    });
  }

  it('Retry after a 503 asks once more, and the widgets recover together', async () => {
    const url = fresh('retry');
    let calls = 0;
    serve(url, () => (++calls === 1 ? new HttpResponse(null, { status: 503, headers: { 'retry-after': '5' } }) : new HttpResponse(feedText)));
    const widgets = mount(url);
    await settleAll(document.body);
    injected += 1;
    for (const widget of widgets) expect(widget.status).to.equal('error');
    widgets[1]!.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await settleAll(document.body);
    for (const widget of widgets) await until(widget, 'ready');
    expect(calls).to.equal(2);
    for (const widget of widgets) expectFresh(widget, widget.localName);
    await nothingEscaped(trap);
  });

  it('widgets removed mid-request abort it; mounted again they load afresh', async () => {
    const url = fresh('abort');
    let calls = 0;
    serve(url, async () => {
      if (++calls === 1) await delay('infinite');
      return new HttpResponse(feedText);
    });
    const widgets = mount(url);
    await until(() => calls === 1, widgets[0]!);
    for (const widget of widgets) widget.remove();
    injected += 1;
    document.body.append(...widgets);
    for (const widget of widgets) await until(widget, 'ready');
    expect(calls).to.equal(2);
    for (const widget of widgets) expectFresh(widget, widget.localName);
    await nothingEscaped(trap);
  });

  it('a redirect is followed, and relative addresses in the feed resolve against where it ended up', async () => {
    const from = fresh('moved');
    const to = '/net/new-home/feed.json';
    serve(from, () => new HttpResponse(null, { status: 301, headers: { location: to } }));
    serve(to, () => new HttpResponse(feedText, { headers: { 'content-type': 'application/json' } }));
    const [card] = mount(from);
    await settleAll(document.body);
    injected += 1;
    expectFresh(card!, 'card');
    const photo = card!.shadowRoot!.querySelector<HTMLImageElement>('img[part=photo]');
    const moved = new URL('/net/new-home/photos/officer-1.svg', document.baseURI).href;
    expect(photo?.src).to.equal(moved);
    // The saved copy remembers where it came from: offline, the photo address is the same.
    while (!(await readCachedFeed(new URL(from, document.baseURI).href))) await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const widget of document.querySelectorAll('body > [feed]')) widget.remove();
    resetFeedClient();
    worker.resetHandlers(photos);
    serve(from, () => HttpResponse.error());
    const [offline] = mount(from);
    await until(() => !!offline!.shadowRoot!.querySelector('[part=notice]'), offline!);
    expect(offline!.shadowRoot!.querySelector<HTMLImageElement>('img[part=photo]')?.src).to.equal(moved);
    await nothingEscaped(trap);
  });

  it('a successful load saves the copy that a later failure shows', async () => {
    const url = fresh('saved');
    const absolute = new URL(url, document.baseURI).href;
    serve(url, () => new HttpResponse(feedText));
    mount(url);
    await settleAll(document.body);
    // The copy is written in the background; wait on the storage itself, not on a timer.
    while (!(await readCachedFeed(absolute))) await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const widget of document.querySelectorAll('body > [feed]')) widget.remove();
    resetFeedClient();
    worker.resetHandlers(photos);
    serve(url, () => HttpResponse.error());
    const widgets = mount(url);
    for (const widget of widgets) await until(() => !!widget.shadowRoot!.querySelector('[part=notice]'), widget);
    injected += 1;
    for (const widget of widgets) expect(widget.status).to.equal('ready');
    await nothingEscaped(trap);
  });
});

/**
 * Lets the task that reports unhandled rejections run (a message round trip, not a timer),
 * then expects no fault to have escaped as an uncaught error or an unhandled rejection.
 */
async function nothingEscaped(trap: ErrorTrap): Promise<void> {
  const channel = new MessageChannel();
  await new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(null); });
  expect(trap.errors).to.deep.equal([]);
}

/** Waits for `status`, or for a condition re-checked after each of the widget's updates. */
async function until(widget: Widget, status: string): Promise<void>;
async function until(condition: () => boolean, widget: Widget): Promise<void>;
async function until(a: Widget | (() => boolean), b: Widget | string): Promise<void> {
  const widget = (typeof a === 'function' ? b : a) as Widget;
  const done = typeof a === 'function' ? a : () => widget.status === b;
  await widget.updateComplete;
  while (!done()) {
    await new Promise((resolve) => {
      widget.addEventListener('akimat-status', resolve, { once: true });
      // A request reaching msw is not a widget event: poll once per frame for it.
      requestAnimationFrame(resolve);
    });
    await widget.updateComplete;
  }
}
