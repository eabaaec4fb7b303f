import { expect, oneEvent } from '@open-wc/testing';
import type { AkimatMeetingSubmitDetail } from '../../src/components/meeting-form/request.js';
import { HttpResponse, serve } from '../support/msw.js';
import { shadowText } from '../support/widgets.js';
import {
  $, click, control, fillValid, focusedId, freshEndpoint, mountForm, send, setUpMeetingFormTests, typeInto, untilRequest,
} from './helpers.js';

describe('<akimat-meeting-form> events and fallbacks', () => {
  setUpMeetingFormTests();

  it('lets the page send the request itself after preventDefault, and waits for resolve', async () => {
    const endpoint = freshEndpoint();
    const served = serve(endpoint, () => HttpResponse.json({}));
    const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
    await fillValid(form);
    const submitted = oneEvent(form, 'akimat-meeting-submit');
    form.addEventListener('akimat-meeting-submit', (e) => e.preventDefault(), { once: true });
    await send(form);
    const event = await submitted;
    const detail = event.detail as AkimatMeetingSubmitDetail;
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(detail.body).to.include({ officer: 'vko-4', body: 'vko-akimat', topic: 'social-project' });
    expect(detail.idempotencyKey).to.be.a('string');
    await form.updateComplete;
    expect(form.requestState).to.equal('sending');
    const sent = oneEvent(form, 'akimat-meeting-sent');
    detail.resolve({ reference: 'HOST-7', response: { ok: true } });
    expect((await sent).detail).to.deep.equal({ reference: 'HOST-7', response: { ok: true } });
    await untilRequest(form, 'sent');
    expect(shadowText(form)).to.contain('HOST-7');
    expect(served.count).to.equal(0);
  });

  it('shows the page\u2019s field errors from reject, and retries a failed page send under the same key', async () => {
    const form = await mountForm('officer="vko-4"');
    await fillValid(form);
    const details: AkimatMeetingSubmitDetail[] = [];
    form.addEventListener('akimat-meeting-submit', (e) => { e.preventDefault(); details.push(e.detail); });
    await send(form);
    await untilRequest(form, 'sending');
    details[0]!.reject({ errors: { 'applicant.email': 'This address bounces' } });
    await untilRequest(form, 'editing');
    expect($(form, '#error-summary a[href="#email"]')!.textContent).to.equal('This address bounces');

    await typeInto(form, 'email', 'asel@example.org');
    await send(form);
    await untilRequest(form, 'sending');
    details[1]!.reject(new Error('network down'));
    await untilRequest(form, 'failed');
    await click(form, '[part=try-again]');
    await untilRequest(form, 'sending');
    expect(details).to.have.length(3);
    expect(details[2]!.idempotencyKey).to.equal(details[1]!.idempotencyKey);
    expect(details[1]!.idempotencyKey).not.to.equal(details[0]!.idempotencyKey);
    details[2]!.resolve();
    await untilRequest(form, 'sent');
  });

  it('offers the officer\u2019s e-mail, filled in, and phone when there is no endpoint and no handler', async () => {
    const form = await mountForm('officer="vko-6"');
    await fillValid(form, { message: 'Просим встречи по проекту «Жасыл аула».' });
    await send(form);
    await untilRequest(form, 'fallback');
    const panel = $(form, '#fallback')!;
    expect(focusedId(form)).to.equal('fallback');
    const mail = panel.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    const url = new URL(mail.href);
    expect(url.pathname).to.equal('m.bekova@akimvko.example.kz');
    const body = decodeURIComponent(url.search.match(/body=([^&]*)/)![1]!);
    expect(decodeURIComponent(url.search.match(/subject=([^&]*)/)![1]!)).to.equal('Meeting request: A social project');
    expect(body).to.contain('Просим встречи по проекту «Жасыл аула».').and.contain('Асель Нурланқызы Серікова').and.contain('8 701 123-45-67');
    const phones = [...panel.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => a.getAttribute('href'));
    expect(phones).to.deep.equal(['tel:+77232540211', 'tel:+77015550611']);
    // Nothing is lost: the form and the draft stay.
    expect(control(form, 'message').value).to.contain('Жасыл аула');
  });

  it('sends nothing, silently, when the hidden trap field is filled', async () => {
    const endpoint = freshEndpoint();
    const served = serve(endpoint, () => HttpResponse.json({ reference: 'BOT' }));
    const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
    const trap = $<HTMLInputElement>(form, 'input[name=website]')!;
    // Invisible to people and to screen readers, and out of the tab order.
    expect(trap.closest('[aria-hidden=true][inert]')).to.exist;
    expect(trap.tabIndex).to.equal(-1);
    await fillValid(form);
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new Event('input'));
    await send(form);
    await untilRequest(form, 'sent');
    expect(served.count).to.equal(0);
    expect(shadowText(form)).not.to.contain('BOT');
  });

  it('sends nothing when the form is sent faster than a person can fill it', async () => {
    const endpoint = freshEndpoint();
    const served = serve(endpoint, () => HttpResponse.json({ reference: 'BOT' }));
    const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
    form.minFillMs = 60 * 60 * 1000;
    await fillValid(form);
    await send(form);
    await untilRequest(form, 'sent');
    expect(served.count).to.equal(0);
  });
});
