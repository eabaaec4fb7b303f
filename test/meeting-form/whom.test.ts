import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AkimatRegionPicker } from '../../src/components/region-picker/region-picker.js';
import { HttpResponse, serve } from '../support/msw.js';
import { tinyFeed } from '../support/feeds.js';
import { shadowText, untilStatus } from '../support/widgets.js';
import {
  $, NOW, click, control, fillValid, focusedId, freshEndpoint, interceptSubmit, mountForm, selectValue, send, setUpMeetingFormTests,
  typeInto, untilRequest, type AkimatMeetingForm,
} from './helpers.js';

/** Chooses a region in the picker the way a person does: type, arrow down, Enter. */
async function chooseRegion(form: AkimatMeetingForm, typed: string): Promise<void> {
  const picker = $<AkimatRegionPicker>(form, 'akimat-region-picker')!;
  await untilStatus(picker, 'ready');
  picker.focus();
  await sendKeys({ type: typed });
  await picker.updateComplete;
  await sendKeys({ press: 'ArrowDown' });
  await picker.updateComplete;
  await sendKeys({ press: 'Enter' });
  await picker.updateComplete;
  await form.updateComplete;
}

const optionValues = (form: AkimatMeetingForm, id: string) =>
  [...control<HTMLSelectElement>(form, id).options].map((o) => o.value);

