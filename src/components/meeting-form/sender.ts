/**
 * How one meeting request leaves the form: the page's `akimat-meeting-submit` handler (after
 * preventDefault), else a POST to the endpoint, else nobody ('unsent', and the form offers
 * e-mail and phone). One attempt at a time, one Idempotency-Key for all retries of a request.
 */
import { fire } from '../../events/events.js';
import { DEFAULT_TIMEOUT_MS, Submission, failedByHost, postJson, sentByHost, type SubmitOutcome } from '../../forms/submit.js';
import type { AkimatMeetingSubmitDetail, MeetingRequestBody } from './request.js';

export interface SendOptions {
  /** Absolute http(s) endpoint, or null when the form has none. */
  readonly endpoint: string | null;
  readonly timeoutMs: number;
}

export class MeetingSender {
  private submission: Submission;

  /** `key`: the key of a request being retried when the page was reloaded (from the draft). */
  constructor(private readonly host: HTMLElement, key?: string) {
    this.submission = new Submission(key);
  }

  /** The idempotency key of the request under way or being retried; saved with the draft. */
  get key(): string | undefined {
    return this.submission.key;
  }

  get sending(): boolean {
    return this.submission.sending;
  }

  /** Sends `body`; null (and nothing sent) while an attempt is under way. */
  send(body: MeetingRequestBody, options: SendOptions): Promise<SubmitOutcome> | null {
    return this.submission.attempt((key) => this.deliver(body, key, options));
  }

  private deliver(body: MeetingRequestBody, key: string, options: SendOptions): Promise<SubmitOutcome> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: SubmitOutcome) => {
        if (!settled) resolve(outcome);
        settled = true;
      };
      const detail: AkimatMeetingSubmitDetail = {
        body,
        idempotencyKey: key,
        resolve: (result) => settle(sentByHost(result)),
        reject: (reason) => settle(failedByHost(reason)),
      };
      // Prevented: the page sends it and calls resolve/reject. (A page that resolved without
      // preventing has still answered: nothing more is sent.)
      if (!fire(this.host, 'akimat-meeting-submit', detail, { cancelable: true }) || settled) return;
      if (!options.endpoint) {
        settle({ kind: 'unsent' });
        return;
      }
      const timeoutMs = Number.isFinite(options.timeoutMs) && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
      void postJson({ url: options.endpoint, body, idempotencyKey: key, timeoutMs }).then(settle);
    });
  }
}
