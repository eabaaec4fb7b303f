import { expect } from '@open-wc/testing';
import { delay } from 'msw';
import { readDraft } from '../../src/forms/draft-store.js';
import { meetingDraftId } from '../../src/components/meeting-form/draft.js';
import { HttpResponse, serve, type Served } from '../support/msw.js';
import {
  $, click, control, fieldValues, fillValid, freshEndpoint, mountForm, send, setUpMeetingFormTests, untilRequest,
  type AkimatMeetingForm,
} from '../meeting-form/helpers.js';

/**
 * Form faults (issue 8), beyond test/meeting-form/submit.test.ts (one fault, then success):
 * whole chains of faults on one request, double clicks on every button that sends, reloads
 * while a request is in flight and after a lost answer. Throughout: every field kept, the
 * draft in localStorage never lost, exactly one request per attempt, and one Idempotency-Key
 * for all attempts of one request.
 */
type Fault = readonly [name: string, respond: () => Response | Promise<Response>];

const FAULTS: readonly Fault[] = [
  ['HTTP 500', () => new HttpResponse('oops', { status: 500 })],
  ['HTTP 502 (HTML from a proxy)', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } })],
  ['HTTP 503 with Retry-After', () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '30' } })],
  ['HTTP 429 with Retry-After', () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '60' } })],
  ['HTTP 408', () => new HttpResponse(null, { status: 408 })],
  ['timeout', async () => { await delay('infinite'); return HttpResponse.json({}); }],
  ['offline', () => HttpResponse.error() as unknown as Response],
];

const APPLICANT = { organization: { name: 'ОО «Жастар» <b>', bin: '940140000385' }, message: 'Сәлем! Проект для молодёжи 🇰🇿\nВторая строка.' };
let injected = 0;

function keys(served: Served): (string | null)[] {
  return served.requests.map((r) => r.headers.get('idempotency-key'));
}

/** The draft the form keeps for `endpoint` (officer vko-4), as stored in localStorage. */
function storedDraft(endpoint: string): { values: Record<string, string>; key?: string } | undefined {
  return readDraft<{ values: Record<string, string>; key?: string }>(meetingDraftId(new URL(endpoint, document.baseURI).href, 'vko-4'))?.data;
}

async function mount(endpoint: string, timeout = 20_000): Promise<AkimatMeetingForm> {
  const form = await mountForm(`officer="vko-4" endpoint="${endpoint}"`);
  form.timeout = timeout;
  return form;
}

