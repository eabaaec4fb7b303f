import { expect, fixture, html } from '@open-wc/testing';
import { delay } from 'msw';
import '../../src/index.js';
import { configureFeedClient, loadFeed, resetFeedClient } from '../../src/feed/client.js';
import { clearFeedCache, writeCachedFeed } from '../../src/feed/cache.js';
import { FeedErrorKind } from '../../src/feed/errors.js';
import type { AkimatOfficerCard } from '../../src/components/officer-card/officer-card.js';
import { HttpResponse, serve, startMsw, worker } from '../support/msw.js';
import { tinyFeed } from '../support/feeds.js';
import { shadowText, untilStatus } from '../support/widgets.js';

let n = 0;
/** A URL no earlier test used, so nothing is shared through the client or the cache. */
const freshUrl = () => `/feeds/client-${Date.now()}-${n++}.json`;

describe('feed client', () => {
  before(startMsw);
  beforeEach(async () => {
    resetFeedClient();
    await clearFeedCache();
    configureFeedClient({ timeout: 10_000 });
  });
  afterEach(() => worker.resetHandlers());

  it('makes exactly one request for four different widgets on one feed', async () => {
    const url = freshUrl();
    const served = serve(url, tinyFeed());
    const root = await fixture<HTMLDivElement>(html`<div>
      <akimat-officer-card feed=${url} officer="o-2"></akimat-officer-card>
      <akimat-officer-directory feed=${url} region="630000000"></akimat-officer-directory>
      <akimat-region-picker feed=${url} label="Region" name="region"></akimat-region-picker>
      <akimat-council-list feed=${url}></akimat-council-list>
      <akimat-officer-card feed=${url} body="vko-akimat" variant="compact"></akimat-officer-card>
    </div>`);
    const widgets = [...root.children] as (HTMLElement & { status: string; updateComplete: Promise<boolean> })[];
    for (const widget of widgets) await untilStatus(widget as never, widget.tagName === 'AKIMAT-COUNCIL-LIST' ? 'empty' : 'ready');
    expect(served.count).to.equal(1);
    expect(shadowText(widgets[0]!)).to.contain('Жаксыбеков');
  });

  it('shows a localized error and a Retry button for an HTML error page, and retries', async () => {
    const url = freshUrl();
    let calls = 0;
    serve(url, () => (++calls === 1
      ? new HttpResponse('<!doctype html><title>Error</title><h1>Service unavailable</h1>', { headers: { 'content-type': 'text/html' } })
      : HttpResponse.json(tinyFeed())));
    document.documentElement.lang = 'en';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"><a href="/officers">All officers</a></akimat-officer-card>`);
    await untilStatus(card, 'error');
    expect(shadowText(card)).to.contain('could not be read');
    // The webmaster's fallback markup is shown with the error.
    const slot = card.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('All officers');
    await expect(card).to.be.accessible();
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry-button]')!.click();
    await untilStatus(card, 'ready');
    expect(calls).to.equal(2);
    expect(shadowText(card)).to.contain('Aigul Nurlanova');
  });

  it('treats HTTP 500 as an error the user can retry', async () => {
    const url = freshUrl();
    const served = serve(url, () => new HttpResponse('oops', { status: 500 }));
    document.documentElement.lang = 'ru';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"></akimat-officer-card>`);
    await untilStatus(card, 'error');
    expect(served.count).to.equal(1);
    expect(shadowText(card)).to.contain('Сайт, который публикует список, отвечает с ошибкой');
    await expect(card).to.be.accessible();
    const failure = await loadFeed(url).catch((e: unknown) => e);
    expect(failure).to.have.property('kind', FeedErrorKind.Http);
    expect(failure).to.have.property('status', 500);
  });

  it('asks again by itself when a server under maintenance gives a Retry-After', async () => {
    const url = freshUrl();
    let calls = 0;
    const served = serve(url, () => (++calls === 1
      ? new HttpResponse('<h1>Maintenance</h1>', { status: 503, headers: { 'content-type': 'text/html', 'retry-after': '1' } })
      : HttpResponse.json(tinyFeed())));
    document.documentElement.lang = 'en';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"></akimat-officer-card>`);
    await untilStatus(card, 'error');
    // Nobody presses Retry: a second after the 503 the widget asks again and shows the officer.
    await untilStatus(card, 'ready');
    expect(served.count).to.equal(2);
    expect(shadowText(card)).to.contain('Aigul Nurlanova');
  });

  it('says the address is wrong, not the connection, for HTTP 404', async () => {
    const url = freshUrl();
    serve(url, () => new HttpResponse('<h1>Not found</h1>', { status: 404, headers: { 'content-type': 'text/html' } }));
    document.documentElement.lang = 'en';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"></akimat-officer-card>`);
    await untilStatus(card, 'error');
    expect(shadowText(card)).to.contain('needs to check the feed address').and.not.contain('connection');
  });

  it('tries again by itself when the browser comes back online', async () => {
    const url = freshUrl();
    let online = false;
    const served = serve(url, () => (online ? HttpResponse.json(tinyFeed()) : HttpResponse.error()));
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"></akimat-officer-card>`);
    await untilStatus(card, 'error');
    online = true;
    window.dispatchEvent(new Event('online'));
    await untilStatus(card, 'ready');
    expect(served.count).to.equal(2);
    expect(shadowText(card)).to.contain('Nurlanova');
  });

  it('gives up after the timeout with a timeout message', async () => {
    const url = freshUrl();
    serve(url, async () => { await delay('infinite'); return HttpResponse.json({}); });
    configureFeedClient({ timeout: 50 });
    document.documentElement.lang = 'en';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"></akimat-officer-card>`);
    await untilStatus(card, 'error');
    expect(shadowText(card)).to.contain('taking too long');
    const error = await loadFeed(url).catch((e: unknown) => e);
    expect(error).to.have.property('kind', FeedErrorKind.Timeout);
  });

  it('skips one invalid record with one warning naming collection, id and field; the rest renders', async () => {
    const url = freshUrl();
    const feed = tinyFeed();
    feed.officers.push({ id: 'broken', body: 'vko-akimat', name: 42, position: { ru: 'x' } });
    serve(url, feed);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const model = await loadFeed(url);
      expect([...model.officers.keys()]).to.deep.equal(['o-1', 'o-2']);
    } finally {
      console.warn = original;
    }
    const about = warnings.filter((w) => w.includes('"broken"'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('officers').and.contain('name').and.contain('record skipped');
  });

  it('shows the saved copy, with a notice, when the network fails', async () => {
    const url = freshUrl();
    const absolute = new URL(url, document.baseURI).href;
    await writeCachedFeed(absolute, JSON.stringify(tinyFeed()), '2026-11-20T08:00:00Z');
    serve(url, () => HttpResponse.error());
    document.documentElement.lang = 'en';
    const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"></akimat-officer-card>`);
    await untilStatus(card, 'ready');
    // loadFeed settles once the network has failed and the saved copy stands.
    await loadFeed(url);
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Aigul Nurlanova').and.contain('saved copy');
    await expect(card).to.be.accessible();
  });

  it('replaces the saved copy with the network copy when it arrives', async () => {
    const url = freshUrl();
    const stale = tinyFeed();
    stale.officers[0].name = { en: 'Old Name' };
    await writeCachedFeed(new URL(url, document.baseURI).href, JSON.stringify(stale));
    serve(url, tinyFeed());
    const model = await loadFeed(url);
    expect(model.officers.get('o-1')!.name).to.have.property('en', 'Aigul Nurlanova');
  });

  it('works when browser storage is unavailable', async () => {
    const url = freshUrl();
    serve(url, tinyFeed());
    const original = CacheStorage.prototype.open;
    CacheStorage.prototype.open = () => Promise.reject(new DOMException('disabled', 'SecurityError'));
    try {
      const card = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"></akimat-officer-card>`);
      await untilStatus(card, 'ready');
      expect(shadowText(card)).to.contain('Nurlanova');
    } finally {
      CacheStorage.prototype.open = original;
    }
  });

  it('aborts the request when the last widget leaves before the answer', async () => {
    const signals: AbortSignal[] = [];
    const originalFetch = window.fetch;
    window.fetch = (_input, init) => {
      signals.push(init!.signal!);
      return new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    };
    try {
      const url = freshUrl();
      const a = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-1"></akimat-officer-card>`);
      const b = await fixture<AkimatOfficerCard>(html`<akimat-officer-card feed=${url} officer="o-2"></akimat-officer-card>`);
      expect(signals).to.have.length(1);
      a.remove();
      expect(signals[0]!.aborted).to.equal(false);
      b.remove();
      expect(signals[0]!.aborted).to.equal(true);
    } finally {
      window.fetch = originalFetch;
    }
  });
});
