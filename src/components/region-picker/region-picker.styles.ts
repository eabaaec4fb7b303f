import { css } from 'lit';

export const regionPickerStyles = css`
  :host {
    position: relative;
    min-width: 0;
    max-width: 100%;
  }
  .label {
    display: block;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }
  /* The field: the text box and the toggle button share one border and one focus ring. */
  .control {
    display: flex;
    align-items: stretch;
    min-height: var(--_target);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .control:focus-within {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  /* Thicker without a layout shift: the second pixel is an inset shadow. */
  .control.invalid {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .control.disabled {
    background: var(--_surface-alt);
    border-style: dashed;
  }
  input {
    flex: 1 1 auto;
    min-width: 0;
    min-height: var(--_target);
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    text-overflow: ellipsis;
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  /* The ring is drawn around the whole control. */
  input:focus,
  input:focus-visible {
    outline: none;
  }
  input:disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .toggle {
    flex: 0 0 var(--_target);
    display: grid;
    place-items: center;
    min-height: var(--_target);
    padding: 0;
    border: 0;
    border-inline-start: 1px solid var(--_divider);
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
  }
  .toggle:disabled {
    color: var(--_muted);
    cursor: not-allowed;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .popup {
    position: absolute;
    z-index: var(--akimat-popup-z-index, 20);
    inset-inline: 0;
    margin-top: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
    overflow: hidden;
  }
  .popup[hidden],
  [role='listbox'][hidden] {
    display: none;
  }
  [role='listbox'] {
    /* Set from visualViewport on open, so the list ends above an on-screen keyboard. */
    max-height: var(--_list-max-height, 20rem);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .option {
    position: relative;
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: var(--_target);
    padding: 0.4rem 2rem 0.4rem 0.75rem;
    border-bottom: 1px solid var(--_divider);
    cursor: pointer;
    line-height: 1.3;
  }
  .option:last-child {
    border-bottom: 0;
  }
  .option:hover {
    background: var(--_surface-alt);
  }
  .option[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .option.chosen::after {
    content: '✓';
    position: absolute;
    inset-inline-end: 0.75rem;
    top: 50%;
    transform: translateY(-50%);
    font-weight: 700;
  }
  .path {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .option[aria-selected='true'] .path {
    color: inherit;
  }
  .message {
    margin: 0;
    padding: 0.5rem 0.75rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [role='listbox']:not([hidden]) + .message {
    border-top: 1px solid var(--_divider);
  }
  .error-text {
    margin: 0.25rem 0 0;
    color: var(--_danger);
    font-weight: 600;
  }
  /* Loading: one bar in a box exactly as tall as the field, so nothing jumps when it arrives. */
  .skeleton {
    min-height: var(--_target);
    padding: 0 0.75rem;
    align-content: center;
    border-color: var(--_border);
  }
  @media (prefers-reduced-motion: no-preference) {
    .chevron {
      transition: transform 0.15s;
    }
  }
  @media (forced-colors: active) {
    .control,
    .popup {
      border: 1px solid CanvasText;
    }
    .control.invalid {
      border: 2px solid CanvasText;
    }
    .control:focus-within {
      outline-color: Highlight;
    }
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
