/**
 * Base class of every feed-driven widget: the `feed` attribute, the feed controller, live
 * locale, and the state views. A subclass renders only its ready state (`renderReady`) and
 * describes its skeleton; the base turns feed states into loading/error/stale views.
 */
import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { FeedController, type FeedState } from '../feed/feed-controller.js';
import type { FeedModel } from '../feed/model.js';
import { followPageLanguage, localeReady } from '../localization/locale.js';
import { fire, type WidgetStatus } from '../events/events.js';
import { renderError, renderSkeleton, renderStaleNotice } from './state-views.js';

export type { WidgetStatus };

/**
 * A `heading-level` attribute as an ARIA heading level (an integer 1–6): "2.5", "0", "abc"
 * or "9" from the markup must not become an invalid `aria-level`.
 */
export function headingLevel(value: number, fallback: number): number {
  return Math.min(6, Math.max(1, Math.round(value) || fallback));
}

export abstract class FeedElement extends LitElement {
  /** URL of the feed (absolute or relative to the page). */
  @property({ reflect: false }) feed = '';

  protected readonly feedState = new FeedController(this, () => this.feed);
  protected readonly internals: ElementInternals;
  private shownStatus: WidgetStatus | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    updateWhenLocaleChanges(this);
    followPageLanguage();
  }

  /** What the widget shows now: loading, ready, empty or error. */
  get status(): WidgetStatus {
    return this.shownStatus ?? 'loading';
  }

  private readonly warned = new Set<string>();

  /**
   * A problem in the webmaster's markup (an unknown id, say), told on the console once:
   * render runs on every update and language change, and one line per problem is enough.
   */
  protected warnOnce(problem: string): void {
    if (this.warned.has(problem)) return;
    this.warned.add(problem);
    console.warn(`[akimat-widgets] <${this.localName}>: ${problem}`);
  }

  /** Asks for the feed again after an error. */
  retry(): void {
    this.feedState.retry();
  }

  /** Number of skeleton lines and the height to reserve while loading. */
  protected skeleton(): { lines: number; minHeight: string } {
    return { lines: 3, minHeight: '6rem' };
  }

  /** Renders the content; returns `{empty: true}` views through `renderEmpty` helpers. */
  protected abstract renderReady(model: FeedModel): TemplateResult;

  /** A subclass that finds nothing to show says so here, for the `empty` state. */
  protected isEmpty(_model: FeedModel): boolean {
    return false;
  }

  protected override render(): TemplateResult {
    const state: FeedState = this.feedState.state;
    // Until the page language's texts have arrived, the skeleton stays, whatever the feed.
    if (state.status === 'loading' || !localeReady()) {
      this.setStatus('loading');
      const { lines, minHeight } = this.skeleton();
      return renderSkeleton(lines, minHeight);
    }
    if (state.status === 'error') {
      this.setStatus('error');
      return renderError(state.error, state.retrying, () => this.retry());
    }
    this.setStatus(this.isEmpty(state.model) ? 'empty' : 'ready');
    const stale = state.source === 'cache' && state.error;
    return html`${stale ? renderStaleNotice(state.savedAt) : ''}${this.renderReady(state.model)}`;
  }

  private setStatus(status: WidgetStatus): void {
    if (status === this.shownStatus) return;
    const previous = this.shownStatus;
    this.shownStatus = status;
    try {
      if (previous) this.internals.states.delete(previous);
      this.internals.states.add(status);
    } catch {
      // Custom states are missing in older browsers; `status` still tells.
    }
    // Announced after the render that shows it, so listeners see the new content.
    void this.updateComplete.then(() => fire(this, 'akimat-status', { status }));
  }
}
