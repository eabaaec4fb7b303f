/**
 * The only way a widget reads a feed: a Lit reactive controller over the shared
 * `FeedResource`. Its `state` is one of the explicit states every widget renders (see
 * `FeedState`); there are no loading flags anywhere else.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedResource, type FeedSnapshot } from './client.js';
import { FeedError, FeedErrorKind } from './errors.js';

export type FeedState = FeedSnapshot;

export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  private url: string | undefined;
  private unsubscribe: (() => void) | undefined;
  private syncing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly feedUrl: () => string | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    // `feed` may change at any time; follow it before the host renders.
    if (this.host.isConnected && (this.feedUrl() ?? '') !== (this.url ?? '')) this.sync();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.url = undefined;
  }

  retry(): void {
    if (this.url) feedResource(this.url).retry();
  }

  private sync(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    const url = (this.feedUrl() ?? '').trim();
    this.url = url;
    if (!url) {
      this.state = { status: 'error', error: new FeedError(FeedErrorKind.NoFeed, 'No feed URL given.'), retrying: false };
      return;
    }
    let resource;
    try {
      resource = feedResource(url);
    } catch {
      this.state = { status: 'error', error: new FeedError(FeedErrorKind.NoFeed, `Unusable feed URL ${url}.`), retrying: false };
      return;
    }
    // The first snapshot arrives synchronously, inside the host's update: no new update then.
    this.syncing = true;
    this.unsubscribe = resource.subscribe((snapshot) => {
      this.state = snapshot;
      if (!this.syncing) this.host.requestUpdate();
    });
    this.syncing = false;
  }
}
