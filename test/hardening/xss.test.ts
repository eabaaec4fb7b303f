import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { buildIcs } from '../../src/components/council-list/ics.js';
import { buildVCard } from '../../src/components/officer-card/vcard.js';
import { HttpResponse, http, serve, startMsw, worker } from '../support/msw.js';
import { sampleFeed } from '../support/feeds.js';
import { HTML_PAYLOADS, PAYLOADS } from './support/payloads.js';
import { click, fillValid, mountForm, send, untilRequest } from '../meeting-form/helpers.js';
import { poisonFeed } from './support/poison.js';
import {
  ErrorTrap, deepElements, element, expandAll, openStage, settleAll, withoutCacheStorage, type Widget,
} from './support/widgets.js';

/**
 * XSS (issue 8): each payload goes into every text and URL field of the sample feed (and into
 * ids and the webmaster's `meeting-url`), and every widget renders that feed in its ready,
 * empty and expanded views. Nothing may execute (the global canary stays at zero), no element
 * or attribute that the widgets do not render themselves may appear, the payload shows as
 * literal text, and no address other than http(s) (or our own tel:/mailto:) becomes a link
 * or an image.
 */

const canary = { hits: 0 };
/** Ids and classes of a region and a body with no officers or councils (empty views). */
const EMPTY_REGION = '110000000';
const LINK_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];
const IMAGE_PROTOCOLS = ['http:', 'https:'];

/**
 * The views of the five widgets that show feed text; `url` (a payload too) goes wherever a
 * webmaster gives an address: meeting-url, the form's endpoint, consent and appeal pages.
 */
function mountViews(feed: string, officerId: string, url: string): Widget[] {
  return [
    element('akimat-officer-directory', { feed, 'with-central': '', 'meeting-url': url }),
    element('akimat-officer-directory', { feed, region: EMPTY_REGION }),
    element('akimat-council-list', { feed, 'page-size': '1000' }),
    element('akimat-council-list', { feed, region: EMPTY_REGION }),
    element('akimat-officer-card', { feed, officer: officerId, 'meeting-url': url }),
    element('akimat-officer-card', { feed, officer: 'no-such-officer' }),
    element('akimat-officer-card', { feed, body: 'vko-akimat', variant: 'compact' }),
    element('akimat-region-picker', { feed, label: 'Region', value: PICKED_REGION }),
    element('akimat-meeting-form', { feed, officer: officerId, endpoint: url, 'consent-url': url, 'appeal-url': url }),
    element('akimat-meeting-form', { feed, region: '630000000' }),
  ];
}
const STATUSES = ['ready', 'empty', 'ready', 'empty', 'ready', 'empty', 'ready', 'ready', 'ready', 'ready'];
const PICKED_REGION = '630000000';

