/**
 * The loading, error, empty and stale-copy views every widget shows, so that a slow or
 * broken feed never leaves a blank hole and looks the same in every widget.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedErrorKind, type FeedError } from '../feed/errors.js';
import { formatDateTime } from '../localization/format.js';
import { localeReady } from '../localization/locale.js';
import { cssomStyle } from '../styles/cssom-style.js';

/**
 * Grey bars that reserve roughly the space the content will take: no layout jump. Sizes go
 * through the CSSOM (cssomStyle), never a style attribute, which a strict CSP (style-src
 * 'self') blocks; Lit's styleMap writes the attribute on the first render, so it will not do.
 */
export function renderSkeleton(lines: number, minHeight: string): TemplateResult {
  return html`<div class="skeleton" part="skeleton" role="status" aria-busy="true" ${cssomStyle({ 'min-height': minHeight })}>
    <span class="visually-hidden">${localeReady() ? msg('Loading…') : ''}</span>
    ${Array.from({ length: lines }, (_, i) => html`<span class="bone" ${cssomStyle({ width: `${[70, 45, 85, 60, 75][i % 5]}%` })}></span>`)}
  </div>`;
}

export function errorMessage(error: FeedError): string {
  switch (error.kind) {
    case FeedErrorKind.Timeout:
      return msg('The list is taking too long to load. Your connection may be slow.');
    case FeedErrorKind.Http:
      // Not the reader's connection: say whose problem it is.
      if (error.status === 404 || error.status === 410) {
        return msg('The list is not at the address this widget was given. The site administrator needs to check the feed address.');
      }
      return msg('The site that publishes the list is not answering properly. Please try again in a few minutes.');
    case FeedErrorKind.Network:
      return msg('The list could not be loaded. Check your connection and try again.');
    case FeedErrorKind.NoFeed:
      return msg('This widget has no data source. The site administrator needs to set its feed address.');
    default:
      return msg('The list published by the akimat could not be read. Please try again later.');
  }
}

/**
 * The error view: a localized message, a Retry button (kept in place while retrying so focus
 * stays on it) and the webmaster's fallback markup from the element's light DOM.
 */
export function renderError(error: FeedError, retrying: boolean, onRetry: () => void): TemplateResult {
  const canRetry = error.kind !== FeedErrorKind.NoFeed;
  return html`<div class="state error" part="error">
    <p role="alert">${errorMessage(error)}</p>
    ${canRetry
      ? html`<button type="button" class="button secondary" part="retry-button"
          aria-disabled=${retrying ? 'true' : 'false'}
          @click=${() => { if (!retrying) onRetry(); }}>${retrying ? msg('Trying again…') : msg('Try again')}</button>`
      : nothing}
    <div part="fallback"><slot></slot></div>
  </div>`;
}

export function renderEmpty(message: string | TemplateResult, extra: unknown = nothing): TemplateResult {
  return html`<div class="state empty" part="empty"><p>${message}</p>${extra}</div>`;
}

/** Shown above content that comes from the saved copy because the network failed. */
export function renderStaleNotice(savedAt: string | undefined): TemplateResult {
  const when = savedAt && !Number.isNaN(Date.parse(savedAt)) ? formatDateTime(savedAt, 'medium') : '';
  return html`<p class="notice" part="notice" role="status">
    ${when
      ? msg(str`You are offline or the site is not answering. Showing a saved copy from ${when}.`)
      : msg('You are offline or the site is not answering. Showing a saved copy.')}
  </p>`;
}
