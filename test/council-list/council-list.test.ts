import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/council-list/council-list.js';
import type { AkimatCouncilList } from '../../src/components/council-list/council-list.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { setLocale, type Locale } from '../../src/localization/locale.js';
import { serve, startMsw, worker } from '../support/msw.js';
import { shadowText } from '../support/widgets.js';
import { NOW, councilFeed, manyCouncilsFeed } from './council-feed.js';

let n = 0;
const freshUrl = () => `/feeds/councils-${Date.now()}-${n++}.json`;

interface Options {
  region?: string;
  body?: string;
  sort?: string;
  headingLevel?: number;
  feed?: Record<string, any>;
}

async function useLanguage(lang: Locale): Promise<void> {
  document.documentElement.lang = lang;
  await setLocale(lang);
}

/** Mounts a list on a fresh feed URL with the fixed clock and waits until it left loading. */
async function mount(o: Options = {}): Promise<AkimatCouncilList> {
  const url = freshUrl();
  serve(url, o.feed ?? councilFeed());
  const el = await fixture<AkimatCouncilList>(html`<akimat-council-list feed=${url} region=${ifDefined(o.region)}
    body=${ifDefined(o.body)} sort=${ifDefined(o.sort)} heading-level=${ifDefined(o.headingLevel)} .now=${NOW}></akimat-council-list>`);
  while (el.status === 'loading') await new Promise((resolve) => el.addEventListener('akimat-status', resolve, { once: true }));
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: AkimatCouncilList, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T;
const $$ = <T extends Element = HTMLElement>(el: AkimatCouncilList, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
const names = (el: AkimatCouncilList) => $$(el, '[part=name]').map((h) => h.textContent!.trim());
const countText = (el: AkimatCouncilList) => $(el, '[part=count]').textContent!.trim();
/** The council whose name contains `name`. */
const article = (el: AkimatCouncilList, name: string) =>
  $$(el, '[part=council]').find((a) => a.querySelector('[part=name]')!.textContent!.includes(name))!;

async function search(el: AkimatCouncilList, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '[part=search]');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await el.updateComplete;
}

describe('<akimat-council-list>', () => {
  before(startMsw);
  beforeEach(() => useLanguage('en'));
  afterEach(() => {
    worker.resetHandlers();
    resetFeedClient();
  });

  describe('scope', () => {
    it('shows the councils of a region and its sub-regions, not of other regions or central bodies', async () => {
      const el = await mount({ region: '630000000' });
      expect(names(el)).to.deep.equal([
        'Public Council of East Kazakhstan Region', 'Public Council of Glubokoe District',
        'Public Council of Oskemen', 'Public Council of the Health Department',
      ]);
      expect(countText(el)).to.equal('4 councils found');
      expect(el.shadowRoot!.getElementById('search')?.getAttribute('type')).to.equal('search');
    });

    it('narrows to a sub-region and to one body', async () => {
      const city = await mount({ region: '631000000' });
      expect(names(city)).to.deep.equal(['Public Council of Oskemen']);
      expect(countText(city)).to.equal('1 council found');
      const body = await mount({ body: 'vko-health' });
      expect(names(body)).to.deep.equal(['Public Council of the Health Department']);
    });

    it('shows every council in the feed when neither region nor body is set', async () => {
      const el = await mount();
      expect(names(el)).to.have.length(6);
      expect(names(el)).to.include('Public Council of the Ministry').and.include('Public Council of Abai Region');
    });

    it('shows the host body, the region path, the chair and the composition', async () => {
      const el = await mount({ region: '630000000' });
      const vko = article(el, 'East Kazakhstan Region');
      const text = vko.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Akimat of East Kazakhstan Region').and.contain('Madi Omarov, NGO Association');
      expect(text).to.contain('12 members, 9 from civil society');
      const oskemen = article(el, 'Public Council of Oskemen');
      expect(oskemen.querySelector('[part=path]')!.textContent!.replace(/\s+/g, ' ')).to.contain('East Kazakhstan Region › , Oskemen');
      expect(oskemen.textContent).to.contain('1 member, 1 from civil society');
      expect(vko.querySelector<HTMLAnchorElement>('[part=email]')!.href).to.equal('mailto:council@example.kz');
      expect(vko.querySelector<HTMLAnchorElement>('[part=phone]')!.href).to.equal('tel:+77232556677');
    });

    it('uses heading-level for the council names', async () => {
      const el = await mount({ region: '631000000', headingLevel: 2 });
      const heading = $(el, '[part=name]');
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
    });
  });

  describe('search', () => {
    it('finds councils typed in Kazakh, Russian, English and Kazakh Latin', async () => {
      const el = await mount();
      await search(el, 'Өскемен');
      expect(names(el)).to.deep.equal(['Public Council of Oskemen']);
      await search(el, 'Усть-Каменогорск');
      expect(names(el)).to.deep.equal(['Public Council of Oskemen']);
      await search(el, 'oskemen');
      expect(names(el)).to.deep.equal(['Public Council of Oskemen']);
      await search(el, 'Şyğys Qazaqstan');
      expect(names(el)).to.deep.equal(['Public Council of East Kazakhstan Region']);
      expect(countText(el)).to.equal('1 council found');
    });

    it('finds councils by body, member and organization, in any script', async () => {
      const el = await mount();
      await search(el, 'Särsenova');
      expect(names(el)).to.deep.equal(['Public Council of East Kazakhstan Region']);
      await search(el, 'Жаксыбеков');
      expect(names(el)).to.deep.equal(['Public Council of Glubokoe District']);
      await search(el, 'денсаулық');
      expect(names(el)).to.deep.equal(['Public Council of the Health Department']);
      await search(el, '');
      expect(names(el)).to.have.length(6);
      expect(countText(el)).to.equal('6 councils found');
    });

    it('shows council names in the page language and searches in kk and ru pages too', async () => {
      await useLanguage('kk');
      const el = await mount({ region: '630000000' });
      expect(names(el)).to.include('Өскемен қаласының қоғамдық кеңесі');
      await search(el, 'Öskemen');
      expect(names(el)).to.deep.equal(['Өскемен қаласының қоғамдық кеңесі']);
      await useLanguage('ru');
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Общественный совет города Усть-Каменогорска']);
    });

    it('says when nothing matches, and "Clear the search" brings the list back with focus in the search', async () => {
      const el = await mount({ region: '630000000' });
      await search(el, 'Тбилиси');
      expect(names(el)).to.deep.equal([]);
      expect(countText(el)).to.equal('No councils found');
      expect(shadowText(el)).to.contain('No councils match “Тбилиси”. Try another spelling or clear the search.');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part=clear-button]').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=search]'));
      expect($<HTMLInputElement>(el, '[part=search]').value).to.equal('');
    });
  });

  describe('level filter and sorting', () => {
    it('filters by level with localized options', async () => {
      const el = await mount();
      const select = $<HTMLSelectElement>(el, '[part=level-select]');
      expect([...select.options].map((o) => o.value)).to.deep.equal(['all', 'central', 'regional', 'regional-department', 'district']);
      expect(el.shadowRoot!.querySelector('label[for=level]')!.textContent).to.equal('Level');
      select.value = 'district';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Public Council of Glubokoe District', 'Public Council of Oskemen']);
      select.value = 'central';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Public Council of the Ministry']);
    });

    it('offers "Show all levels" when a level has no council in scope', async () => {
      const el = await mount({ region: '630000000' });
      const select = $<HTMLSelectElement>(el, '[part=level-select]');
      select.value = 'central';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(shadowText(el)).to.contain('No councils at this level here.');
      $<HTMLButtonElement>(el, '[part=clear-button]').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal(select);
    });

    it('sorts by name or by next meeting (unscheduled last) from the keyboard', async () => {
      const el = await mount({ region: '630000000' });
      const sort = $<HTMLSelectElement>(el, '[part=sort-select]');
      sort.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(sort.value).to.equal('next-meeting');
      expect(names(el)).to.deep.equal([
        'Public Council of Oskemen', 'Public Council of Glubokoe District',
        'Public Council of East Kazakhstan Region', 'Public Council of the Health Department',
      ]);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(names(el)[0]).to.equal('Public Council of East Kazakhstan Region');
    });

    it('takes the initial order from the sort attribute and sorts by the collation of the page language', async () => {
      const el = await mount({ sort: 'next-meeting' });
      expect(names(el)[0]).to.equal('Public Council of Abai Region');
      await useLanguage('ru');
      const ru = await mount({ region: '630000000' });
      expect(names(ru)).to.deep.equal([
        'Общественный совет Восточно-Казахстанской области', 'Общественный совет Глубоковского района',
        'Общественный совет города Усть-Каменогорска', 'Общественный совет управления здравоохранения',
      ]);
    });
  });

  describe('members and meetings', () => {
    it('shows the member list behind an APG disclosure, toggled with Enter and Space', async () => {
      const el = await mount({ region: '630000000' });
      const vko = article(el, 'East Kazakhstan Region');
      const toggle = vko.querySelector<HTMLButtonElement>('[part=members-toggle]')!;
      const panel = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(toggle.tagName).to.equal('BUTTON');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.be.true;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.be.false;
      const items = [...panel.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items).to.have.length(12);
      expect(items[0]).to.equal('Zhanar Sarsenova, Open Society NGO');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.be.true;
      expect(el.shadowRoot!.activeElement).to.equal(toggle);
    });

    it('shows the next meeting in Kazakhstan time with agenda and place, and later ones', async () => {
      const el = await mount({ region: '630000000' });
      const next = article(el, 'East Kazakhstan Region').querySelector('[part=next-meeting]')!;
      const text = next.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('5 December 2026').and.contain('10:00').and.contain('Oskemen, 1 Example St, hall 2');
      expect(text).to.contain('Report of the akim; budget, 2027');
      expect(next.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-05T10:00:00+05:00');
      expect(text).to.contain('Also scheduled:').and.contain('1 February 2027');
    });

    it('links protocols of past meetings, but never an unsafe protocol URL', async () => {
      const feed = councilFeed();
      feed.councils[0].meetings[2].protocol = 'javascript:alert(document.domain)';
      const el = await mount({ region: '630000000', feed });
      const vko = article(el, 'East Kazakhstan Region');
      vko.querySelector<HTMLButtonElement>('[part=past-toggle]')!.click();
      await el.updateComplete;
      const past = vko.querySelector('[part=past]')!;
      const items = [...past.querySelectorAll('li')];
      expect(items).to.have.length(2);
      expect(items[0]!.textContent).to.contain('10 September 2026').and.contain('Public hearing on parks');
      const links = [...past.querySelectorAll<HTMLAnchorElement>('a')];
      expect(links.map((a) => a.href)).to.deep.equal(['https://example.kz/protocols/2026-09-10.pdf']);
      // The accessible name starts with the visible word and says which meeting.
      expect(links[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Protocol, 10 September 2026 at 10:00$/);
      expect(links[0]!.hasAttribute('aria-label')).to.be.false;
      // The meeting whose protocol was `javascript:` is listed, without a link.
      expect(items[1]!.textContent).to.contain('Spring session').and.contain('no protocol published');
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says when no meeting is scheduled, members are not published or protocols are not published', async () => {
      const el = await mount({ region: '630000000' });
      const health = article(el, 'Health Department');
      expect(health.textContent).to.contain('No meeting is scheduled yet.').and.contain('The members have not been published yet.');
      expect(health.querySelector('[part=calendar-button]')).to.equal(null);
      // No contacts of its own: the host body's are shown.
      expect(health.querySelector<HTMLAnchorElement>('[part=email]')!.href).to.equal('mailto:health@example.kz');
      const oskemen = article(el, 'Public Council of Oskemen');
      expect(oskemen.textContent).to.contain('Protocols have not been published yet.');
      await expect(el).to.be.accessible();
    });

    it('downloads an .ics file of the next meeting with correct UTC times from the fixed clock', async () => {
      const el = await mount({ region: '630000000' });
      const button = article(el, 'East Kazakhstan Region').querySelector<HTMLButtonElement>('[part=calendar-button]')!;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Add to calendar: Public Council of East Kazakhstan Region, 5 December 2026/);
      const blobs: Blob[] = [];
      const links: HTMLAnchorElement[] = [];
      const createObjectURL = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => { blobs.push(blob as Blob); return createObjectURL.call(URL, blob); };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { links.push(this); };
      try {
        button.focus();
        await sendKeys({ press: 'Enter' });
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(links).to.have.length(1);
      expect(links[0]!.download).to.equal('Public Council of East Kazakhstan Region 2026-12-05.ics');
      expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
      const ics = (await blobs[0]!.text()).replace(/\r\n /g, '');
      const lines = ics.split('\r\n');
      expect(lines).to.include.members([
        'BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR',
        'UID:council-c-vko-20261205T050000Z@akimat-widgets',
        'DTSTAMP:20261122T040000Z',
        'DTSTART:20261205T050000Z',
        'DTEND:20261205T070000Z',
        'SUMMARY:Public Council of East Kazakhstan Region',
        'DESCRIPTION:Report of the akim\\; budget\\, 2027\\nOther business',
        'LOCATION:Oskemen\\, 1 Example St\\, hall 2',
        'URL:https://example.kz/council',
      ]);
    });
  });

  describe('empty states', () => {
    it('says a region has no councils and offers its akimat\u2019s contacts', async () => {
      const el = await mount({ region: '101000000' });
      expect(el.status).to.equal('empty');
      expect(el.matches(':state(empty)')).to.be.true;
      const text = shadowText(el);
      expect(text).to.contain('No public councils are published for this region yet.');
      expect(text).to.contain('To ask about public councils, contact Akimat of Semey:');
      expect($<HTMLAnchorElement>(el, '[part=phone]').href).to.equal('tel:+77222520000');
      expect($<HTMLAnchorElement>(el, '[part=website]').href).to.equal('https://example.kz/semey');
      expect($(el, '[part=search]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('falls back to the feed publisher when the region has no akimat in the feed', async () => {
      const feed = councilFeed();
      feed.councils = [];
      const el = await mount({ feed });
      expect(el.status).to.equal('empty');
      expect(shadowText(el)).to.contain('No public councils are published yet.').and.contain('contact EKR akimat');
      expect($<HTMLAnchorElement>(el, '[part=email]').href).to.equal('mailto:info@example.kz');
    });
  });

  describe('many councils', () => {
    it('shows 20 of 3,000 councils and "Show more" appends 20, moving focus to the first new one', async () => {
      const el = await mount({ feed: manyCouncilsFeed(3000) });
      expect($$(el, '[part=council]')).to.have.length(20);
      expect(countText(el)).to.equal('3,000 councils found');
      const more = $<HTMLButtonElement>(el, '[part=more-button]');
      expect(more.textContent!.trim()).to.equal('Show more (2,980 left)');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, '[part=council]')).to.have.length(40);
      expect(el.shadowRoot!.activeElement).to.equal($$(el, '[part=name]')[20]);
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Council 0021');
      expect(more.textContent!.trim()).to.equal('Show more (2,960 left)');
    });

    it('searches the whole list, not only the shown page, and starts again from the first page', async () => {
      const el = await mount({ feed: manyCouncilsFeed(3000) });
      await search(el, 'Совет 2718');
      expect(names(el)).to.deep.equal(['Council 2718']);
      expect($(el, '[part=more-button]')).to.equal(null);
      // Half of them belong to the health department: found by the body's name.
      await search(el, 'здравоохранения');
      expect(countText(el)).to.equal('1,500 councils found');
      expect($$(el, '[part=council]')).to.have.length(20);
    });
  });

  describe('layout and accessibility', () => {
    it('fits a 320 px wide screen without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 800 });
      try {
        const el = await mount({ region: '630000000' });
        article(el, 'East Kazakhstan Region').querySelector<HTMLButtonElement>('[part=members-toggle]')!.click();
        await el.updateComplete;
        expect(el.getBoundingClientRect().width).to.be.at.most(320);
        for (const node of $$(el, '[part=council], [part=controls], input, select, button')) {
          expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      } finally {
        await setViewport({ width: 1024, height: 768 });
      }
    });

    it('reaches search, level and sort with Tab in order', async () => {
      const root = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
      const el = await mount({ region: '630000000' });
      root.append(el);
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('#before')!.focus();
      const focused: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        focused.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? '');
      }
      expect(focused).to.deep.equal(['search', 'level-select', 'sort-select']);
    });

    for (const lang of ['kk', 'ru', 'en'] as const) {
      it(`has no axe violations in ${lang}: list with disclosures open, no results, empty`, async () => {
        await useLanguage(lang);
        const el = await mount({ region: '630000000' });
        for (const toggle of $$<HTMLButtonElement>(el, '[part=members-toggle], [part=past-toggle]')) toggle.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await search(el, 'Тбилиси');
        expect(names(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
        const empty = await mount({ region: '101000000' });
        await expect(empty).to.be.accessible();
      });
    }
  });
});
