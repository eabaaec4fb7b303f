import { expect } from '@open-wc/testing';
import { delay } from 'msw';
import { HttpResponse, serve, startMsw, worker } from '../../test/support/msw.js';
import {
  Submission, failedByHost, newIdempotencyKey, normalizeFieldPath, outcomeOf, postJson, problemErrors, sentByHost, type SubmitOutcome,
} from './submit.js';
import { retryAfterSeconds } from '../feed/retry-after.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const problem = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });

describe('form submission', () => {
  before(startMsw);
  afterEach(() => worker.resetHandlers());

  it('posts JSON with Accept, Content-Type and the Idempotency-Key', async () => {
    const served = serve('/api/submit-1', () => HttpResponse.json({ reference: 'R-1' }, { status: 201 }));
    const outcome = await postJson({ url: '/api/submit-1', body: { a: 'ә' }, idempotencyKey: 'k-1' });
    expect(outcome).to.deep.equal({ kind: 'sent', status: 201, reference: 'R-1', response: { reference: 'R-1' } });
    const request = served.requests[0]!;
    expect(request.method).to.equal('POST');
    expect(request.headers.get('content-type')).to.equal('application/json');
    expect(request.headers.get('accept')).to.equal('application/json');
    expect(request.headers.get('idempotency-key')).to.equal('k-1');
    expect(await request.json()).to.deep.equal({ a: 'ә' });
  });

  it('sorts responses into what the user can do', async () => {
    const kinds = async (response: Response) => {
      const o = await outcomeOf(response);
      return o.kind === 'retry' ? `retry:${o.reason}` : o.kind;
    };
    expect(await kinds(new Response(null, { status: 204 }))).to.equal('sent');
    expect(await kinds(new Response('', { status: 429 }))).to.equal('retry:rate-limited');
    expect(await kinds(new Response('', { status: 503 }))).to.equal('retry:server');
    expect(await kinds(new Response('', { status: 408 }))).to.equal('retry:timeout');
    expect(await kinds(problem(422, { errors: {} }))).to.equal('invalid');
    expect(await kinds(new Response('<html>', { status: 400 }))).to.equal('invalid');
    expect(await kinds(problem(403, { title: 'Forbidden' }))).to.equal('rejected');
  });

  it('keeps how long a busy server asks to wait (Retry-After in seconds or as a date)', async () => {
    const now = Date.parse('2026-11-22T09:00:00Z');
    expect(retryAfterSeconds('120', now)).to.equal(120);
    expect(retryAfterSeconds(' 0 ', now)).to.equal(0);
    expect(retryAfterSeconds('Sun, 22 Nov 2026 09:05:00 GMT', now)).to.equal(300);
    expect(retryAfterSeconds('Sun, 22 Nov 2026 08:00:00 GMT', now)).to.equal(0);
    for (const nonsense of [null, '', '-5', '1.5', 'soon', '99999999999']) expect(retryAfterSeconds(nonsense, now), String(nonsense)).to.equal(null);
    const busy = await outcomeOf(new Response('', { status: 503, headers: { 'retry-after': '600' } }));
    expect(busy).to.deep.equal({ kind: 'retry', reason: 'server', status: 503, retryAfter: 600 });
    const limited = await outcomeOf(new Response('', { status: 429 }));
    expect(limited).to.deep.equal({ kind: 'retry', reason: 'rate-limited', status: 429 });
  });

  it('gives a null reference when a 2xx body has none or is not JSON', async () => {
    const html = await outcomeOf(new Response('<p>ok</p>', { status: 200 }));
    expect(html).to.include({ kind: 'sent', reference: null });
    const numeric = await outcomeOf(new Response('{"reference": 42}', { status: 200 }));
    expect(numeric).to.include({ reference: '42' });
  });

  it('reads field errors as a map, as RFC 9457 pointers, and as lists', () => {
    expect(problemErrors({ errors: { 'applicant.phone': 'Bad phone', message: ['Too long', 'x'] } }))
      .to.deep.equal({ 'applicant.phone': 'Bad phone', message: 'Too long' });
    expect(problemErrors({ errors: [{ pointer: '#/applicant/bin', detail: 'Unknown BIN' }, { detail: 'no path' }] }))
      .to.deep.equal({ 'applicant.bin': 'Unknown BIN' });
    expect(problemErrors({ errors: 'nonsense' })).to.deep.equal({});
    expect(problemErrors(null)).to.deep.equal({});
    expect(normalizeFieldPath('/consent/given')).to.equal('consent.given');
    expect(normalizeFieldPath('applicant[email]')).to.equal('applicant.email');
  });

  it('keeps the problem detail of a rejection', async () => {
    const o = await outcomeOf(problem(422, { title: 'Invalid', detail: 'Officer unknown', errors: { officer: 'Unknown' } }));
    expect(o).to.deep.equal({ kind: 'invalid', status: 422, errors: { officer: 'Unknown' }, detail: 'Officer unknown' });
  });

  it('gives up after the timeout', async () => {
    serve('/api/submit-slow', async () => { await delay('infinite'); return HttpResponse.json({}); });
    const outcome = await postJson({ url: '/api/submit-slow', body: {}, idempotencyKey: 'k', timeoutMs: 50 });
    expect(outcome).to.deep.equal({ kind: 'retry', reason: 'timeout', status: null });
  });

  it('calls a network failure offline', async () => {
    serve('/api/submit-offline', () => HttpResponse.error());
    const outcome = await postJson({ url: '/api/submit-offline', body: {}, idempotencyKey: 'k' });
    expect(outcome).to.deep.equal({ kind: 'retry', reason: 'offline', status: null });
  });

  it('makes UUID v4 keys, also where crypto.randomUUID is missing', () => {
    expect(newIdempotencyKey()).to.match(UUID);
    const original = crypto.randomUUID;
    try {
      (crypto as { randomUUID?: unknown }).randomUUID = undefined;
      const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
      expect(keys.size).to.equal(50);
      for (const key of keys) expect(key).to.match(UUID);
    } finally {
      crypto.randomUUID = original;
    }
  });

  describe('Submission', () => {
    const answer = (outcome: SubmitOutcome) => (keys: string[]) => (key: string) => { keys.push(key); return Promise.resolve(outcome); };
    const retry: SubmitOutcome = { kind: 'retry', reason: 'server', status: 500 };
    const sent: SubmitOutcome = { kind: 'sent', status: 201, reference: null, response: null };
    const invalid: SubmitOutcome = { kind: 'invalid', status: 422, errors: {}, detail: null };

    it('reuses the key on every retry, and makes a new one after success', async () => {
      const keys: string[] = [];
      const submission = new Submission();
      await submission.attempt(answer(retry)(keys));
      await submission.attempt(answer(retry)(keys));
      await submission.attempt(answer(sent)(keys));
      await submission.attempt(answer(sent)(keys));
      expect(keys[0]).to.match(UUID);
      expect(keys[1]).to.equal(keys[0]);
      expect(keys[2]).to.equal(keys[0]);
      expect(keys[3]).not.to.equal(keys[0]);
    });

    it('makes a new key after a definitive 4xx', async () => {
      const keys: string[] = [];
      const submission = new Submission('restored-key');
      await submission.attempt(answer(invalid)(keys));
      await submission.attempt(answer(sent)(keys));
      expect(keys[0]).to.equal('restored-key');
      expect(keys[1]).not.to.equal('restored-key');
    });

    it('sends nothing while an attempt is under way', async () => {
      let release!: (o: SubmitOutcome) => void;
      let calls = 0;
      const submission = new Submission();
      const first = submission.attempt(() => { calls++; return new Promise((resolve) => { release = resolve; }); });
      expect(submission.attempt(() => { calls++; return Promise.resolve(sent); })).to.equal(null);
      expect(submission.sending).to.equal(true);
      await Promise.resolve();
      release(sent);
      await first;
      expect(submission.sending).to.equal(false);
      expect(calls).to.equal(1);
    });

    it('treats a sender that throws as a retryable failure', async () => {
      const submission = new Submission();
      const outcome = await submission.attempt(() => { throw new Error('boom'); });
      expect(outcome).to.include({ kind: 'retry' });
      expect(submission.sending).to.equal(false);
    });
  });
});

describe('outcomes from a page that sends the request itself', () => {
  it('takes the reference and response it resolves with', () => {
    expect(sentByHost({ reference: 'X-1', response: { id: 1 } })).to.deep.equal({ kind: 'sent', status: 200, reference: 'X-1', response: { id: 1 } });
    expect(sentByHost(undefined)).to.deep.equal({ kind: 'sent', status: 200, reference: null, response: null });
  });

  it('turns field errors into an invalid outcome, retryable:false into a rejection, the rest into a retry', () => {
    expect(failedByHost({ errors: { 'applicant.email': 'Taken' } })).to.deep.equal({ kind: 'invalid', status: 422, errors: { 'applicant.email': 'Taken' }, detail: null });
    expect(failedByHost({ retryable: false, status: 403, message: 'Blocked' })).to.deep.equal({ kind: 'rejected', status: 403, detail: 'Blocked' });
    expect(failedByHost(new Error('network'))).to.deep.equal({ kind: 'retry', reason: 'server', status: null });
    expect(failedByHost(undefined)).to.include({ kind: 'retry' });
  });
});
