import { css } from 'lit';

/**
 * Labelled form controls shared by the list widgets' search/filter rows: a visible label
 * above each control, 44 px touch targets, borders from the theme (non-text contrast ≥ 3:1).
 * Markup: `<div class="field"><label for=…>…</label><input|select id=…></div>`.
 */
export const controlStyles = css`
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: end;
    min-width: 0;
  }
  .field label {
    font-weight: 600;
  }
  .field input,
  .field select {
    min-height: var(--_target);
    width: 100%;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  @media (forced-colors: active) {
    .field input,
    .field select {
      border: 1px solid CanvasText;
    }
  }
`;
