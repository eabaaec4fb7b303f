/**
 * One test per row of the APG keyboard table (editable combobox, list autocomplete), with
 * real key presses. DOM focus must stay in the text field throughout.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  activeOption, center, field, isExpanded, optionNames, options, readyPicker, setUpPickerTests, toggle,
  type AkimatRegionPicker,
} from './helpers.js';
import { EKO, OSKEMEN, RIDDER } from './region-feed.js';

/** East Kazakhstan in English, in list order: level 2 by name, then the one level-3 unit. */
const EKO_LIST = ['Glubokoe District', 'Kurchum District', 'Oskemen', 'Ridder', 'Ulan District', 'Kasym Kaisenov'];

async function press(picker: AkimatRegionPicker, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    if (key.startsWith('Alt+')) {
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: key.slice(4) });
      await sendKeys({ up: 'Alt' });
    } else {
      await sendKeys({ press: key });
    }
  }
  await picker.updateComplete;
}

function expectFocusInField(picker: AkimatRegionPicker): void {
  expect(document.activeElement).to.equal(picker);
  expect(picker.shadowRoot!.activeElement).to.equal(field(picker));
}

const activeName = (picker: AkimatRegionPicker) => activeOption(picker)?.querySelector('.name')?.textContent?.trim() ?? null;

