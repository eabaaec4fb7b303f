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

/**
 * A request being retried, as the draft keeps it across a reload: its Idempotency-Key, what
 * was sent under it (`sent`, see requestFingerprint) and the key it replaces, if any.
 */
export interface RequestSeries {
  readonly key?: string;
  readonly sent?: string;
  readonly supersedes?: string;
}

/**
 * What makes two attempts the same request: the body without the time consent was ticked
 * (the box is ticked anew after a reload) and without `supersedes`, as a 64-bit hash (two
 * FNV-1a passes). A hash rather than the text: the draft keeps it, and personal data should
 * not be stored twice.
 */
export function requestFingerprint(body: MeetingRequestBody): string {
  const { consent, supersedes: _, ...rest } = body;
  const text = JSON.stringify([rest, consent.version]);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export class MeetingSender {
  private submission: Submission;
  private sent: string | undefined;
  private supersedes: string | undefined;

  /** `series`: a request being retried when the page was reloaded (from the draft). */
  constructor(private readonly host: HTMLElement, series: RequestSeries = {}) {
    this.submission = new Submission(series.key);
    this.sent = series.key ? series.sent : undefined;
    this.supersedes = series.key ? series.supersedes : undefined;
  }

  /** The request under way or being retried; saved with the draft. */
  get series(): RequestSeries {
    const { key } = this.submission;
    return key ? { key, sent: this.sent, supersedes: this.supersedes } : {};
  }

  get key(): string | undefined {
    return this.submission.key;
  }

  get sending(): boolean {
    return this.submission.sending;
  }

  /**
   * Sends `body`; null (and nothing sent) while an attempt is under way. A retry of the same
   * request keeps its key, so a server that got an earlier attempt answers without acting
   * twice. A request the person changed after a failed attempt is a new request: it gets a
   * new key (the old one would fetch the old answer, and the change would be lost) and names
   * the attempt it replaces in `supersedes`, so the server need not keep both.
   */
  send(body: MeetingRequestBody, options: SendOptions): Promise<SubmitOutcome> | null {
    if (this.submission.sending) return null;
    const fingerprint = requestFingerprint(body);
    if (this.submission.key && this.sent !== undefined && this.sent !== fingerprint) {
      this.supersedes = this.submission.key;
      this.submission.key = undefined;
    }
    this.sent = fingerprint;
    const payload = this.supersedes ? { ...body, supersedes: this.supersedes } : body;
    const run = this.submission.attempt((key) => this.deliver(payload, key, options));
    return run && run.then((outcome) => {
      // A definitive answer ends the series: what is sent next is a new request.
      if (!this.submission.key) this.sent = this.supersedes = undefined;
      return outcome;
    });
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
