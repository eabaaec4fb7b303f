/**
 * Sending a form to its endpoint the way flaky mobile networks need: JSON in and out, a
 * timeout, an `Idempotency-Key` that stays the same for every retry of one request (so the
 * server can drop the duplicate when the first attempt did arrive), one request at a time,
 * and every failure sorted into what the user can do about it. No UI here.
 */

import { retryAfterSeconds } from '../feed/retry-after.js';

export type RetryReason = 'rate-limited' | 'server' | 'timeout' | 'offline';

export type SubmitOutcome =
  /** 2xx. `reference` is the response's `reference`, when it has one. */
  | { readonly kind: 'sent'; readonly status: number; readonly reference: string | null; readonly response: unknown }
  /** 400/422: `errors` maps field paths ("applicant.phone") to the server's messages. */
  | { readonly kind: 'invalid'; readonly status: number; readonly errors: Readonly<Record<string, string>>; readonly detail: string | null }
  /** Any other 4xx: sending the same again will not help. */
  | { readonly kind: 'rejected'; readonly status: number; readonly detail: string | null }
  /**
   * 429, 5xx, 408, timeout or no network: the same request may be retried later;
   * `retryAfter`: the seconds the server asked to wait (Retry-After), when it said.
   */
  | { readonly kind: 'retry'; readonly reason: RetryReason; readonly status: number | null; readonly retryAfter?: number }
  /** Nothing could send it (no endpoint, no handler): the caller offers another way. */
  | { readonly kind: 'unsent' };

export const DEFAULT_TIMEOUT_MS = 20_000;

/** A random UUID v4; `crypto.randomUUID` exists only on https, and some akimat sites are not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Insecure context in some browsers: fall through.
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** "#/applicant/phone", "/applicant/phone" and "applicant.phone" all name one field. */
export function normalizeFieldPath(path: string): string {
  return path.trim().replace(/^#/, '').replace(/^\//, '').replace(/\//g, '.').replace(/\[(\w+)\]/g, '.$1');
}

function firstMessage(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(firstMessage).find((m) => m) ?? null;
  if (value && typeof value === 'object') {
    const { detail, message } = value as { detail?: unknown; message?: unknown };
    return firstMessage(detail ?? message);
  }
  return null;
}

const MAX_MESSAGE = 500;

/**
 * Field errors of a problem+json body: an `errors` object of path → message (or messages),
 * or the RFC 9457 example's array of `{pointer, detail}`. Messages are the server's text,
 * shown as text; they are trimmed to a sane length.
 */
export function problemErrors(problem: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const errors = (problem as { errors?: unknown } | null)?.errors;
  const add = (path: unknown, message: string | null) => {
    if (typeof path !== 'string' || !path.trim() || !message) return;
    const field = normalizeFieldPath(path);
    out[field] ??= message.slice(0, MAX_MESSAGE);
  };
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (!item || typeof item !== 'object') continue;
      const { pointer, field, name, path } = item as Record<string, unknown>;
      add(pointer ?? field ?? name ?? path, firstMessage(item));
    }
  } else if (errors && typeof errors === 'object') {
    for (const [path, value] of Object.entries(errors)) add(path, firstMessage(value));
  }
  return out;
}