describe('region picker keyboard (APG)', () => {
  setUpPickerTests();
  let picker: AkimatRegionPicker;
  beforeEach(async () => {
    picker = await readyPicker(`root="${EKO}"`);
  });

  it('Down opens the list on the first option', async () => {
    expect(isExpanded(picker)).to.equal(false);
    await press(picker, 'ArrowDown');
    expect(isExpanded(picker)).to.equal(true);
    expect(optionNames(picker)).to.deep.equal(EKO_LIST);
    expect(activeName(picker)).to.equal('Glubokoe District');
    expect(activeOption(picker)!.getAttribute('aria-selected')).to.equal('true');
    expectFocusInField(picker);
  });

  it('Down moves to the next option and wraps from the last to the first', async () => {
    await press(picker, 'ArrowDown', 'ArrowDown');
    expect(activeName(picker)).to.equal('Kurchum District');
    await press(picker, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown');
    expect(activeName(picker)).to.equal('Kasym Kaisenov');
    await press(picker, 'ArrowDown');
    expect(activeName(picker)).to.equal('Glubokoe District');
    expectFocusInField(picker);
  });

  it('Up opens the list on the last option, moves to the previous one and wraps from the first to the last', async () => {
    await press(picker, 'ArrowUp');
    expect(isExpanded(picker)).to.equal(true);
    expect(activeName(picker)).to.equal('Kasym Kaisenov');
    await press(picker, 'ArrowUp');
    expect(activeName(picker)).to.equal('Ulan District');
    await press(picker, 'ArrowDown', 'ArrowDown');
    expect(activeName(picker)).to.equal('Glubokoe District');
    await press(picker, 'ArrowUp');
    expect(activeName(picker)).to.equal('Kasym Kaisenov');
  });

  it('Alt+Down opens the list without moving visual focus into it', async () => {
    await press(picker, 'Alt+ArrowDown');
    expect(isExpanded(picker)).to.equal(true);
    expect(field(picker).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(options(picker).some((option) => option.getAttribute('aria-selected') === 'true')).to.equal(false);
    expectFocusInField(picker);
  });

  it('Alt+Up closes the list and returns visual focus to the text field', async () => {
    await press(picker, 'ArrowDown', 'ArrowDown');
    await press(picker, 'Alt+ArrowUp');
    expect(isExpanded(picker)).to.equal(false);
    expect(field(picker).hasAttribute('aria-activedescendant')).to.equal(false);
    expect(picker.value).to.equal('');
    expectFocusInField(picker);
  });

  it('Enter accepts the option with visual focus and closes the list', async () => {
    let changes = 0;
    picker.addEventListener('change', () => changes++);
    await press(picker, 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter');
    expect(picker.value).to.equal(OSKEMEN);
    expect(field(picker).value).to.equal('Oskemen');
    expect(isExpanded(picker)).to.equal(false);
    expect(changes).to.equal(1);
    expectFocusInField(picker);
  });

  it('Enter with no option in visual focus closes the list and takes a typed name that spells one region', async () => {
    await press(picker, 'Alt+ArrowDown', 'Enter');
    expect(isExpanded(picker)).to.equal(false);
    expect(picker.value).to.equal('');
    await sendKeys({ type: 'Риддер' });
    await press(picker, 'Enter');
    expect(isExpanded(picker)).to.equal(false);
    expect(picker.value).to.equal(RIDDER);
    expect(field(picker).value).to.equal('Ridder');
  });

  it('Escape closes the list; a second Escape clears the field and the value', async () => {
    await press(picker, 'ArrowUp', 'ArrowUp', 'ArrowUp', 'Enter');
    expect(picker.value).to.equal(RIDDER);
    const inputs: Event[] = [];
    picker.addEventListener('input', (e) => inputs.push(e));
    await press(picker, 'ArrowDown');
    expect(isExpanded(picker)).to.equal(true);
    await press(picker, 'Escape');
    expect(isExpanded(picker)).to.equal(false);
    expect(picker.value).to.equal(RIDDER);
    expect(field(picker).value).to.equal('Ridder');
    await press(picker, 'Escape');
    expect(field(picker).value).to.equal('');
    expect(picker.value).to.equal('');
    expect(inputs).to.have.length(1);
  });

  it('Escape in an empty, closed field is left to the page (a dialog may close)', async () => {
    let reached = false;
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') reached = true; }, { once: true });
    await press(picker, 'Escape');
    expect(reached).to.equal(true);
    await press(picker, 'ArrowDown');
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') reached = false; }, { once: true });
    await press(picker, 'Escape');
    // Closing the list consumed this Escape.
    expect(reached).to.equal(true);
  });

  it('Home and End return visual focus to the text field and move the caret', async () => {
    await sendKeys({ type: 'ri' });
    await press(picker, 'ArrowDown');
    expect(activeName(picker)).to.equal('Ridder');
    await press(picker, 'Home');
    expect(activeOption(picker)).to.equal(null);
    expect(field(picker).selectionStart).to.equal(0);
    expect(isExpanded(picker)).to.equal(true);
    await press(picker, 'ArrowDown', 'End');
    expect(activeOption(picker)).to.equal(null);
    expect(field(picker).selectionStart).to.equal(2);
  });

  it('Left and Right return visual focus to the text field and move the caret by one', async () => {
    await sendKeys({ type: 'ri' });
    await press(picker, 'ArrowDown', 'ArrowLeft');
    expect(activeOption(picker)).to.equal(null);
    expect(field(picker).selectionStart).to.equal(1);
    await press(picker, 'ArrowDown', 'ArrowRight');
    expect(activeOption(picker)).to.equal(null);
    expect(field(picker).selectionStart).to.equal(2);
  });

  it('printable keys type into the field and refilter, from the list too', async () => {
    await sendKeys({ type: 'оске' });
    await picker.updateComplete;
    expect(isExpanded(picker)).to.equal(true);
    expect(optionNames(picker)).to.deep.equal(['Oskemen']);
    await press(picker, 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'ArrowDown');
    expect(activeOption(picker)).to.not.equal(null);
    await sendKeys({ type: 'u' });
    await picker.updateComplete;
    expect(field(picker).value).to.equal('u');
    expect(activeOption(picker)).to.equal(null);
    // Whole-name prefixes first (Ust-Kamenogorsk is Oskemen's alias), by name; then substrings.
    expect(optionNames(picker).slice(0, 2)).to.deep.equal(['Oskemen', 'Ulan District']);
    expect(optionNames(picker)).to.include('Kurchum District');
    expectFocusInField(picker);
  });

  it('a click outside closes the list', async () => {
    await press(picker, 'ArrowDown');
    expect(isExpanded(picker)).to.equal(true);
    const rect = picker.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 5), Math.round(rect.bottom + 400)] });
    await picker.updateComplete;
    expect(isExpanded(picker)).to.equal(false);
  });

  it('a click on an option chooses it and keeps focus in the field', async () => {
    await press(picker, 'Alt+ArrowDown');
    const ridder = options(picker).find((option) => option.textContent!.includes('Ridder'))!;
    await sendMouse({ type: 'click', position: center(ridder) });
    await picker.updateComplete;
    expect(picker.value).to.equal(RIDDER);
    expect(isExpanded(picker)).to.equal(false);
    expectFocusInField(picker);
  });

  it('the toggle button is out of the tab order, opens and closes the list, and keeps focus in the field', async () => {
    const button = toggle(picker);
    expect(button.tabIndex).to.equal(-1);
    await sendMouse({ type: 'click', position: center(button) });
    await picker.updateComplete;
    expect(isExpanded(picker)).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expectFocusInField(picker);
    await sendMouse({ type: 'click', position: center(button) });
    await picker.updateComplete;
    expect(isExpanded(picker)).to.equal(false);
    expectFocusInField(picker);
  });

  it('Tab leaves the field in one press and closes the list', async () => {
    const after = document.createElement('button');
    after.textContent = 'Next';
    picker.after(after);
    await press(picker, 'ArrowDown', 'Tab');
    expect(document.activeElement).to.equal(after);
    expect(isExpanded(picker)).to.equal(false);
    after.remove();
  });
});
