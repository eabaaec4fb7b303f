import { expect, oneEvent } from '@open-wc/testing';
import { delay } from 'msw';
import { HttpResponse, serve } from '../support/msw.js';
import { shadowText } from '../support/widgets.js';
import {
  $, ENDPOINT, NOW, click, control, fieldValues, fillValid, focusedId, freshEndpoint, mountForm, send, setUpMeetingFormTests,
  typeInto, untilRequest, useLanguage,
} from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('<akimat-meeting-form> sending', () => {
  setUpMeetingFormTests();

  it('POSTs the exact body with JSON headers and an Idempotency-Key, then shows the reference', async () => {
    const served = serve(ENDPOINT, () => HttpResponse.json({ reference: 'VKO-2026-1001' }, { status: 201 }));
    const form = await mountForm(`officer="vko-4" region="631000000" endpoint="${ENDPOINT}"`);
    await useLanguage('ru');
    await fillValid(form, { organization: { name: 'ОО «Жастар»', bin: '9401 4000 0385' }, phone: '+7 (701) 123-45-67' });
    await control(form, 'preferredDate');
    const select = control<HTMLSelectElement>(form, 'preferredDate');
    select.value = '2026-11-30';
    select.dispatchEvent(new Event('change'));
    const sent = oneEvent(form, 'akimat-meeting-sent');
    await send(form);
    const { detail } = await sent;
    expect(served.count).to.equal(1);
    const request = served.requests[0]!;
    expect(request.method).to.equal('POST');
    expect(request.headers.get('content-type')).to.equal('application/json');
    expect(request.headers.get('accept')).to.equal('application/json');
    expect(request.headers.get('idempotency-key')).to.match(UUID);
    expect(await request.json()).to.deep.equal({
      officer: 'vko-4',
      body: 'vko-akimat',
      region: '631000000',
      applicant: {
        kind: 'organization', name: 'Асель Нурланқызы Серікова', organization: 'ОО «Жастар»', bin: '940140000385',
        phone: '+77011234567', email: 'asel@example.kz',
      },
      topic: 'social-project',
      message: 'Хотим обсудить социальный проект для молодёжи.',
      preferredDate: '2026-11-30',
      language: 'ru',
      consent: { given: true, version: '2026-11-01', at: NOW.toISOString() },
    });
    expect(detail).to.deep.equal({ reference: 'VKO-2026-1001', response: { reference: 'VKO-2026-1001' } });
    await untilRequest(form, 'sent');
    expect(shadowText(form)).to.contain('VKO-2026-1001');
    expect(focusedId(form)).to.equal('success');
  });

  it('shows a 422\'s field errors on those fields and in the summary, and sends the next request under a new key', async () => {
    const endpoint = freshEndpoint();
    let calls = 0;
    const served = serve(endpoint, () => (++calls === 1
      ? HttpResponse.json({
        type: 'about:blank', title: 'Invalid request', status: 422,
        errors: { 'applicant.phone': 'This number cannot receive calls', message: 'Remove the links from the message', 'applicant.shoe': 'Odd field' },
      }, { status: 422, headers: { 'content-type': 'application/problem+json' } })
      : HttpResponse.json({ reference: 'R-2' })));
    const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
    await fillValid(form);
    await send(form);
    await untilRequest(form, 'editing');
    const summary = $(form, '#error-summary')!;
    expect(focusedId(form)).to.equal('error-summary');
    const links = [...summary.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).to.deep.equal([['#phone', 'This number cannot receive calls'], ['#message', 'Remove the links from the message']]);
    expect(summary.textContent).to.contain('Odd field');
    const phone = control(form, 'phone');
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    expect($(form, `#${phone.getAttribute('aria-describedby')!.split(' ').pop()}`)!.textContent).to.contain('This number cannot receive calls');
    // Everything typed is still there.
    expect(fieldValues(form)).to.include({ name: 'Асель Нурланқызы Серікова', phone: '8 701 123-45-67', consent: true });
    await typeInto(form, 'phone', '+7 702 000 00 00');
    expect(control(form, 'phone').getAttribute('aria-invalid')).to.equal('false');
    await send(form);
    await untilRequest(form, 'sent');
    expect(served.count).to.equal(2);
    const [first, second] = served.requests.map((r) => r.headers.get('idempotency-key'));
    expect(second).to.match(UUID).and.not.equal(first);
  });

  // Only the timeout case gets a short timeout: the others must not race it.
  const failures: [string, () => Response | Promise<Response>, string, number][] = [
    ['500', () => new HttpResponse('oops', { status: 500 }), 'problem on its side', 20_000],
    ['429', () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '60' } }), 'too many requests', 20_000],
    ['a timeout', async () => { await delay('infinite'); return HttpResponse.json({}); }, 'did not answer in time', 50],
    ['no network', () => HttpResponse.error() as unknown as Response, 'no internet connection', 20_000],
  ];
  for (const [name, failure, message, timeout] of failures) {
    it(`keeps every field after ${name}, and Try again sends the same request with the same key`, async () => {
      const endpoint = freshEndpoint();
      let calls = 0;
      const served = serve(endpoint, () => (++calls === 1 ? failure() : HttpResponse.json({ reference: 'R-3' })));
      const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
      form.timeout = timeout;
      await fillValid(form, { organization: { name: 'ОО «Жастар»', bin: '940140000385' } });
      const before = fieldValues(form);
      await send(form);
      await untilRequest(form, 'failed');
      expect(fieldValues(form)).to.deep.equal(before);
      const notice = $(form, '[part=failure]')!;
      expect(notice.getAttribute('role')).to.equal('alert');
      expect(notice.textContent).to.contain(message).and.contain('Everything you typed is kept');
      form.timeout = 20_000;
      await click(form, '[part=try-again]');
      await untilRequest(form, 'sent');
      expect(served.count).to.equal(2);
      const [a, b] = served.requests;
      expect(b!.headers.get('idempotency-key')).to.equal(a!.headers.get('idempotency-key'));
      expect(a!.headers.get('idempotency-key')).to.match(UUID);
      expect(await b!.json()).to.deep.equal(await a!.json());
    });
  }

  it('says when to try again when a busy server gives a Retry-After, and keeps every field', async () => {
    const endpoint = freshEndpoint();
    serve(endpoint, () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '600' } }));
    const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
    // Ten minutes after the form's clock (NOW), as the person's own clock shows it.
    const at = new Date(NOW.getTime() + 600_000);
    const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    await fillValid(form);
    const before = fieldValues(form);
    await send(form);
    await untilRequest(form, 'failed');
    const notice = $(form, '[part=failure]')!;
    expect(notice.textContent).to.contain(`asks to wait until ${time} before sending again`).and.contain('Everything you typed is kept');
    expect(fieldValues(form)).to.deep.equal(before);
    expect($(form, '[part=try-again]')).to.exist;
  });

  it('sends one request for a double click and for Enter pressed while sending', async () => {
    let release!: () => void;
    const served = serve(ENDPOINT, async () => { await new Promise<void>((r) => { release = r; }); return HttpResponse.json({ reference: 'R-4' }); });
    const form = await mountForm();
    await fillValid(form);
    const button = $<HTMLButtonElement>(form, '[part=submit-button]')!;
    button.click();
    button.click();
    await form.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    $<HTMLFormElement>(form, 'form')!.requestSubmit();
    await untilRequest(form, 'sending');
    await waitUntilServed(served, 1);
    release();
    await untilRequest(form, 'sent');
    expect(served.count).to.equal(1);
  });

  it('sends a request changed after a failure under a new key that names the attempt it replaces', async () => {
    // The first attempt may have reached the server with its answer lost: under the old key
    // the server would answer with the old request, and the change would be lost.
    const { served, attrs } = flakyEndpoint(2, 503);
    const form = await mountForm(attrs);
    await fillValid(form);
    await send(form);
    await untilRequest(form, 'failed');
    await typeInto(form, 'message', 'Просим встречу по вопросу грантов для молодёжных НКО, с документами.');
    await send(form);
    await untilRequest(form, 'failed');
    // Try again without changes: the same request, the same key, still naming the first.
    await click(form, '[part=try-again]');
    await untilRequest(form, 'sent');
    const keys = served.requests.map((r) => r.headers.get('idempotency-key'));
    const bodies = await Promise.all(served.requests.map((r) => r.clone().json() as Promise<Record<string, unknown>>));
    expect(keys[1]).to.match(UUID).and.not.equal(keys[0]);
    expect(keys[2]).to.equal(keys[1]);
    expect(bodies[0]!['supersedes']).to.equal(undefined);
    expect(bodies[1]!['supersedes']).to.equal(keys[0]);
    expect(bodies[2]).to.deep.equal(bodies[1]);
    expect(bodies[1]!['message']).to.equal('Просим встречу по вопросу грантов для молодёжных НКО, с документами.');
  });

  it('keeps the changed request and what it replaces through a reload', async () => {
    const { served, attrs } = flakyEndpoint(2, 502);
    const first = await mountForm(attrs);
    await fillValid(first);
    await send(first);
    await untilRequest(first, 'failed');
    await typeInto(first, 'message', 'Изменённый текст обращения после первой неудачной попытки.');
    await send(first);
    await untilRequest(first, 'failed');
    await reloadAndSend(first, attrs);
    const keys = served.requests.map((r) => r.headers.get('idempotency-key'));
    const last = (await served.requests[2]!.clone().json()) as Record<string, unknown>;
    expect(keys[2]).to.equal(keys[1]);
    expect(last['supersedes']).to.equal(keys[0]);
  });

  it('reuses the key after a reload in the middle of retrying', async () => {
    const { served, attrs } = flakyEndpoint(1, 502);
    const first = await mountForm(attrs);
    await fillValid(first);
    await send(first);
    await untilRequest(first, 'failed');
    await reloadAndSend(first, attrs);
    const [a, b] = served.requests.map((r) => r.headers.get('idempotency-key'));
    expect(b).to.equal(a);
  });
});

/** A fresh endpoint for vko-4 that answers `status` `failures` times, then accepts. */
function flakyEndpoint(failures: number, status: number) {
  const endpoint = freshEndpoint();
  let calls = 0;
  const served = serve(endpoint, () => (++calls <= failures ? new HttpResponse(null, { status }) : HttpResponse.json({ reference: `R-${calls}` })));
  return { served, attrs: `officer="vko-4" endpoint="${endpoint}"` };
}

/** The page is reloaded: a new form on the same endpoint brings the draft back; consent, send. */
async function reloadAndSend(first: HTMLElement, attrs: string): Promise<void> {
  first.remove();
  const second = await mountForm(attrs);
  await click(second, '#consent');
  await send(second);
  await untilRequest(second, 'sent');
}

async function waitUntilServed(served: { count: number }, count: number): Promise<void> {
  const { waitUntil } = await import('@open-wc/testing');
  await waitUntil(() => served.count >= count, `expected ${count} request(s)`);
}
