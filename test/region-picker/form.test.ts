/** The picker as a form field: submit, reset, restore, validity, disabled, events, bad input. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse } from '../support/msw.js';
import { shadowText, untilStatus } from '../support/widgets.js';
import { field, mount, setUpPickerTests, toggle, type AkimatRegionPicker } from './helpers.js';
import { EKO, OSKEMEN, RIDDER, SEMEY } from './region-feed.js';

interface Form {
  form: HTMLFormElement;
  picker: AkimatRegionPicker;
}

/** A native form around a picker; `attrs` go on the picker. */
async function formWith(attrs: string, feed?: object | (() => Response)): Promise<Form> {
  const form = await mount<HTMLFormElement>(`<form>
    <akimat-region-picker feed="{feed}" name="region" label="Region" ${attrs}></akimat-region-picker>
    <button>Send</button>
  </form>`, feed as object);
  const picker = form.querySelector('akimat-region-picker')!;
  return { form, picker };
}

async function choose(picker: AkimatRegionPicker, text: string): Promise<void> {
  picker.focus();
  field(picker).select();
  await sendKeys({ type: text });
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await picker.updateComplete;
}

/** Submits through the submit button; resolves whether the form's submit event fired. */
function trySubmit(form: HTMLFormElement): boolean {
  let submitted = false;
  const onSubmit = (event: Event) => { event.preventDefault(); submitted = true; };
  form.addEventListener('submit', onSubmit);
  form.querySelector('button')!.click();
  form.removeEventListener('submit', onSubmit);
  return submitted;
}

