import { css } from 'lit';

/**
 * Layout follows the widget's own width (container queries), not the window's: the same
 * list sits in a 320 px sidebar or a full-width page. The container is an inner wrapper, not
 * the host: size containment on the host would collapse it to zero width in a host page's
 * shrink-to-fit layouts (flex items, floats).
 */
export const councilListStyles = css`
  .frame {
    container-type: inline-size;
  }
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.75rem var(--_space);
    margin-block-end: 0.5rem;
  }
  @container (min-width: 40rem) {
    .controls {
      grid-template-columns: 2fr 1fr 1fr;
    }
  }
  .count {
    margin: 0.5rem 0;
    color: var(--_muted);
  }
  .list {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .council {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .council p {
    margin: 0;
  }
  .name {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .name:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .path {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .facts {
    display: grid;
    gap: 0.25rem 1rem;
    align-items: baseline;
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0 0 0.25rem;
  }
  @container (min-width: 36rem) {
    .facts {
      grid-template-columns: max-content 1fr;
    }
    .facts dd {
      margin: 0;
    }
  }
  .contacts,
  .people,
  .meetings {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
  }
  .people li,
  .meetings li {
    padding: 0.35rem 0;
    border-block-end: 1px solid var(--_divider);
  }
  .people li:last-child,
  .meetings li:last-child {
    border-block-end: 0;
  }
  .meetings a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    min-width: var(--_target);
  }
  .person-name {
    font-weight: 600;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--_target);
    padding: 0.25rem 0.5rem 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 600;
    text-align: start;
  }
  .chevron {
    flex: none;
    width: 0.55em;
    height: 0.55em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .panel {
    padding-inline-start: 1.1rem;
  }
  .next {
    display: grid;
    gap: 0.35rem;
    justify-items: start;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .agenda,
  .description {
    /* Agendas come as numbered lines; keep the line breaks. */
    white-space: pre-line;
  }
  .next .label,
  .agenda-label {
    font-weight: 600;
  }
  .more {
    margin-block-start: var(--_space);
    width: 100%;
  }
  @container (min-width: 36rem) {
    .more {
      width: auto;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .council,
    .next {
      border: 1px solid CanvasText;
    }
  }
`;