/** Renders the views and opens every disclosure and list, so members, protocols and options render too. */
async function render(container: HTMLElement, widgets: Widget[]): Promise<void> {
  container.replaceChildren(...widgets);
  await settleAll(container);
  for (const widget of widgets) await expandAll(widget, 'button.toggle:not([part=toggle])');
  // The picker's list last, so that nothing takes the focus (and closes the list) afterwards.
  const picker = widgets.find((w) => w.localName === 'akimat-region-picker')!;
  picker.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!.click();
  await picker.updateComplete;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Everything unsafe in the rendered DOM; an empty list when all is well. */
function unsafeThings(widget: HTMLElement, allowedTags: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const el of deepElements(widget.shadowRoot!)) {
    if (!allowedTags.has(el.localName)) found.push(`<${el.localName}> appeared in ${widget.localName}`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${attr.name} attribute on <${el.localName}>`);
      if (['srcdoc', 'action', 'formaction', 'xlink:href', 'data', 'srcset'].includes(attr.name)) found.push(`${attr.name} on <${el.localName}>`);
      if (attr.name === 'style' && /url\(|expression|javascript/i.test(attr.value)) found.push(`style ${attr.value}`);
    }
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) {
      const url = new URL(el.href);
      if (!LINK_PROTOCOLS.includes(url.protocol)) found.push(`link to ${el.getAttribute('href')}`);
      if (url.username || url.password) found.push(`link with credentials ${el.href}`);
    }
    if (el instanceof HTMLImageElement && !IMAGE_PROTOCOLS.includes(new URL(el.src).protocol)) found.push(`image from ${el.getAttribute('src')}`);
  }
  return found;
}

describe('XSS payloads in every feed field', function () {
  this.timeout(120_000);
  const bodies = new Map<string, string>();
  const trapped = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  let restoreCaches: () => void;

  before(async () => {
    await startMsw();
    restoreCaches = withoutCacheStorage();
    const hit = (): undefined => { canary.hits += 1; return undefined; };
    Object.assign(window, { xss: hit, alert: hit, confirm: hit, prompt: hit });
    worker.use(http.get(/\/xss\/[^/]+\.json$/, ({ request }) => new HttpResponse(bodies.get(new URL(request.url).pathname) ?? '', { headers: { 'content-type': 'application/json' } })));
  });
  after(() => {
    restoreCaches();
    Object.assign(window, trapped);
    worker.resetHandlers();
    resetFeedClient();
  });

  it(`${PAYLOADS.length} payloads × every text and URL field: nothing executes, nothing unsafe is linked`, async () => {
    const valid = await sampleFeed();
    const { container, trap, close } = openStage();
    let placements = 0;
    let views = 0;
    try {
      // The tags each view renders with a clean feed: nothing else may appear with a poisoned one.
      // Rendered with and without a meeting page (a link, or a button); vko-4 has a photo (a
      // payload photo address that resolves to http(s) is a legitimate image).
      bodies.set('/xss/clean.json', JSON.stringify(valid));
      const allowedTags = STATUSES.map(() => new Set<string>());
      for (const url of ['/meeting', '']) {
        const clean = mountViews('/xss/clean.json', 'vko-4', url);
        await render(container, clean);
        clean.forEach((view, i) => { for (const el of deepElements(view.shadowRoot!)) allowedTags[i]!.add(el.localName); });
      }
      resetFeedClient();

      for (const [index, payload] of PAYLOADS.entries()) {
        const poisoned = poisonFeed(valid, payload);
        const path = `/xss/${index}.json`;
        bodies.set(path, JSON.stringify(poisoned.feed));
        const widgets = mountViews(path, poisoned.officerId, payload);
        await render(container, widgets);
        const where = `payload ${index} ${JSON.stringify(payload)}`;
        expect(widgets.map((w) => w.status), where).to.deep.equal(STATUSES);
        expect(widgets.flatMap((w, i) => unsafeThings(w, allowedTags[i]!)), where).to.deep.equal([]);
        expect(canary.hits, `${where} executed`).to.equal(0);
        // Shown as the literal text it is (names in the directory, council names in the list).
        const shown = collapse(payload);
        expect(collapse(widgets[0]!.shadowRoot!.textContent!), `${where} not shown as text`).to.include(shown);
        expect(collapse(widgets[2]!.shadowRoot!.textContent!), `${where} not shown as text`).to.include(shown);
        // The picker shows the region's name in its field and the payload names in its list.
        const picker = widgets[7]!.shadowRoot!;
        expect(collapse(picker.querySelector<HTMLInputElement>('[part=input]')!.value), `${where}: picker`).to.equal(shown.replace(/\s+/g, ' '));
        expect(picker.querySelectorAll('[role=option]').length, `${where}: picker options`).to.be.greaterThan(0);
        // The webmaster's meeting-url gets the same scrutiny as feed URLs.
        const meeting = widgets[4]!.shadowRoot!.querySelector('[part=meeting-button]')!;
        if (meeting instanceof HTMLAnchorElement) expect(IMAGE_PROTOCOLS, where).to.include(new URL(meeting.href).protocol);
        placements += poisoned.placements + 1;
        views += widgets.length;
        container.replaceChildren();
        bodies.delete(path);
        resetFeedClient();
      }
    } finally {
      close();
    }
    expect(trap.errors).to.deep.equal([]);
    expect(canary.hits).to.equal(0);
    console.log(`[xss] payloads tried: ${PAYLOADS.length}, field placements: ${placements}, views rendered: ${views}, canary hits: ${canary.hits}`);
  });

  it('downloads (vCard, calendar) keep every payload inside its own property', () => {
    const PROPERTY = /^(BEGIN|VERSION|FN|N|ORG|TITLE|TEL|EMAIL|ADR|URL|NOTE|REV|END|PRODID|CALSCALE|METHOD|UID|DTSTAMP|DTSTART|DTEND|SUMMARY|DESCRIPTION|LOCATION)[;:]/;
    let files = 0;
    for (const payload of PAYLOADS) {
      const vcard = buildVCard({ name: payload, position: payload, organization: payload, phones: [payload], email: payload, address: payload, note: payload });
      const ics = buildIcs({ owner: payload, start: '2026-12-05T10:00:00+05:00', summary: payload, description: payload, location: payload }, new Date(0));
      for (const file of [vcard, ics]) {
        // Unfold continuation lines (RFC 5545 §3.1), then every line must be one of ours.
        const lines = file.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
        for (const line of lines) expect(line, JSON.stringify(payload)).to.match(PROPERTY);
        files += 1;
      }
    }
    console.log(`[xss] download files checked: ${files}`);
  });

  it(`${HTML_PAYLOADS.length} payloads in the meeting endpoint's answers (field errors, details, reference): shown as text only`, async () => {
    serve('/feed.json', await sampleFeed());
    let answer: () => Response = () => HttpResponse.json({});
    serve('/xss/endpoint', () => answer());
    const form = await mountForm('officer="vko-4" endpoint="/xss/endpoint"');
    const trap = new ErrorTrap();
    trap.start();
    let answers = 0;
    const tags = (): string[] => deepElements(form.shadowRoot!).map((el) => el.localName);
    /** One request per answer: a 422 with field errors, a 403 with a detail, a 201 with a reference. */
    const cycle = async (text: string): Promise<string[]> => {
      const seen: string[] = [];
      answer = () => HttpResponse.json({ title: text, detail: text, errors: { message: text, 'applicant.phone': [text], [text]: text } }, { status: 422 });
      await send(form);
      await untilRequest(form, 'editing');
      expect(collapse(form.shadowRoot!.querySelector('#error-summary')!.textContent!), 'summary').to.include(collapse(text));
      seen.push(...tags());
      answer = () => HttpResponse.json({ detail: text }, { status: 403 });
      await send(form);
      await untilRequest(form, 'failed');
      seen.push(...tags());
      answer = () => HttpResponse.json({ reference: text }, { status: 201 });
      await send(form);
      await untilRequest(form, 'sent');
      expect(collapse(form.shadowRoot!.querySelector('[part=reference]')!.textContent!), 'reference').to.include(collapse(text.slice(0, 100)));
      seen.push(...tags());
      answers += 3;
      await click(form, '[part=another-button]');
      await fillValid(form);
      return seen;
    };
    try {
      await fillValid(form);
      const allowed = new Set(await cycle('Plain words from the server'));
      for (const [index, payload] of HTML_PAYLOADS.entries()) {
        const where = `answer payload ${index} ${JSON.stringify(payload)}`;
        const appeared = (await cycle(payload)).filter((tag) => !allowed.has(tag));
        expect(appeared, where).to.deep.equal([]);
        expect(unsafeThings(form, allowed), where).to.deep.equal([]);
        expect(canary.hits, `${where} executed`).to.equal(0);
      }
    } finally {
      trap.stop();
      form.remove();
    }
    expect(trap.errors).to.deep.equal([]);
    console.log(`[xss] endpoint answers tried: ${answers} (422 field errors, 403 detail, 201 reference), canary hits: ${canary.hits}`);
  });
});
