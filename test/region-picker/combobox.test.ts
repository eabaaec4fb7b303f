/** ARIA wiring, announcements, the region tree (paths, root, depth) and search spellings. */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { untilStatus } from '../support/widgets.js';
import {
  activeOption, announcement, center, field, isExpanded, listbox, mount, mountHeld, optionNames, options, readyPicker, settle,
  setUpPickerTests, toggle, typeInto, useLanguage,
} from './helpers.js';
import { ABAI_DISTRICT, EKO, KARAGANDA_ABAI, OSKEMEN, ULAN_RURAL, nationalFeed, regionFeed } from './region-feed.js';

describe('region picker: ARIA, announcements, tree, search', () => {
  setUpPickerTests();

  describe('ARIA', () => {
    it('wires combobox, listbox, options and toggle as the APG pattern says', async () => {
      const picker = await readyPicker();
      const input = field(picker);
      const list = listbox(picker);
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      expect(input.getAttribute('aria-controls')).to.equal(list.id);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      // The listbox is named by the visible label.
      expect(list.getAttribute('aria-labelledby')).to.equal('label');
      expect(picker.shadowRoot!.getElementById('label')!.textContent).to.equal('Region');
      expect(picker.shadowRoot!.querySelector('label')!.htmlFor).to.equal('input');
      const button = toggle(picker);
      expect(button.getAttribute('aria-controls')).to.equal(list.id);
      expect(button.getAttribute('aria-label')).to.equal('Show regions');

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await picker.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      const all = options(picker);
      const ids = all.map((option) => option.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(ids.every((id) => /^[A-Za-z][\w-]*$/.test(id))).to.equal(true);
      // aria-selected marks the option with visual focus, and only it.
      const selected = all.filter((option) => option.getAttribute('aria-selected') === 'true');
      expect(selected).to.deep.equal([activeOption(picker)]);
      expect(input.getAttribute('aria-activedescendant')).to.equal(all[1]!.id);
    });

    it('names the field and the list from an outside <label for>, and a click on that label focuses the field', async () => {
      const root = await mount<HTMLDivElement>(`<div><label for="where">Where do you live?</label>
        <akimat-region-picker id="where" feed="{feed}"></akimat-region-picker></div>`);
      const picker = root.querySelector('akimat-region-picker')!;
      await untilStatus(picker, 'ready');
      expect(field(picker).getAttribute('aria-label')).to.equal('Where do you live?');
      expect(listbox(picker).getAttribute('aria-label')).to.equal('Where do you live?');
      expect(picker.labels[0]!.textContent).to.equal('Where do you live?');
      await sendMouse({ type: 'click', position: center(root.querySelector('label')!) });
      expect(picker.shadowRoot!.activeElement).to.equal(field(picker));
    });

    it('keeps its visible label while loading and after a failure, with a field-high skeleton', async () => {
      const { element: picker, release } = await mountHeld('<akimat-region-picker feed="{feed}" label="Region"></akimat-region-picker>');
      const label = () => picker.shadowRoot!.querySelector('[part=label]')?.textContent;
      expect(picker.status).to.equal('loading');
      expect(label()).to.equal('Region');
      const skeleton = picker.shadowRoot!.querySelector<HTMLElement>('[part=skeleton]')!;
      expect(Math.round(skeleton.getBoundingClientRect().height)).to.equal(44);
      await release(new Response('busy', { status: 503 }));
      await untilStatus(picker, 'error');
      expect(label()).to.equal('Region');
    });

    it('focus() puts the caret in the text field', async () => {
      const picker = await readyPicker();
      picker.blur();
      picker.focus();
      expect(picker.shadowRoot!.activeElement).to.equal(field(picker));
    });
  });

  describe('announcements', () => {
    it('has one polite status region from the first render', async () => {
      const { element: picker, release } = await mountHeld('<akimat-region-picker feed="{feed}"></akimat-region-picker>');
      expect(picker.status).to.equal('loading');
      const live = picker.shadowRoot!.querySelectorAll('.announcer[role=status]');
      expect(live).to.have.length(1);
      expect(live[0]!.textContent!.trim()).to.equal('');
      await release(Response.json(regionFeed()));
      await untilStatus(picker, 'ready');
      expect(picker.shadowRoot!.querySelectorAll('.announcer[role=status]')[0]).to.equal(live[0]);
    });

    it('announces the number of matches with the right plural form', async () => {
      const picker = await readyPicker();
      await typeInto(picker, 'абай');
      expect(await announcement(picker)).to.equal('3 regions found.');
      await typeInto(picker, 'ридд');
      expect(await announcement(picker)).to.equal('1 region found.');
      await typeInto(picker, 'qwxz');
      expect(await announcement(picker)).to.equal('No regions found.');
    });

    it('announces the chosen region with its path when the list collapses', async () => {
      const picker = await readyPicker();
      await typeInto(picker, 'оске');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(await announcement(picker)).to.equal('Selected: Oskemen, East Kazakhstan Region');
    });

    it('says so when nothing matches, with the list collapsed', async () => {
      const picker = await readyPicker();
      await typeInto(picker, 'qwxz');
      await settle(picker);
      expect(isExpanded(picker)).to.equal(false);
      expect(options(picker)).to.have.length(0);
      expect(picker.shadowRoot!.querySelector('[part=popup] .message')!.textContent).to.equal('No regions found.');
    });

    it('renders at most 50 options of a national feed and says how to narrow the list', async () => {
      const picker = await mount('<akimat-region-picker feed="{feed}" label="Region"></akimat-region-picker>', nationalFeed());
      await untilStatus(picker, 'ready');
      picker.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(await announcement(picker)).to.equal('2,420 regions found. The first 50 are listed.');
      expect(options(picker)).to.have.length(50);
      expect(picker.shadowRoot!.querySelector('.note')!.textContent).to.equal('Showing the first 50 of 2,420. Keep typing to narrow the list.');
      await typeInto(picker, 'village 7.5.3');
      expect(optionNames(picker)[0]).to.equal('Village 7.5.3');
      expect(await announcement(picker)).to.match(/regions found/);
    });
  });

  describe('region tree', () => {
    it('shows each option\'s path so that equal names are told apart', async () => {
      const picker = await readyPicker();
      await typeInto(picker, 'abai dist');
      const rows = options(picker).map((option) => [
        option.querySelector('.name')!.textContent!.trim(),
        option.querySelector('.path')!.textContent!.replace(/\s+/g, ' ').trim(),
      ]);
      expect(rows).to.have.deep.members([
        ['Abai District', ', Abai Region'],
        ['Abai District', ', Karaganda Region'],
      ]);
    });

    it('root offers only that subtree, without the root itself', async () => {
      const picker = await readyPicker(`root="${EKO}"`);
      await typeInto(picker, 'абай');
      expect(options(picker)).to.have.length(0);
      await typeInto(picker, 'a');
      const names = optionNames(picker);
      expect(names).to.not.include('East Kazakhstan Region');
      expect(names).to.not.include('Almaty');
      expect(names).to.include('Glubokoe District');
      // Paths start below the root: its name is not repeated on every row.
      const path = (name: string) => options(picker).find((o) => o.querySelector('.name')!.textContent === name)!
        .querySelector('.path')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      expect(path('Glubokoe District')).to.equal('');
      expect(path('Kasym Kaisenov')).to.equal(', Ulan District');
    });

    it('depth="1" offers only the top level; with root, only the root\'s children', async () => {
      const top = await readyPicker('depth="1"');
      await sendKeys({ press: 'ArrowDown' });
      await top.updateComplete;
      expect(optionNames(top)).to.deep.equal(['Abai Region', 'Almaty', 'Almaty Region', 'Astana', 'East Kazakhstan Region', 'Karaganda Region']);
      const districts = await readyPicker(`root="${EKO}" depth="1"`);
      await sendKeys({ press: 'ArrowDown' });
      await districts.updateComplete;
      expect(optionNames(districts)).to.not.include('Kasym Kaisenov');
      expect(optionNames(districts)).to.have.length(5);
    });

    it('refuses a value outside root/depth with a warning', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const picker = await readyPicker(`root="${EKO}" depth="1" value="${ULAN_RURAL}"`);
        expect(picker.value).to.equal('');
        expect(warnings.some((w) => w.includes(ULAN_RURAL))).to.equal(true);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('search spellings', () => {
    it('finds Oskemen as "oskemen", "Өскемен", "усть-кам" and "Ust-Kamenogorsk"', async () => {
      const picker = await readyPicker();
      for (const query of ['oskemen', 'Өскемен', 'усть-кам', 'Ust-Kamenogorsk', 'Öskemen', 'ÓSKEMEN']) {
        await typeInto(picker, query);
        expect(optionNames(picker)[0], query).to.equal('Oskemen');
      }
    });

    it('finds a region by the feed\'s alias and by Kazakh Latin', async () => {
      const picker = await readyPicker();
      for (const query of ['вко', 'Şyğys Qazaqstan', 'Shyghys']) {
        await typeInto(picker, query);
        expect(optionNames(picker), query).to.deep.equal(['East Kazakhstan Region']);
      }
      await typeInto(picker, 'Qaraghandy');
      expect(optionNames(picker)[0]).to.equal('Karaganda Region');
    });

    it('shows names in the page language and searches every language', async () => {
      await useLanguage('ru');
      try {
        const picker = await readyPicker();
        await typeInto(picker, 'oskemen');
        expect(optionNames(picker)).to.deep.equal(['г. Усть-Каменогорск']);
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'Enter' });
        await picker.updateComplete;
        expect(picker.selectedRegion).to.deep.equal({ id: OSKEMEN, name: 'г. Усть-Каменогорск', path: ['Восточно-Казахстанская область', 'г. Усть-Каменогорск'] });
        await useLanguage('kk');
        await picker.updateComplete;
        expect(field(picker).value).to.equal('Өскемен қаласы');
      } finally {
        await useLanguage('en');
      }
    });
  });

  it('equal names: choosing one keeps that one, even when its name is typed again', async () => {
    const picker = await readyPicker();
    await typeInto(picker, 'abai district');
    const karaganda = options(picker).findIndex((option) => option.textContent!.includes('Karaganda'));
    for (let i = 0; i <= karaganda; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(picker.value).to.equal(KARAGANDA_ABAI);
    await typeInto(picker, 'Abai District');
    picker.blur();
    await picker.updateComplete;
    expect(picker.value).to.equal(KARAGANDA_ABAI);
    expect(picker.value).to.not.equal(ABAI_DISTRICT);
  });
});
