import { css } from 'lit';

/**
 * What every widget shares: the theme tokens with their defaults, a host that shrugs off
 * inherited host-page oddities, the focus ring, buttons and links, and the state views.
 *
 * Defaults meet WCAG 2.2 AA on white: text 16.6:1, muted 7.8:1, accent 8.0:1, borders of
 * controls 4.7:1 (non-text minimum 3:1), focus ring 5.7:1.
 */
export const baseStyles = css`
  :host {
    --_text: var(--akimat-color-text, #1b1f24);
    --_muted: var(--akimat-color-muted, #4a5361);
    --_accent: var(--akimat-color-accent, #0a4f9c);
    --_on-accent: var(--akimat-color-on-accent, #ffffff);
    --_surface: var(--akimat-color-surface, #ffffff);
    --_surface-alt: var(--akimat-color-surface-alt, #f2f4f7);
    --_border: var(--akimat-color-border, #6b7583);
    --_divider: var(--akimat-color-divider, #d5dae1);
    --_danger: var(--akimat-color-danger, #a4161a);
    --_success: var(--akimat-color-success, #1e6b35);
    --_radius: var(--akimat-radius, 0.5rem);
    --_space: var(--akimat-space, 1rem);
    --_focus: var(--akimat-focus-color, #1f5fd6);
    --_focus-width: var(--akimat-focus-width, 3px);
    /* Touch targets: 44 px, and more when the text is larger. A page that shrinks the root
       font (html { font-size: 62.5% }) must not shrink them below 44 px. */
    --_target: max(2.75rem, 44px);

    display: block;
    box-sizing: border-box;
    /* The host page's font by default; everything else is reset so that a page's
       text-transform, letter-spacing or line-height does not leak in. !important: a host
       page's "* { letter-spacing: .5em !important }" reaches the host element, and only an
       !important from inside the shadow tree outranks it (CSS Cascade, context). Themes use
       the --akimat-* properties, which these read. */
    font-family: var(--akimat-font-family, inherit);
    font-size: var(--akimat-font-size, 1rem) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-align: start !important;
    text-indent: 0 !important;
    white-space: normal !important;
    color: var(--_text) !important;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherited from the host: a page's "* { box-sizing: content-box !important }" reaches
     the host, and full-width fields with padding would then overflow their boxes. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  /* Phone and e-mail links: 44 px tall touch targets (WCAG 2.5.8 asks 24, phones want more). */
  .contact {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    /* A short link ("Сайт", "Website") is still a whole target wide. */
    min-width: var(--_target);
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.5rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
  }

  /* State views */
  .state {
    padding: var(--_space);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state.error {
    border-color: var(--_danger);
    border-inline-start-width: 0.35rem;
  }
  .state p {
    margin: 0 0 0.75rem;
  }
  /* The webmaster's fallback markup, under the Retry button. */
  .state ::slotted(*) {
    display: inline-block;
    margin-top: 0.75rem;
  }
  .notice {
    margin: 0 0 0.5rem;
    padding: 0.25rem 0.5rem;
    border-inline-start: 0.25rem solid var(--_border);
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .skeleton {
    display: grid;
    gap: 0.6rem;
    padding: var(--_space);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .bone {
    height: 0.9rem;
    border-radius: 0.3rem;
    background: linear-gradient(90deg, var(--_surface-alt) 25%, var(--_divider) 50%, var(--_surface-alt) 75%);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .state,
    .skeleton,
    .button {
      border: 1px solid CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .bone {
      background: GrayText;
    }
  }
`;
