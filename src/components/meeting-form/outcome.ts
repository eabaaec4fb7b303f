/**
 * What the answer to a submission makes of the form, as data the element applies: where the
 * request stands, what the person is told, where focus goes, whether the draft is kept for a
 * retry. Apart from the element so that these rules read in one place and are tested without
 * a server or a rendered form.
 */
import type { SubmitOutcome } from '../../forms/submit.js';
import { retryTime, type Failure } from './feedback.js';
import { serverErrors } from './request.js';
import type { Invalid } from './validation.js';

export type MeetingRequestState = 'editing' | 'sending' | 'failed' | 'fallback' | 'sent';

export interface AfterOutcome {
  readonly phase: MeetingRequestState;
  /** The notice under Send; undefined leaves it as it is. */
  readonly failure?: Failure | null;
  /** The server's messages: on the fields it names, and the rest in the error summary. */
  readonly errors?: { readonly invalid: Invalid; readonly other: readonly string[] };
  /** Where focus goes after the next render. */
  readonly focus?: '#success' | '#error-summary' | '#fallback';
  /** The request was accepted (the draft goes, `akimat-meeting-sent` fires). */
  readonly sent?: { readonly reference: string | null; readonly response: unknown };
  /** The same request may be retried, after a reload too: keep the draft with its key. */
  readonly keepDraft?: true;
}

const rejected = (status: number, detail: string | null): AfterOutcome => ({ phase: 'failed', failure: { kind: 'rejected', status, detail } });

/** `now`: the form's clock, for the time a busy server asks to be tried again. */
export function afterOutcome(outcome: SubmitOutcome, now: Date): AfterOutcome {
  switch (outcome.kind) {
    case 'sent':
      return { phase: 'sent', sent: { reference: outcome.reference, response: outcome.response }, focus: '#success' };
    case 'invalid': {
      const { invalid, other } = serverErrors(outcome.errors);
      // A 400/422 that names nothing we can show is a rejection like any other 4xx.
      if (!Object.keys(invalid).length && !other.length) return rejected(outcome.status, outcome.detail);
      return { phase: 'editing', failure: null, errors: { invalid, other }, focus: '#error-summary' };
    }
    case 'rejected':
      return rejected(outcome.status, outcome.detail);
    case 'retry': {
      const retryAt = retryTime(outcome.retryAfter, now);
      const failure: Failure = { kind: outcome.reason, status: outcome.status, ...(retryAt === undefined ? {} : { retryAt }) };
      return { phase: 'failed', failure, keepDraft: true };
    }
    case 'unsent':
      return { phase: 'fallback', focus: '#fallback' };
  }
}
