/**
 * The whole request done with the keyboard alone: real key presses from the first Tab to
 * the success panel, and the error summary's links followed with Enter.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpResponse, serve } from '../support/msw.js';
import { untilStatus } from '../support/widgets.js';
import { NOW, focusedId, freshEndpoint, setUpMeetingFormTests, untilRequest, type AkimatMeetingForm } from './helpers.js';

async function press(form: AkimatMeetingForm, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    if (key.startsWith('Shift+')) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: key.slice(6) });
      await sendKeys({ up: 'Shift' });
    } else {
      await sendKeys({ press: key });
    }
    await form.updateComplete;
  }
}

async function type(form: AkimatMeetingForm, text: string): Promise<void> {
  await sendKeys({ type: text });
  await form.updateComplete;
}

/** A button before the form, where a keyboard user starts. */
async function mount(attributes: string): Promise<AkimatMeetingForm> {
  const host = await fixture<HTMLDivElement>(html`<div><button id="start">Before the form</button>
    <akimat-meeting-form feed="/feed.json" min-fill-ms="0" .now=${NOW}></akimat-meeting-form></div>`);
  const form = host.querySelector('akimat-meeting-form')!;
  for (const attr of attributes.match(/[\w-]+="[^"]*"/g) ?? []) {
    const [name, value] = attr.split('=');
    form.setAttribute(name!, value!.slice(1, -1));
  }
  await untilStatus(form, 'ready');
  host.querySelector<HTMLButtonElement>('#start')!.focus();
  return form;
}

describe('<akimat-meeting-form> with the keyboard alone', () => {
  setUpMeetingFormTests();

  it('chooses whom, fills, agrees and sends', async () => {
    const endpoint = freshEndpoint();
    const served = serve(endpoint, () => HttpResponse.json({ reference: 'KEY-1' }, { status: 201 }));
    const form = await mount(`endpoint="${endpoint}"`);

    await press(form, 'Tab');
    expect(form.shadowRoot!.activeElement!.textContent).to.contain('e-Otinish');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('region');
    await type(form, 'Oskemen');
    await press(form, 'ArrowDown', 'Enter');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('body');
    await press(form, 'ArrowDown');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('officer');
    await press(form, 'ArrowDown');
    await press(form, 'ArrowDown');

    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('kind');
    await press(form, 'ArrowRight');
    expect(focusedId(form)).to.equal('kind-organization');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('name');
    await type(form, 'Асель Серікова');
    await press(form, 'Tab');
    await type(form, 'ОФ «Қамқор»');
    await press(form, 'Tab');
    await type(form, '940140 000385');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('phone');
    await type(form, '8 701 123 45 67');
    await press(form, 'Tab');
    await type(form, 'asel@example.kz');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('topic');
    await press(form, 'ArrowDown');
    expect(focusedId(form)).to.equal('topic-state-social-order');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('message');
    await type(form, 'Грант по госсоцзаказу.');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('preferredDate');
    await press(form, 'Tab');
    expect(focusedId(form)).to.equal('consent');
    await press(form, 'Space');
    await press(form, 'Tab');
    expect(form.shadowRoot!.activeElement!.getAttribute('part')).to.equal('submit-button');
    await press(form, 'Enter');

    await untilRequest(form, 'sent');
    expect(focusedId(form)).to.equal('success');
    expect(served.count).to.equal(1);
    expect(await served.requests[0]!.json()).to.deep.include({
      officer: 'vko-12',
      body: 'oskemen-akimat',
      region: '631000000',
      topic: 'state-social-order',
      message: 'Грант по госсоцзаказу.',
      applicant: { kind: 'organization', name: 'Асель Серікова', organization: 'ОФ «Қамқор»', bin: '940140000385', phone: '+77011234567', email: 'asel@example.kz' },
    });
  });

  it('follows the error summary\u2019s links with Enter', async () => {
    const form = await mount('officer="vko-4"');
    // Tab to Send: the e-Otinish link, Change, the kind radios, name, phone, e-mail, topic, message, date, consent.
    await press(form, 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab');
    expect(form.shadowRoot!.activeElement!.getAttribute('part')).to.equal('submit-button');
    await press(form, 'Enter');
    expect(focusedId(form)).to.equal('error-summary');
    await press(form, 'Tab');
    expect(form.shadowRoot!.activeElement!.getAttribute('href')).to.equal('#name');
    await press(form, 'Enter');
    expect(focusedId(form)).to.equal('name');
    await type(form, 'Асель');
    await press(form, 'Shift+Tab');
    expect(focusedId(form)).to.equal('kind');
  });
});
