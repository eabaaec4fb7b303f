/** What the form asks and says: field types for phones and autofill, the consent, the appeal link. */
import { expect } from '@open-wc/testing';
import { $, click, control, mountForm, setUpMeetingFormTests } from './helpers.js';

describe('<akimat-meeting-form> fields and texts', () => {
  setUpMeetingFormTests();

  it('gives every text field the type, inputmode and autocomplete phones and autofill need', async () => {
    const form = await mountForm();
    await click(form, '#kind-organization');
    const expected: Record<string, [string, string, string]> = {
      name: ['text', 'text', 'name'],
      organization: ['text', 'text', 'organization'],
      bin: ['text', 'numeric', 'off'],
      phone: ['tel', 'tel', 'tel'],
      email: ['email', 'email', 'email'],
      message: ['textarea', 'text', 'off'],
    };
    for (const [id, [type, inputmode, autocomplete]] of Object.entries(expected)) {
      const el = control<HTMLInputElement>(form, id);
      expect([el.type, el.getAttribute('inputmode'), el.getAttribute('autocomplete')], id).to.deep.equal([type, inputmode, autocomplete]);
    }
    // No browser bubbles: validation is the form's own.
    expect($<HTMLFormElement>(form, 'form')!.noValidate).to.equal(true);
  });

  it('asks for consent with an unticked box and says what, by whom, why, how long, and links the policy', async () => {
    const form = await mountForm('officer="vko-6" consent-url="https://example.kz/privacy"');
    const box = control(form, 'consent');
    expect(box.checked).to.equal(false);
    expect(box.getAttribute('aria-describedby')).to.contain('consent-text');
    const text = $(form, '#consent-text')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Department of Internal Policy of East Kazakhstan Region will use');
    for (const part of ['full name', 'phone number', 'e-mail address', 'BIN', 'your message', 'arrange and hold the meeting',
      'as long as needed to handle the request', 'records retention rules', 'not published']) {
      expect(text).to.contain(part);
    }
    const link = $<HTMLAnchorElement>(form, '#consent-text a')!;
    expect(link.href).to.equal('https://example.kz/privacy');
    expect(link.textContent).to.contain('opens in a new tab');
  });

  it('names the officer\u2019s body as the one who uses the data', async () => {
    const form = await mountForm('officer="vko-11"');
    expect($(form, '#consent-text')!.textContent).to.contain('Akimat of Oskemen City will use');
  });

  it('links formal appeals to e-Otinish, or to the page the site gives', async () => {
    const byDefault = await mountForm();
    const eotinish = $<HTMLAnchorElement>(byDefault, '.intro a')!;
    expect(eotinish.href).to.equal('https://eotinish.gov.kz/');
    expect(eotinish.textContent).to.contain('e-Otinish');
    const own = await mountForm('officer="vko-4" appeal-url="https://akimvko.example.kz/appeals"');
    const link = $<HTMLAnchorElement>(own, '.intro a')!;
    expect(link.href).to.equal('https://akimvko.example.kz/appeals');
    expect(link.textContent).to.contain('appeals page');
    expect(link.target).to.equal('_blank');
  });

  it('preselects the region given by the page', async () => {
    const form = await mountForm('region="631000000"');
    const bodies = [...control<HTMLSelectElement>(form, 'body').options].map((o) => o.value);
    expect(bodies.slice(0, 3)).to.deep.equal(['', 'oskemen-akimat', 'vko-akimat']);
  });
});