describe('<akimat-meeting-form> whom', () => {
  setUpMeetingFormTests();

  it('goes region → body → officer from the feed, and sends what was chosen', async () => {
    const form = await mountForm('');
    expect($(form, '[part=officer-summary]')).to.equal(null);
    await chooseRegion(form, 'Oskemen');
    // The city's own akimat first, then the oblast's bodies above it, then central bodies.
    expect(optionValues(form, 'body').slice(0, 3)).to.deep.equal(['', 'oskemen-akimat', 'vko-akimat']);
    expect(optionValues(form, 'body')).to.include('kz-mci');
    await selectValue(form, 'body', 'oskemen-akimat');
    expect(optionValues(form, 'officer')).to.deep.equal(['', 'vko-11', 'vko-12']);
    await selectValue(form, 'officer', 'vko-12');
    await fillValid(form);
    const caught = interceptSubmit(form);
    await send(form);
    const detail = await caught;
    expect(detail.body).to.include({ officer: 'vko-12', body: 'oskemen-akimat', region: '631000000' });
    detail.resolve();
  });

  it('links the summary to the first step not taken, and focuses the region picker from it', async () => {
    const form = await mountForm('');
    await send(form);
    const link = $<HTMLAnchorElement>(form, '#error-summary a')!;
    expect(link.getAttribute('href')).to.equal('#region');
    expect(link.textContent).to.equal('Select the region where you want to meet an officer');
    link.click();
    expect(focusedId(form)).to.equal('region');
    await chooseRegion(form, 'Oskemen');
    expect($(form, '#region-error')).to.equal(null);
    await send(form);
    expect($<HTMLAnchorElement>(form, '#error-summary a')!.getAttribute('href')).to.equal('#body');
  });

  it('shows a preselected officer as a summary; "Change" opens the steps at that officer\u2019s region', async () => {
    const form = await mountForm('officer="vko-6"');
    const summary = $(form, '[part=officer-summary]')!;
    expect(summary.textContent).to.contain('Madina Bekova');
    await click(form, '[part=change-button]');
    const picker = $<AkimatRegionPicker>(form, 'akimat-region-picker')!;
    expect(focusedId(form)).to.equal('region');
    await untilStatus(picker, 'ready');
    expect(picker.value).to.equal('630000000');
    expect(control<HTMLSelectElement>(form, 'body').value).to.equal('vko-internal-policy');
    expect(control<HTMLSelectElement>(form, 'officer').value).to.equal('vko-6');
  });

  it('lists only the officer\u2019s reception days as preferred dates', async () => {
    const form = await mountForm('officer="vko-6"');
    const options = [...control<HTMLSelectElement>(form, 'preferredDate').options];
    expect(options[0]!.textContent).to.equal('No preference');
    // Tuesdays and Thursdays from tomorrow (Sunday 22 November 2026).
    expect(options.slice(1, 4).map((o) => o.value)).to.deep.equal(['2026-11-24', '2026-11-26', '2026-12-01']);
    expect(options[1]!.textContent).to.equal('Tuesday, 24 November 2026, 15:00–18:00');
  });

  it('offers any future date when the officer publishes no reception days', async () => {
    const form = await mountForm('officer="vko-3"');
    const input = control(form, 'preferredDate');
    expect(input.type).to.equal('date');
    expect(input.min).to.equal('2026-11-22');
    expect(form.now).to.equal(NOW);
  });

  it('says so when the officer asked for is not in the feed, and offers the steps', async () => {
    const form = await mountForm('officer="nobody"');
    expect(shadowText(form)).to.contain('not in the published list');
    expect($(form, 'akimat-region-picker')).to.exist;
  });

  it('moves focus to its title when the officer card asks for it before the feed is ready', async () => {
    const form = await fixture<AkimatMeetingForm>(html`<akimat-meeting-form feed="/feed.json"></akimat-meeting-form>`);
    form.officer = 'vko-11';
    form.focus();
    await untilStatus(form, 'ready');
    await form.updateComplete;
    expect(focusedId(form)).to.equal('heading');
    expect($(form, '[part=officer-summary]')!.textContent).to.contain('Andrey Kim');
  });

  it('shows the feed error with Try again and the page\u2019s fallback markup', async () => {
    serve('/feeds/meeting-broken.json', () => new HttpResponse('nope', { status: 500 }));
    const form = await fixture<AkimatMeetingForm>(html`<akimat-meeting-form feed="/feeds/meeting-broken.json" officer="vko-4"><a href="/contacts">Contacts</a></akimat-meeting-form>`);
    await untilStatus(form, 'error');
    expect($(form, '[part=retry-button]')).to.exist;
    expect(form.shadowRoot!.querySelector('slot')!.assignedElements()[0]!.textContent).to.equal('Contacts');
    await expect(form).to.be.accessible();
  });

  it('is empty, and says why, when the feed has no officers', async () => {
    const feed = tinyFeed();
    feed.officers = [];
    serve('/feeds/meeting-no-officers.json', feed);
    const form = await fixture<AkimatMeetingForm>(html`<akimat-meeting-form feed="/feeds/meeting-no-officers.json"></akimat-meeting-form>`);
    await untilStatus(form, 'empty');
    expect(shadowText(form)).to.contain('No officers are published');
  });

  it('sends the region of the officer\u2019s body when no region was chosen', async () => {
    const form = await mountForm('officer="vko-11"');
    await fillValid(form);
    const caught = interceptSubmit(form);
    await send(form);
    const detail = await caught;
    expect(detail.body).to.include({ officer: 'vko-11', body: 'oskemen-akimat', region: '631000000' });
    detail.resolve();
    await untilRequest(form, 'sent');
  });

  it('leaves what was typed in the region picker alone when it names no region', async () => {
    const form = await mountForm('');
    await chooseRegion(form, 'Oskemen');
    const picker = $<AkimatRegionPicker>(form, 'akimat-region-picker')!;
    const input = picker.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    input.select();
    await sendKeys({ type: 'Atlantis' });
    await sendKeys({ press: 'Tab' });
    await form.updateComplete;
    await picker.updateComplete;
    expect(input.value).to.equal('Atlantis');
    expect(picker.value).to.equal('');
    expect($(form, '#body')).to.equal(null);
  });

  it('empties the region picker too when the restored form is cleared', async () => {
    const endpoint = freshEndpoint();
    const first = await mountForm(`endpoint="${endpoint}"`);
    await chooseRegion(first, 'Oskemen');
    await typeInto(first, 'message', 'Draft');
    first.remove();
    const form = await mountForm(`endpoint="${endpoint}"`);
    const picker = $<AkimatRegionPicker>(form, 'akimat-region-picker')!;
    await untilStatus(picker, 'ready');
    expect(picker.value).to.equal('631000000');
    await chooseRegion(form, 'Ridder');
    expect(picker.value).to.equal('632400000');
    await click(form, '[part=draft-notice] button');
    await picker.updateComplete;
    expect(picker.value).to.equal('');
    expect($(form, '#body')).to.equal(null);
  });
});