function problemDetail(problem: unknown): string | null {
  if (!problem || typeof problem !== 'object') return null;
  const { detail, title } = problem as { detail?: unknown; title?: unknown };
  const text = typeof detail === 'string' ? detail : typeof title === 'string' ? title : null;
  return text ? text.slice(0, MAX_MESSAGE) : null;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

function reference(json: unknown): string | null {
  const value = (json as { reference?: unknown } | null)?.reference;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : null;
}

/** Sorts a response into an outcome. */
export async function outcomeOf(response: Response): Promise<SubmitOutcome> {
  const { status } = response;
  if (status >= 200 && status < 300) {
    const json = await readJson(response);
    return { kind: 'sent', status, reference: reference(json), response: json };
  }
  const retry = (reason: RetryReason): SubmitOutcome => {
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
    return retryAfter === null ? { kind: 'retry', reason, status } : { kind: 'retry', reason, status, retryAfter };
  };
  if (status === 429) return retry('rate-limited');
  if (status === 408) return { kind: 'retry', reason: 'timeout', status };
  if (status >= 500 || status < 400) return retry('server');
  const problem = await readJson(response);
  if (status === 400 || status === 422) {
    return { kind: 'invalid', status, errors: problemErrors(problem), detail: problemDetail(problem) };
  }
  return { kind: 'rejected', status, detail: problemDetail(problem) };
}

export interface PostOptions {
  readonly url: string;
  readonly body: unknown;
  readonly idempotencyKey: string;
  readonly timeoutMs?: number;
  /** For tests of this module; the global fetch by default. */
  readonly fetch?: typeof fetch;
}

/** POSTs `body` as JSON; never throws: every failure is an outcome. */
export async function postJson(options: PostOptions): Promise<SubmitOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await (options.fetch ?? fetch)(options.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Idempotency-Key': options.idempotencyKey,
      },
      body: JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: controller.signal,
    });
    return await outcomeOf(response);
  } catch {
    return { kind: 'retry', reason: timedOut ? 'timeout' : 'offline', status: null };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One request's life across attempts: the idempotency key and the one-at-a-time guard.
 *
 * The key is made when the first attempt starts and kept through every retry after 429,
 * 5xx, timeouts and network failures, so a server that did get an earlier attempt can answer
 * the retry without acting twice. It is dropped after success and after a definitive 4xx:
 * what the user sends next is a new request.
 */
export class Submission {
  key: string | undefined;
  private current: Promise<SubmitOutcome> | undefined;

  constructor(key?: string) {
    this.key = key;
  }

  get sending(): boolean {
    return this.current !== undefined;
  }

  /**
   * Runs one attempt with the series' key. While an attempt is under way, returns null and
   * sends nothing: a second click, a second Enter.
   */
  attempt(send: (key: string) => Promise<SubmitOutcome>): Promise<SubmitOutcome> | null {
    if (this.current) return null;
    const key = (this.key ??= newIdempotencyKey());
    const run = (async () => {
      let outcome: SubmitOutcome;
      try {
        // Through a microtask, so a `send` that throws at once still passes an await.
        outcome = await Promise.resolve().then(() => send(key));
      } catch {
        outcome = { kind: 'retry', reason: 'offline', status: null };
      }
      // Runs after at least one await, so after `current` was set below.
      this.current = undefined;
      // A server gave a definitive answer: what is sent next is a new request.
      if (outcome.kind === 'sent' || outcome.kind === 'invalid' || outcome.kind === 'rejected') this.key = undefined;
      return outcome;
    })();
    this.current = run;
    return run;
  }
}

/** What a page that sends the request itself passes to `resolve`. */
export interface HostResult {
  readonly reference?: string | number | null;
  readonly response?: unknown;
}

/**
 * What it passes to `reject`: field errors (as in a problem+json body) show on the fields;
 * `retryable: false` means sending again will not help; anything else, an Error included,
 * is a failure the person may retry.
 */
export interface HostFailure {
  readonly errors?: unknown;
  readonly retryable?: boolean;
  readonly status?: number;
  readonly message?: string;
}

export function sentByHost(result: unknown): SubmitOutcome {
  const response = result && typeof result === 'object' && 'response' in result ? (result as HostResult).response : result ?? null;
  return { kind: 'sent', status: 200, reference: reference(result), response };
}

export function failedByHost(reason: unknown): SubmitOutcome {
  const failure = (reason && typeof reason === 'object' ? reason : {}) as HostFailure;
  const errors = problemErrors(failure);
  const detail = typeof failure.message === 'string' && !(reason instanceof Error) ? failure.message.slice(0, MAX_MESSAGE) : null;
  const status = typeof failure.status === 'number' ? failure.status : 0;
  if (Object.keys(errors).length) return { kind: 'invalid', status: status || 422, errors, detail };
  if (failure.retryable === false) return { kind: 'rejected', status, detail };
  return { kind: 'retry', reason: 'server', status: status || null };
}
