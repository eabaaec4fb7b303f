/**
 * The feed client shared by every widget on the page.
 *
 * One `FeedResource` per absolute feed URL: however many widgets read a feed, it is fetched
 * once per page load, validated once and indexed once. Widgets subscribe; the resource
 * pushes snapshots (loading → ready/error). A saved copy is shown while the network answers
 * and whenever it fails. When the last subscriber leaves before the answer, the request is
 * aborted.
 */
import { readCachedFeed, writeCachedFeed } from './cache.js';
import { FeedError, FeedErrorKind } from './errors.js';
import { retryAfterSeconds } from './retry-after.js';
import { FeedModel } from './model.js';
import { runInSteps, yieldToPage } from './steps.js';
import { describeProblem, validateFeedSteps } from './validate.js';
import type { FeedProblem } from './types.js';

export type FeedSnapshot =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly model: FeedModel;
      /** 'cache': a saved copy; `refreshing` says whether the network may still replace it. */
      readonly source: 'network' | 'cache';
      readonly savedAt?: string;
      readonly refreshing: boolean;
      /** Why the network copy could not be had, when a saved copy stands in. */
      readonly error?: FeedError;
    }
  | { readonly status: 'error'; readonly error: FeedError; readonly retrying: boolean };

export type FeedListener = (snapshot: FeedSnapshot) => void;

export interface FeedClientOptions {
  /** Milliseconds before a feed request is given up; default 10 000. */
  timeout: number;
}

const options: FeedClientOptions = { timeout: 10_000 };

/** Page-wide settings of the feed client. */
export function configureFeedClient(next: Partial<FeedClientOptions>): void {
  Object.assign(options, next);
}

/** Groups problems by record so each broken record costs one console line. */
function warnProblems(url: string, problems: readonly FeedProblem[]): void {
  const byRecord = new Map<string, string[]>();
  for (const problem of problems) {
    const key = `${problem.collection}\u0000${String(problem.record)}`;
    const lines = byRecord.get(key) ?? [];
    lines.push(describeProblem(problem));
    byRecord.set(key, lines);
  }
  for (const lines of byRecord.values()) {
    console.warn(`[akimat-widgets] ${url}: ${lines.join('; ')}`);
  }
}

/**
 * `base` is where the text actually came from (after redirects): relative photo and page
 * addresses in the feed resolve against it, as they would in a document served from there.
 */
async function parse(text: string, url: string, base = url): Promise<{ model: FeedModel; problems: readonly FeedProblem[] }> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new FeedError(FeedErrorKind.NotJson, `${url} is not JSON.`);
  }
  // JSON.parse cannot be cut short; the validation after it runs in slices of its own (steps.ts).
  const { feed, problems } = await runInSteps(validateFeedSteps(doc, base));
  // The indexes, and then the widgets' first render, in a task of their own.
  await yieldToPage();
  return { model: new FeedModel(feed, url), problems };
}

/** The feed's text, and an unread copy of the response for the cache (see writeCachedFeed). */
async function request(url: string, signal: AbortSignal): Promise<{ text: string; copy: Response; base: string }> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted && signal.reason instanceof FeedError) throw signal.reason;
    throw new FeedError(FeedErrorKind.Network, `${url} could not be reached: ${String(error)}`);
  }
  if (!response.ok) {
    const wait = retryAfterSeconds(response.headers.get('Retry-After'));
    throw new FeedError(FeedErrorKind.Http, `${url} answered HTTP ${response.status}.`, response.status, wait ?? undefined);
  }
  const copy = response.clone();
  try {
    return { text: await response.text(), copy, base: response.url || url };
  } catch (error) {
    // The copy shares the broken stream: cancelling it rejects, and nobody may see that.
    copy.body?.cancel().catch(() => undefined);
    if (signal.aborted && signal.reason instanceof FeedError) throw signal.reason;
    throw new FeedError(FeedErrorKind.Network, `${url} was cut off: ${String(error)}`);
  }
}

export class FeedResource {
  private snapshot: FeedSnapshot = { status: 'loading' };
  private readonly listeners = new Set<FeedListener>();
  private inFlight: AbortController | undefined;
  /** Set once the network copy arrived: this page load never asks again. */
  private settled = false;
  /** Retries made by ourselves because the server gave a Retry-After (see retryLater). */
  private retriesAsked = 0;

  constructor(readonly url: string) {}

  get current(): FeedSnapshot {
    return this.snapshot;
  }

