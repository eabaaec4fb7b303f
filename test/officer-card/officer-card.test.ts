import { AkimatMeetingForm } from '../../src/components/meeting-form/meeting-form.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetFeedClient } from '../../src/feed/client.js';
import type { AkimatOfficerCard } from '../../src/components/officer-card/officer-card.js';
import { serve, startMsw, worker } from '../support/msw.js';
import { tinyFeed } from '../support/feeds.js';
import { shadowText, untilStatus } from '../support/widgets.js';

const FEED = '/feeds/card.json';
// 2026-11-24 is a Tuesday. Times below are UTC; Kazakhstan is UTC+5.
const TUESDAY_16_00 = new Date('2026-11-24T11:00:00Z');

async function card(attrs: string, now = TUESDAY_16_00): Promise<AkimatOfficerCard> {
  const host = await fixture<HTMLDivElement>(`<div><akimat-officer-card feed="${FEED}" ${attrs}></akimat-officer-card></div>`);
  const el = host.querySelector('akimat-officer-card')!;
  el.now = now;
  await untilStatus(el, el.officer === 'ghost' || el.body === 'ghost' ? 'empty' : 'ready');
  return el;
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('<akimat-officer-card>', () => {
  before(startMsw);
  beforeEach(() => { document.documentElement.lang = 'en'; serve(FEED, tinyFeed()); });
  afterEach(() => { worker.resetHandlers(); resetFeedClient(); });

  it('shows the officer chosen by id: name, position, body, region path, contacts', async () => {
    const el = await card('officer="o-1"');
    const text = shadowText(el);
    expect(text).to.contain('Aigul Nurlanova').and.contain('Deputy head of the akim’s office').and.contain('Akimat of East Kazakhstan Region');
    expect(part(el, 'path')!.textContent!.replace(/\s+/g, ' ')).to.contain('East Kazakhstan Region');
    const phones = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=phone]')];
    expect(phones.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['tel:+77232123456', '+7 7232 12-34-56'],
      ['tel:+77011234567', '+7 701 123-45-67'],
    ]);
    expect(part(el, 'email')!.getAttribute('href')).to.equal('mailto:a.nurlanova@example.kz');
    await expect(el).to.be.accessible();
  });

  it('lists the officers of a body chosen by body id, with the region path', async () => {
    const el = await card('body="oskemen-akimat"');
    expect(el.shadowRoot!.querySelectorAll('[part=card]')).to.have.length(1);
    expect(shadowText(el)).to.contain('Жаксыбеков');
    expect(part(el, 'path')!.textContent!.replace(/\s+/g, ' ')).to.match(/East Kazakhstan Region\s*›.*Oskemen/);
  });

  it('shows initials when there is no photo, and when the photo fails to load', async () => {
    const feed = tinyFeed();
    feed.officers[0].photo = '/no-such-photo.png';
    worker.resetHandlers();
    serve(FEED, feed);
    const el = await card('officer="o-1"');
    const img = el.shadowRoot!.querySelector('img[part=photo]');
    if (img) await oneEvent(img, 'error');
    await el.updateComplete;
    expect(part(el, 'photo')!.tagName).to.equal('SPAN');
    expect(part(el, 'photo')!.textContent).to.equal('AN');
  });

  it('says clearly when the officer id is unknown, without crashing', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await card('officer="ghost"');
      expect(el.status).to.equal('empty');
      expect(shadowText(el)).to.contain('not in the published list');
      expect(el.shadowRoot!.querySelector('a[href="https://example.kz/"]')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
    expect(warnings.some((w) => w.includes('officer="ghost"'))).to.equal(true);
  });

  describe('reception hint in Kazakhstan time', () => {
    const hint = async (iso: string, officer = 'o-1') => {
      const el = await card(`officer="${officer}"`, new Date(iso));
      return part(el, 'reception-hint')!.textContent!.trim();
    };
    it('during a reception', async () => expect(await hint('2026-11-24T11:00:00Z')).to.equal('Receiving visitors now, until 18:00.'));
    it('later today', async () => expect(await hint('2026-11-24T04:00:00Z')).to.equal('Next reception: today at 15:00.'));
    it('tomorrow', async () => expect(await hint('2026-11-23T07:00:00Z')).to.equal('Next reception: tomorrow at 15:00.'));
    it('on a later weekday, from a day with no reception', async () => expect(await hint('2026-11-27T07:00:00Z')).to.equal('Next reception: Tuesday at 15:00.'));
    it('after the last slot of the day', async () => expect(await hint('2026-11-24T13:30:00Z')).to.equal('Next reception: Thursday at 10:00.'));
    it('for an officer with no hours', async () => expect(await hint('2026-11-24T11:00:00Z', 'o-2')).to.equal('No reception hours are published.'));
  });

  describe('Request a meeting', () => {
    it('fills the meeting form named by meeting-form and moves focus to it', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <akimat-officer-card feed=${FEED} officer="o-1" meeting-form="m"></akimat-officer-card>
        <div id="m" tabindex="-1"></div></div>`);
      const el = host.querySelector('akimat-officer-card')!;
      await untilStatus(el, 'ready');
      const target = host.querySelector<HTMLElement & { officer?: string }>('#m')!;
      part(el, 'meeting-button')!.click();
      expect(target.officer).to.equal('o-1');
      expect(document.activeElement).to.equal(target);
    });

    it('fills a form whose code has not arrived yet, and focuses it once it is defined', async () => {
      // The one-tag bundle fetches the form's code on demand: on a slow network the card can
      // be ready first. Our form's class under a tag defined only after the click plays it.
      const host = await fixture<HTMLDivElement>(html`<div>
        <akimat-officer-card feed=${FEED} officer="o-1" meeting-form="late"></akimat-officer-card>
        <late-meeting-form id="late" feed=${FEED}></late-meeting-form></div>`);
      const el = host.querySelector('akimat-officer-card')!;
      await untilStatus(el, 'ready');
      part(el, 'meeting-button')!.click();
      const target = host.querySelector('#late') as AkimatMeetingForm;
      expect(document.activeElement).not.to.equal(target);
      customElements.define('late-meeting-form', class extends AkimatMeetingForm {});
      await untilStatus(target, 'ready');
      await target.updateComplete;
      // The officer chosen before the upgrade is kept, and the form's title has focus.
      expect(target.officer).to.equal('o-1');
      expect(document.activeElement).to.equal(target);
      expect(target.shadowRoot!.activeElement?.id).to.equal('heading');
    });

    it('links to meeting-url with the officer id', async () => {
      const el = await card('officer="o-1" meeting-url="/meet"');
      const link = part(el, 'meeting-button') as HTMLAnchorElement;
      expect(link.tagName).to.equal('A');
      expect(new URL(link.href).pathname).to.equal('/meet');
      expect(new URL(link.href).searchParams.get('officer')).to.equal('o-1');
    });

    it('never links a javascript: meeting-url', async () => {
      const el = await card('officer="o-1" meeting-url="javascript:alert(1)"');
      expect(part(el, 'meeting-button')!.tagName).to.equal('BUTTON');
    });

    it('fires akimat-meeting-request for the host page otherwise', async () => {
      const el = await card('officer="o-1"');
      setTimeout(() => part(el, 'meeting-button')!.click());
      const event = await oneEvent(el, 'akimat-meeting-request');
      expect(event.detail).to.deep.equal({ officer: 'o-1' });
      expect(event.composed).to.equal(true);
    });
  });

  it('saves a vCard of the officer', async () => {
    const el = await card('officer="o-1"');
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let fileName = '';
    URL.createObjectURL = (blob: Blob) => { blobs.push(blob); return create.call(URL, blob); };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { fileName = this.download; };
    try {
      part(el, 'vcard-button')!.click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(fileName).to.equal('Aigul Nurlanova.vcf');
    const text = await blobs[0]!.text();
    expect(blobs[0]!.type).to.contain('text/vcard');
    expect(text).to.match(/^BEGIN:VCARD\r\nVERSION:3\.0\r\nFN:Aigul Nurlanova\r\n/);
    expect(text).to.contain('TEL;TYPE=WORK,VOICE:+77232123456\r\n').and.contain('TEL;TYPE=WORK,VOICE:+77011234567\r\n');
    expect(text).to.contain('EMAIL;TYPE=INTERNET,WORK:a.nurlanova@example.kz').and.contain('ORG:Akimat of East Kazakhstan Region');
    expect(text).to.contain('TITLE:Deputy head of the akim’s office').and.match(/END:VCARD\r\n$/);
  });

  it('is usable with the keyboard: body link, phones, e-mail and both actions are reached by Tab', async () => {
    const el = await card('officer="o-1"');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: string[] = [];
    for (let i = 0; i < 7; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      reached.push(active?.getAttribute('part') ?? active?.tagName ?? 'none');
    }
    expect(reached).to.deep.equal(['A', 'phone', 'phone', 'email', 'meeting-button', 'vcard-button', 'none']);
    before.remove();
  });

  it('has a compact layout without the weekly table and address', async () => {
    const el = await card('officer="o-1" variant="compact"');
    expect(el.shadowRoot!.querySelector('.slots')).to.equal(null);
    expect(shadowText(el)).not.to.contain('Address');
    expect(part(el, 'reception-hint')).to.exist;
  });
});