describe('region picker in a form', () => {
  setUpPickerTests();

  it('submits the chosen region id under its name', async () => {
    const { form, picker } = await formWith('');
    await untilStatus(picker, 'ready');
    expect(new FormData(form).get('region')).to.equal('');
    await choose(picker, 'ридд');
    expect(new FormData(form).get('region')).to.equal(RIDDER);
    expect(trySubmit(form)).to.equal(true);
  });

  it('starts from the value attribute, shows its name, and exposes selectedRegion', async () => {
    const { form, picker } = await formWith(`value="${OSKEMEN}"`);
    expect(new FormData(form).get('region')).to.equal(OSKEMEN);
    await untilStatus(picker, 'ready');
    expect(field(picker).value).to.equal('Oskemen');
    expect(picker.selectedRegion).to.deep.equal({ id: OSKEMEN, name: 'Oskemen', path: ['East Kazakhstan Region', 'Oskemen'] });
  });

  it('form.reset() goes back to the value attribute without firing input or change', async () => {
    const { form, picker } = await formWith(`value="${OSKEMEN}"`);
    await untilStatus(picker, 'ready');
    await choose(picker, 'semey');
    expect(picker.value).to.equal(SEMEY);
    let events = 0;
    picker.addEventListener('input', () => events++);
    picker.addEventListener('change', () => events++);
    form.reset();
    await picker.updateComplete;
    expect(picker.value).to.equal(OSKEMEN);
    expect(field(picker).value).to.equal('Oskemen');
    expect(new FormData(form).get('region')).to.equal(OSKEMEN);
    expect(events).to.equal(0);
  });

  it('restores the state the browser saved (back/forward, autofill)', async () => {
    const { form, picker } = await formWith('');
    await untilStatus(picker, 'ready');
    picker.formStateRestoreCallback(RIDDER);
    await picker.updateComplete;
    expect(picker.value).to.equal(RIDDER);
    expect(field(picker).value).to.equal('Ridder');
    expect(new FormData(form).get('region')).to.equal(RIDDER);
  });

  it('required: valueMissing blocks submit, and the message appears only after the attempt', async () => {
    const { form, picker } = await formWith('required');
    await untilStatus(picker, 'ready');
    expect(picker.validity.valueMissing).to.equal(true);
    expect(picker.validationMessage).to.equal('Choose a region.');
    expect(picker.willValidate).to.equal(true);
    expect(picker.form).to.equal(form);
    // Not shouted at before the user did anything.
    expect(picker.shadowRoot!.querySelector('[part=error-message]')).to.equal(null);
    expect(field(picker).getAttribute('aria-invalid')).to.equal('false');
    expect(trySubmit(form)).to.equal(false);
    await picker.updateComplete;
    expect(picker.shadowRoot!.querySelector('[part=error-message]')!.textContent).to.equal('Choose a region.');
    expect(field(picker).getAttribute('aria-invalid')).to.equal('true');
    expect(field(picker).getAttribute('aria-describedby')).to.equal('error');
    await choose(picker, 'oskemen');
    expect(picker.checkValidity()).to.equal(true);
    expect(picker.shadowRoot!.querySelector('[part=error-message]')).to.equal(null);
    expect(trySubmit(form)).to.equal(true);
  });

  it('typed text that is no region is invalid after leaving the field; an exact name is taken', async () => {
    const { picker } = await formWith('');
    await untilStatus(picker, 'ready');
    picker.focus();
    await sendKeys({ type: 'Moskva' });
    await picker.updateComplete;
    // No message while the user is still typing.
    expect(picker.shadowRoot!.querySelector('[part=error-message]')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await picker.updateComplete;
    expect(picker.validity.badInput).to.equal(true);
    expect(picker.reportValidity()).to.equal(false);
    expect(picker.shadowRoot!.querySelector('[part=error-message]')!.textContent).to.equal('Choose a region from the list.');
    picker.focus();
    field(picker).select();
    await sendKeys({ type: 'Ust-Kamenogorsk' });
    await sendKeys({ press: 'Tab' });
    await picker.updateComplete;
    expect(picker.value).to.equal(OSKEMEN);
    expect(picker.checkValidity()).to.equal(true);
    expect(field(picker).value).to.equal('Oskemen');
  });

  it('Enter in the closed field submits the form, as in a text field', async () => {
    const { form, picker } = await formWith(`value="${RIDDER}"`);
    await untilStatus(picker, 'ready');
    picker.focus();
    const submitted = oneEvent(form, 'submit');
    form.addEventListener('submit', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    const event = await submitted;
    expect(new FormData(form).get('region')).to.equal(RIDDER);
    expect(event.type).to.equal('submit');
  });

  it('disabled: field and toggle disabled, nothing submitted; a disabled fieldset does the same', async () => {
    const { form, picker } = await formWith(`disabled value="${OSKEMEN}"`);
    await untilStatus(picker, 'ready');
    expect(field(picker).disabled).to.equal(true);
    expect(toggle(picker).disabled).to.equal(true);
    expect(new FormData(form).has('region')).to.equal(false);
    picker.disabled = false;
    await picker.updateComplete;
    expect(field(picker).disabled).to.equal(false);
    expect(new FormData(form).get('region')).to.equal(OSKEMEN);

    const fieldset = document.createElement('fieldset');
    form.prepend(fieldset);
    fieldset.append(picker);
    fieldset.disabled = true;
    await picker.updateComplete;
    expect(field(picker).disabled).to.equal(true);
    expect(new FormData(form).has('region')).to.equal(false);
  });

  it('fires input, change and akimat-region-change on a user choice only, never while typing or when code sets value', async () => {
    const { picker } = await formWith('');
    await untilStatus(picker, 'ready');
    const seen: string[] = [];
    for (const type of ['input', 'change', 'akimat-region-change']) picker.addEventListener(type, () => seen.push(type));
    const regionChange = oneEvent(picker, 'akimat-region-change');
    picker.focus();
    await sendKeys({ type: 'ридд' });
    expect(seen).to.deep.equal([]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const { detail } = await regionChange;
    expect(detail.region).to.deep.equal({ id: RIDDER, name: 'Ridder', path: ['East Kazakhstan Region', 'Ridder'] });
    expect(seen).to.deep.equal(['input', 'change', 'akimat-region-change']);
    picker.value = OSKEMEN;
    await picker.updateComplete;
    expect(seen).to.have.length(3);
    expect(field(picker).value).to.equal('Oskemen');
    // The native input event crosses shadow roots, as a native one would.
    const composed = oneEvent(document.body, 'input');
    await sendKeys({ press: 'Escape' });
    expect((await composed).composed).to.equal(true);
    expect(picker.value).to.equal('');
  });

  it('refuses an unknown value set by code or markup, with a console warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { form, picker } = await formWith('value="999999999"');
      await untilStatus(picker, 'ready');
      expect(picker.value).to.equal('');
      expect(new FormData(form).get('region')).to.equal('');
      picker.value = 'nowhere';
      expect(picker.value).to.equal('');
      expect(warnings.filter((w) => w.includes('999999999'))).to.have.length(1);
      expect(warnings.some((w) => w.includes('nowhere'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('a failed feed shows the error view and a required field cannot be submitted', async () => {
    const { form, picker } = await formWith('required', () => new HttpResponse(null, { status: 500 }));
    await untilStatus(picker, 'error');
    expect(shadowText(picker)).to.contain('not answering properly');
    expect(picker.validity.valueMissing).to.equal(true);
    expect(picker.validationMessage).to.equal('The list of regions could not be loaded, so a region cannot be chosen now.');
    expect(trySubmit(form)).to.equal(false);
  });

  it('a failed feed does not let a required field pass on an unchecked preset value', async () => {
    const { form, picker } = await formWith(`required value="${OSKEMEN}"`, () => new HttpResponse(null, { status: 503 }));
    await untilStatus(picker, 'error');
    expect(picker.validity.customError).to.equal(true);
    expect(picker.checkValidity()).to.equal(false);
    expect(trySubmit(form)).to.equal(false);
  });

  it('an empty region list shows the empty state, and a required field stays invalid', async () => {
    const { form, picker } = await formWith('required', { version: 1, regions: [], bodies: [], officers: [], councils: [] });
    await untilStatus(picker, 'empty');
    expect(shadowText(picker)).to.contain('There are no regions to choose from.');
    expect(shadowText(picker)).to.contain('Region');
    expect(trySubmit(form)).to.equal(false);
  });

  it('a root with nothing below it is the empty state too', async () => {
    const { picker } = await formWith(`root="${RIDDER}"`);
    await untilStatus(picker, 'empty');
    expect(picker.shadowRoot!.querySelector('[part=empty]')).to.not.equal(null);
    expect(EKO).to.be.a('string');
  });
});
