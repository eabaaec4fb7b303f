import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { resetFeedClient } from '../../src/feed/client.js';
import { setLocale } from '../../src/localization/locale.js';
import { officersFound } from '../../src/components/officer-directory/officer-directory.js';
import type { AkimatOfficerDirectory } from '../../src/components/officer-directory/officer-directory.js';
import { serve, startMsw, worker } from '../support/msw.js';
import { scaleFeed, tinyFeed } from '../support/feeds.js';
import { shadowText, untilStatus } from '../support/widgets.js';

let n = 0;

async function directory(feed: object, attrs = 'region="630000000"'): Promise<AkimatOfficerDirectory> {
  const url = `/feeds/directory-${n++}.json`;
  serve(url, feed);
  const host = await fixture<HTMLDivElement>(`<div><akimat-officer-directory feed="${url}" ${attrs}></akimat-officer-directory></div>`);
  const el = host.querySelector('akimat-officer-directory')!;
  await untilStatus(el, 'ready');
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('.officer .name')].map((e) => e.textContent!.trim());

async function typeSearch(el: AkimatOfficerDirectory, text: string): Promise<void> {
  const input = $(el, '[part=search]') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await el.updateComplete;
}

function withCentral(): Record<string, any> {
  const feed = tinyFeed();
  feed.bodies.push({ id: 'ministry', region: null, level: 'central', name: { ru: 'Министерство культуры и информации', kk: 'Мәдениет және ақпарат министрлігі', en: 'Ministry of Culture and Information' } });
  feed.bodies.push({ id: 'vko-policy', region: '630000000', level: 'regional-department', name: { ru: 'Управление внутренней политики ВКО', kk: 'ШҚО ішкі саясат басқармасы', en: 'Internal Policy Department' } });
  feed.officers.push({ id: 'c-1', body: 'ministry', name: { ru: 'Дана Ахметова', kk: 'Дана Ахметова', en: 'Dana Akhmetova' }, position: { ru: 'Заместитель директора департамента', en: 'Deputy director' } });
  feed.officers.push({ id: 'p-1', body: 'vko-policy', name: { ru: 'Марат Оспанов', kk: 'Марат Оспанов', en: 'Marat Ospanov' }, position: { ru: 'Заместитель руководителя управления', en: 'Deputy head of department' } });
  return feed;
}

