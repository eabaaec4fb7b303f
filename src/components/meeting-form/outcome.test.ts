import { expect } from '@open-wc/testing';
import { afterOutcome } from './outcome.js';

const NOW = new Date(2026, 10, 23, 14, 32, 10);

describe('what an answer makes of the meeting form', () => {
  it('an accepted request: the success panel gets focus, with the reference; the draft goes', () => {
    expect(afterOutcome({ kind: 'sent', status: 201, reference: 'R-1', response: { reference: 'R-1' } }, NOW)).to.deep.equal({
      phase: 'sent', sent: { reference: 'R-1', response: { reference: 'R-1' } }, focus: '#success',
    });
  });

  it('field errors from the server: back to editing, messages on the fields, focus on the summary', () => {
    const next = afterOutcome({ kind: 'invalid', status: 422, errors: { 'applicant.phone': 'Not a Kazakhstan number', odd: 'Try later' }, detail: null }, NOW);
    expect(next.phase).to.equal('editing');
    expect(next.failure).to.equal(null);
    expect(next.errors).to.deep.equal({ invalid: { phone: 'Not a Kazakhstan number' }, other: ['Try later'] });
    expect(next.focus).to.equal('#error-summary');
    expect(next.keepDraft).to.equal(undefined);
  });

  it('a 422 that names nothing shown is a rejection: trying again will not help', () => {
    expect(afterOutcome({ kind: 'invalid', status: 422, errors: {}, detail: 'Closed' }, NOW)).to.deep.equal({
      phase: 'failed', failure: { kind: 'rejected', status: 422, detail: 'Closed' },
    });
  });

  it('a failure worth retrying keeps the draft, and says when if the server asked to wait', () => {
    const plain = afterOutcome({ kind: 'retry', reason: 'offline', status: null }, NOW);
    expect(plain).to.deep.equal({ phase: 'failed', failure: { kind: 'offline', status: null }, keepDraft: true });
    const busy = afterOutcome({ kind: 'retry', reason: 'server', status: 503, retryAfter: 600 }, NOW);
    // Ten minutes after 14:32:10, rounded up to the minute: 14:43.
    expect(busy.failure).to.deep.equal({ kind: 'server', status: 503, retryAt: new Date(2026, 10, 23, 14, 43).getTime() });
    const brief = afterOutcome({ kind: 'retry', reason: 'rate-limited', status: 429, retryAfter: 30 }, NOW);
    expect(brief.failure).to.deep.equal({ kind: 'rate-limited', status: 429 });
  });

  it('nothing could send it: the e-mail and phone fallback gets focus', () => {
    expect(afterOutcome({ kind: 'unsent' }, NOW)).to.deep.equal({ phase: 'fallback', focus: '#fallback' });
  });
});