  /** Calls `listener` now with the current snapshot and on every change; returns unsubscribe. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    if (!this.settled && !this.inFlight && this.snapshot.status !== 'error') void this.load();
    listener(this.snapshot);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.inFlight) {
        // Nobody needs the answer any more (the widgets left the page): stop downloading.
        this.inFlight.abort(new DOMException('No widget needs this feed', 'AbortError'));
        this.inFlight = undefined;
        if (this.snapshot.status === 'ready') this.emit({ ...this.snapshot, refreshing: false });
        else this.snapshot = { status: 'loading' };
      }
    };
  }

  /**
   * After the browser comes back online: ask again if the last try failed and a widget still
   * shows the error (or a saved copy standing in for the network one).
   */
  retryIfFailed(): void {
    const failed = this.snapshot.status === 'error' || (this.snapshot.status === 'ready' && !!this.snapshot.error);
    if (failed && this.listeners.size > 0) this.retry();
  }

  /** Asks the network again after a failure. */
  retry(): void {
    if (this.settled || this.inFlight) return;
    if (this.snapshot.status === 'error') this.emit({ ...this.snapshot, retrying: true });
    void this.load();
  }

  private emit(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener(snapshot);
  }

  private async load(): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    const timer = setTimeout(
      () => controller.abort(new FeedError(FeedErrorKind.Timeout, `${this.url} did not answer within ${options.timeout} ms.`)),
      options.timeout,
    );
    const fromCache = this.showCachedCopy(controller);
    try {
      const { text, copy, base } = await request(this.url, controller.signal);
      let parsed;
      try {
        parsed = await parse(text, this.url, base);
      } finally {
        // Only a feed that validated is saved; otherwise let the copy go.
        if (!parsed || controller.signal.aborted) copy.body?.cancel().catch(() => undefined);
      }
      const { model, problems } = parsed;
      if (controller.signal.aborted) return;
      warnProblems(this.url, problems);
      this.settled = true;
      this.emit({ status: 'ready', model, source: 'network', refreshing: false });
      void writeCachedFeed(this.url, copy, undefined, base);
    } catch (caught) {
      if (this.inFlight !== controller) return;
      const error = caught instanceof FeedError ? caught : new FeedError(FeedErrorKind.Network, String(caught));
      await fromCache;
      if (this.snapshot.status === 'ready') this.emit({ ...this.snapshot, refreshing: false, error });
      else this.emit({ status: 'error', error, retrying: false });
      this.retryLater(error);
    } finally {
      clearTimeout(timer);
      if (this.inFlight === controller) this.inFlight = undefined;
    }
  }

  /**
   * A server under maintenance may say when to come back (503 + Retry-After). Within five
   * minutes, and three times at most, ask again then by ourselves: the widget recovers without
   * the reader pressing Retry. Longer waits are left to Retry and to the `online` event.
   */
  private retryLater(error: FeedError): void {
    const wait = error.retryAfter;
    if (wait === undefined || wait > 300 || this.retriesAsked >= 3) return;
    this.retriesAsked++;
    setTimeout(() => this.retryIfFailed(), Math.max(1, wait) * 1000);
  }

  /** Shows the saved copy unless the network answered first. */
  private async showCachedCopy(controller: AbortController): Promise<void> {
    if (this.snapshot.status === 'ready') return;
    const cached = await readCachedFeed(this.url);
    // The network may have answered while the cache was read, or while the copy was parsed.
    const overtaken = () => this.settled || this.inFlight !== controller || this.current.status === 'ready';
    if (!cached || overtaken()) return;
    let model: FeedModel;
    try {
      ({ model } = await parse(cached.text, this.url, cached.base));
    } catch {
      return; // A saved copy that no longer validates is simply not used.
    }
    if (!overtaken()) this.emit({ status: 'ready', model, source: 'cache', savedAt: cached.savedAt, refreshing: true });
  }
}

const resources = new Map<string, FeedResource>();
let followingConnectivity = false;

/** Phones drop off the network and come back: when they do, failed feeds try again by themselves. */
function retryWhenOnline(): void {
  if (followingConnectivity) return;
  followingConnectivity = true;
  window.addEventListener('online', () => {
    for (const resource of resources.values()) resource.retryIfFailed();
  });
}

/** Resolves `url` against the page and returns its shared resource. */
export function feedResource(url: string): FeedResource {
  retryWhenOnline();
  const absolute = new URL(url, document.baseURI).href;
  let resource = resources.get(absolute);
  if (!resource) {
    resource = new FeedResource(absolute);
    resources.set(absolute, resource);
  }
  return resource;
}

/** Promise form for apps: resolves with the model (network or saved copy), rejects with FeedError. */
export function loadFeed(url: string): Promise<FeedModel> {
  return new Promise((resolve, reject) => {
    const unsubscribe = feedResource(url).subscribe((snapshot) => {
      if (snapshot.status === 'loading' || (snapshot.status === 'ready' && snapshot.refreshing)) return;
      if (snapshot.status === 'ready') resolve(snapshot.model);
      else reject(snapshot.error);
      // Deferred: the first snapshot arrives inside subscribe(), before it has returned.
      queueMicrotask(() => unsubscribe());
    });
  });
}

/** Forgets every feed of this page load. For tests and for apps that swap feeds wholesale. */
export function resetFeedClient(): void {
  resources.clear();
}