describe('meeting form under network faults', function () {
  this.timeout(30_000);
  setUpMeetingFormTests();
  after(() => console.log(`[form-faults] faults injected: ${injected}`));

  it(`one request through ${FAULTS.length} faults in a row: fields, draft and key survive every one`, async () => {
    const endpoint = freshEndpoint();
    let attempt = 0;
    const served = serve(endpoint, () => {
      const fault = FAULTS[attempt++];
      return fault ? fault[1]() : HttpResponse.json({ reference: 'VKO-7' }, { status: 201 });
    });
    const form = await mount(endpoint);
    await fillValid(form, APPLICANT);
    const typed = fieldValues(form);
    await send(form);
    for (const [index, [name]] of FAULTS.entries()) {
      form.timeout = name === 'timeout' ? 100 : 20_000;
      if (index > 0) await click(form, '[part=try-again]');
      await untilRequest(form, 'failed');
      injected += 1;
      expect(fieldValues(form), `${name}: fields`).to.deep.equal(typed);
      expect(served.count, `${name}: one request per attempt`).to.equal(index + 1);
      const draft = storedDraft(endpoint);
      expect(draft?.values['message'], `${name}: draft`).to.equal(APPLICANT.message);
      expect(draft?.key, `${name}: draft keeps the key`).to.equal(keys(served)[0]);
      expect($(form, '[part=failure]')!.textContent, name).to.contain('Everything you typed is kept');
    }
    form.timeout = 20_000;
    await click(form, '[part=try-again]');
    await untilRequest(form, 'sent');
    expect(served.count).to.equal(FAULTS.length + 1);
    expect(new Set(keys(served)).size, 'one key for every attempt').to.equal(1);
    const bodies = await Promise.all(served.requests.map((r) => r.json()));
    for (const body of bodies) expect(body).to.deep.equal(bodies[0]);
    expect(storedDraft(endpoint), 'the draft goes once the request is accepted').to.equal(undefined);
  });

  it('double and triple clicks on Send and on Try again: one request per attempt', async () => {
    const endpoint = freshEndpoint();
    let release!: () => void;
    let attempt = 0;
    const served = serve(endpoint, async () => {
      if (attempt++ === 0) return new HttpResponse(null, { status: 503 });
      await new Promise<void>((resolve) => { release = resolve; });
      return HttpResponse.json({ reference: 'VKO-8' });
    });
    const form = await mount(endpoint);
    await fillValid(form, APPLICANT);
    const submit = $<HTMLButtonElement>(form, '[part=submit-button]')!;
    submit.click();
    submit.click();
    submit.click();
    await untilRequest(form, 'failed');
    injected += 1;
    expect(served.count).to.equal(1);
    const retry = $<HTMLButtonElement>(form, '[part=try-again]')!;
    retry.click();
    retry.click();
    $<HTMLFormElement>(form, 'form')!.requestSubmit();
    await untilRequest(form, 'sending');
    while (served.count < 2) await new Promise((resolve) => requestAnimationFrame(resolve));
    release();
    await untilRequest(form, 'sent');
    expect(served.count).to.equal(2);
    expect(new Set(keys(served)).size).to.equal(1);
  });

  it('a reload while the request is in flight: the new page restores the draft and retries under the same key', async () => {
    const endpoint = freshEndpoint();
    const seen = new Map<string, string>();
    let attempt = 0;
    const served = serve(endpoint, async ({ request }) => {
      const key = request.headers.get('idempotency-key')!;
      // The first attempt reaches the server, which acts on it; its answer never gets back.
      if (attempt++ === 0) {
        seen.set(key, 'VKO-9');
        await delay('infinite');
      }
      // An idempotent server answers a repeated key with the first answer, acting once.
      return HttpResponse.json({ reference: seen.get(key) ?? 'NEW' });
    });
    const first = await mount(endpoint);
    await fillValid(first, APPLICANT);
    const typed = fieldValues(first);
    await send(first);
    await untilRequest(first, 'sending');
    while (served.count < 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    // "Reload": this form goes away mid-request, a new one appears with the same attributes.
    first.remove();
    injected += 1;
    const second = await mount(endpoint);
    expect(fieldValues(second)).to.deep.equal({ ...typed, consent: false });
    expect(control(second, 'message').value).to.equal(APPLICANT.message);
    await click(second, '#consent');
    await send(second);
    await untilRequest(second, 'sent');
    expect(served.count).to.equal(2);
    expect(new Set(keys(served)).size, 'the same key after the reload').to.equal(1);
    expect($(second, '[part=reference]')!.textContent).to.contain('VKO-9');
  });

  it('a reload after a timeout whose request did arrive: same key, the server acts once', async () => {
    const endpoint = freshEndpoint();
    const accepted = new Set<string>();
    let attempt = 0;
    const served = serve(endpoint, async ({ request }) => {
      const key = request.headers.get('idempotency-key')!;
      const duplicate = accepted.has(key);
      accepted.add(key);
      if (attempt++ === 0) await delay('infinite');
      return HttpResponse.json({ reference: duplicate ? 'VKO-10 (replayed)' : 'VKO-10' });
    });
    const first = await mount(endpoint, 100);
    await fillValid(first, APPLICANT);
    await send(first);
    await untilRequest(first, 'failed');
    injected += 1;
    first.remove();
    const second = await mount(endpoint);
    await click(second, '#consent');
    await send(second);
    await untilRequest(second, 'sent');
    expect(served.count).to.equal(2);
    expect(accepted.size, 'one request as far as the server is concerned').to.equal(1);
    expect($(second, '[part=reference]')!.textContent).to.contain('replayed');
  });
});
