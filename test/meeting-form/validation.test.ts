import { expect } from '@open-wc/testing';
import type { AkimatMeetingSubmitDetail } from '../../src/components/meeting-form/request.js';
import {
  $, click, control, fillValid, focusedId, interceptSubmit, mountForm, send, setUpMeetingFormTests, typeInto, untilRequest, useLanguage,
  type AkimatMeetingForm,
} from './helpers.js';

const shownErrors = (form: AkimatMeetingForm) => [...form.shadowRoot!.querySelectorAll('.error-message')].map((e) => e.id);

/** The body the form would send, caught before it leaves (the page "sends" it). */
async function bodyOf(form: AkimatMeetingForm): Promise<AkimatMeetingSubmitDetail['body']> {
  const caught = interceptSubmit(form);
  await send(form);
  const detail = await caught;
  detail.resolve();
  await untilRequest(form, 'sent');
  return detail.body;
}

describe('<akimat-meeting-form> validation', () => {
  setUpMeetingFormTests();

  it('says nothing before the first submit, even about a wrong phone', async () => {
    const form = await mountForm();
    await typeInto(form, 'phone', '12');
    control(form, 'phone').focus();
    control(form, 'name').focus();
    await form.updateComplete;
    expect(shownErrors(form)).to.deep.equal([]);
    expect($(form, '#error-summary')).to.equal(null);
    expect(form.shadowRoot!.querySelectorAll('[aria-invalid=true]')).to.have.length(0);
  });

  it('on submit, focuses a summary of links to every field with an error, tied to inline messages', async () => {
    const form = await mountForm();
    await click(form, '#kind-organization');
    await typeInto(form, 'phone', '12');
    await send(form);
    const summary = $(form, '#error-summary')!;
    expect(focusedId(form)).to.equal('error-summary');
    expect(summary.querySelector('[role=alert]')).to.exist;
    expect(summary.querySelector('[role=heading]')!.textContent).to.equal('There is a problem');
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#organization', '#bin', '#phone', '#topic', '#message', '#consent']);
    expect(links[3]!.textContent).to.equal('Enter a Kazakhstan phone number, like 8 701 123 45 67 or +7 701 123 45 67');
    for (const link of links) {
      const id = link.getAttribute('href')!.slice(1);
      link.click();
      expect(focusedId(form), id).to.equal(id);
      const describedBy = control(form, id).getAttribute('aria-describedby') ?? control(form, id).closest('fieldset')!.getAttribute('aria-describedby')!;
      expect(describedBy.split(' '), id).to.include(`${id}-error`);
      expect($(form, `#${id}-error`)!.textContent).to.contain(link.textContent!);
    }
    expect(control(form, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(control(form, 'consent').getAttribute('aria-invalid')).to.equal('true');
    // The page's URL is not touched by the links.
    expect(location.hash).to.equal('');
  });

  it('removes a message as soon as the field is put right, and adds none before the next submit', async () => {
    const form = await mountForm();
    await send(form);
    expect(shownErrors(form)).to.include('name-error');
    await typeInto(form, 'name', 'Асель');
    expect(shownErrors(form)).not.to.include('name-error');
    await typeInto(form, 'name', '');
    expect(shownErrors(form)).not.to.include('name-error');
    await send(form);
    expect(shownErrors(form)).to.include('name-error');
  });

  it('checks the BIN: length, digits and check digit', async () => {
    const form = await mountForm();
    await fillValid(form, { organization: { name: 'ОО «Жастар»', bin: '94014000038' } });
    await send(form);
    expect($(form, '#bin-error')!.textContent).to.contain('BIN must be 12 digits');
    await typeInto(form, 'bin', '940140000386');
    expect($(form, '#bin-error')!.textContent).to.contain('Enter a valid BIN');
    await typeInto(form, 'bin', '0701 4000 0602');
    expect($(form, '#bin-error')).to.equal(null);
    expect((await bodyOf(form)).applicant).to.include({ kind: 'organization', bin: '070140000602' });
  });

  it('forgets BIN errors when the person writes for themselves after all', async () => {
    const form = await mountForm();
    await fillValid(form, { organization: { name: '', bin: '1' } });
    await send(form);
    expect(shownErrors(form)).to.include.members(['organization-error', 'bin-error']);
    await click(form, '#kind');
    expect(shownErrors(form)).to.deep.equal([]);
    expect((await bodyOf(form)).applicant).to.include({ kind: 'person', organization: null, bin: null });
  });

  for (const phone of ['8 701 123 45 67', '7 701 123-45-67', '+7 701 1234567', '+7 (701) 123 45 67']) {
    it(`sends the phone "${phone}" as +77011234567`, async () => {
      const form = await mountForm();
      await fillValid(form, { phone });
      expect((await bodyOf(form)).applicant.phone).to.equal('+77011234567');
    });
  }

  it('refuses a Russian number and a short one', async () => {
    const form = await mountForm();
    await fillValid(form, { phone: '+7 495 123-45-67' });
    await send(form);
    expect($(form, '#phone-error')).to.exist;
    await typeInto(form, 'phone', '8 701 123 45');
    expect($(form, '#phone-error')!.textContent).to.contain('Kazakhstan phone number');
  });

  it('counts characters as they are typed and speaks only at thresholds', async () => {
    const form = await mountForm();
    const counter = $(form, '[part=counter]')!;
    const live = $(form, '#message ~ [role=status]')!;
    expect(counter.getAttribute('aria-hidden')).to.equal('true');
    expect(control(form, 'message').getAttribute('aria-describedby')).to.contain('message-limit');
    await typeInto(form, 'message', 'a'.repeat(150));
    expect(counter.textContent).to.equal('You have 1,850 characters remaining');
    expect(live.textContent).to.equal('');
    await typeInto(form, 'message', 'a'.repeat(1810));
    expect(counter.textContent).to.equal('You have 190 characters remaining');
    expect(live.textContent).to.equal('You have 190 characters remaining');
    await typeInto(form, 'message', 'a'.repeat(1811));
    expect(live.textContent).to.equal('You have 190 characters remaining');
    await typeInto(form, 'message', 'a'.repeat(2015));
    expect(counter.textContent).to.equal('You have 15 characters too many');
    expect(counter.classList.contains('over')).to.equal(true);
    expect(live.textContent).to.equal('You have 15 characters too many');
  });

  it('shows its messages in the page\'s new language after a switch', async () => {
    const form = await mountForm();
    await send(form);
    expect($(form, '#name-error')!.textContent).to.contain('Enter your full name');
    await useLanguage('ru');
    await form.updateComplete;
    const inline = $(form, '#name-error')!.textContent!;
    expect(inline).not.to.contain('Enter your full name');
    expect(inline).to.match(/[а-яё]/i);
    expect(inline).to.contain($(form, '#error-summary a[href="#name"]')!.textContent!);
  });
});