describe('<akimat-officer-directory>', () => {
  before(startMsw);
  beforeEach(() => { document.documentElement.lang = 'en'; });
  afterEach(() => { worker.resetHandlers(); resetFeedClient(); });

  it('groups the officers of a region and its sub-regions by level', async () => {
    const el = await directory(withCentral());
    const groups = [...el.shadowRoot!.querySelectorAll('[part=group-title]')].map((g) => g.textContent!.trim());
    expect(groups).to.deep.equal(['Regional akimat', 'Regional departments', 'Cities and districts']);
    expect(names(el)).to.deep.equal(['Aigul Nurlanova', 'Marat Ospanov', 'Ерлан Болатович Жаксыбеков']);
    expect($(el, '[part=count]').textContent).to.equal('3 officers found');
    await expect(el).to.be.accessible();
  });

  it('adds central-level officers with with-central', async () => {
    const el = await directory(withCentral(), 'region="630000000" with-central');
    expect(names(el)[0]).to.equal('Dana Akhmetova');
    expect($(el, '[part=group-title]').textContent!.trim()).to.equal('Central government bodies');
  });

  it('narrows to a sub-region with the area filter', async () => {
    const el = await directory(withCentral());
    const select = $(el, '[part=region-filter]') as HTMLSelectElement;
    select.value = '631000000';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ерлан Болатович Жаксыбеков']);
  });

  for (const [query, lang] of [['Нурланова', 'ru'], ['Нұрланова', 'kk'], ['nurlanova', 'en'], ['Nurlanova', 'Latin'], ['айгуль', 'ru lower case']] as const) {
    it(`finds an officer by name in ${lang}: “${query}”`, async () => {
      const el = await directory(withCentral());
      await typeSearch(el, query);
      expect(names(el)).to.deep.equal(['Aigul Nurlanova']);
      expect($(el, '[part=count]').textContent).to.equal('1 officer found');
    });
  }

  for (const query of ['Өскемен', 'oskemen', 'усть-кам', 'Ust-Kamenogorsk']) {
    it(`finds officers by place, transliteration-insensitive: “${query}”`, async () => {
      const el = await directory(withCentral());
      await typeSearch(el, query);
      expect(names(el)).to.include('Ерлан Болатович Жаксыбеков');
      expect(names(el)).not.to.include('Marat Ospanov');
    });
  }

  it('finds officers by position and by body', async () => {
    const el = await directory(withCentral());
    await typeSearch(el, 'internal policy');
    expect(names(el)).to.deep.equal(['Marat Ospanov']);
    await typeSearch(el, 'акима города');
    expect(names(el)).to.deep.equal(['Ерлан Болатович Жаксыбеков']);
  });

  it('says what to try when nothing matches, and Clear brings everything back with focus in the search box', async () => {
    const el = await directory(withCentral());
    await typeSearch(el, 'Алматы');
    expect(el.status).to.equal('ready');
    expect(shadowText(el)).to.contain('No officers match “Алматы”').and.contain('0 officers found');
    await expect(el).to.be.accessible();
    const clear = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear'))!;
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part=search]'));
  });

  it('says so when a region has no officer, and gives the akimat contacts', async () => {
    const feed = tinyFeed();
    feed.regions.push({ id: '632400000', parent: '630000000', kind: 'city', name: { ru: 'г. Риддер', kk: 'Риддер қаласы', en: 'Ridder' } });
    feed.bodies.push({ id: 'ridder-akimat', region: '632400000', level: 'district', name: { en: 'Akimat of Ridder' }, phones: ['+7 72336 2-10-00'], email: 'ridder@example.kz' });
    const url = `/feeds/directory-${n++}.json`;
    serve(url, feed);
    const el = await fixture<AkimatOfficerDirectory>(html`<akimat-officer-directory feed=${url} region="632400000"></akimat-officer-directory>`);
    await untilStatus(el, 'empty');
    expect(shadowText(el)).to.contain('No officer for interaction with civil society').and.contain('Akimat of Ridder');
    expect($(el, '[part=phone]').getAttribute('href')).to.equal('tel:+77233621000');
    await expect(el).to.be.accessible();
  });

  it('pages 3,000 officers: renders 30, then 30 more with focus on the first new one', async () => {
    const el = await directory(scaleFeed(3000));
    expect(el.shadowRoot!.querySelectorAll('.officer')).to.have.length(30);
    expect($(el, '[part=count]').textContent).to.equal('3,002 officers found');
    $(el, '[part=more-button]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.officer')).to.have.length(60);
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal(names(el)[30]);
  });

  it('uses the plural forms of each language for the count', async () => {
    const counts = [1, 2, 5, 11, 21, 22, 25];
    await setLocale('en');
    expect(counts.map(officersFound)).to.deep.equal(['1 officer found', '2 officers found', '5 officers found', '11 officers found', '21 officers found', '22 officers found', '25 officers found']);
    await setLocale('ru');
    expect(counts.map(officersFound)).to.deep.equal([
      'Найден 1 сотрудник', 'Найдено 2 сотрудника', 'Найдено 5 сотрудников', 'Найдено 11 сотрудников',
      'Найден 21 сотрудник', 'Найдено 22 сотрудника', 'Найдено 25 сотрудников',
    ]);
    await setLocale('kk');
    expect(counts.map(officersFound)).to.deep.equal(['1 қызметкер табылды', '2 қызметкер табылды', '5 қызметкер табылды', '11 қызметкер табылды', '21 қызметкер табылды', '22 қызметкер табылды', '25 қызметкер табылды']);
    await setLocale('en');
  });

  it('is usable with the keyboard: search, filter, then each officer’s links', async () => {
    const el = await directory(withCentral());
    $(el, '[part=search]').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('region-filter');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('phone');
  });
});
