import { css } from 'lit';

/**
 * Large, plain fields in one column (people fill this on phones), errors marked by a thick
 * bar and bold text, not by colour alone; 44 px targets everywhere.
 */
export const meetingFormStyles = css`
  form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-width: 40rem;
  }
  .title {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro,
  .section p,
  .panel p {
    margin: 0 0 0.5rem;
  }
  .section {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .section-title {
    padding: 0;
    margin-bottom: 0.25rem;
    font-size: 1.2em;
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: 0.35rem;
    min-width: 0;
  }
  .field.invalid {
    padding-inline-start: 0.9rem;
    border-inline-start: 0.3rem solid var(--_danger);
  }
  .label {
    margin: 0;
    padding: 0;
    font-weight: 600;
  }
  .hint,
  .count {
    color: var(--_muted);
  }
  .count.over {
    color: var(--_danger);
    font-weight: 700;
  }
  .error-message {
    margin: 0;
    color: var(--_danger);
    font-weight: 700;
  }
  .input {
    width: 100%;
    min-height: var(--_target);
    padding: 0.45rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .input.medium {
    max-width: 20em;
  }
  .input.short {
    max-width: 12em;
  }
  .textarea {
    min-height: 8rem;
    resize: vertical;
  }
  .invalid .input {
    border-color: var(--_danger);
  }
  .input:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 0;
    border-radius: calc(var(--_radius) / 2);
  }
  .radios {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .radios.inline .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: var(--_target);
  }
  .choice input {
    flex: none;
    width: 1.6rem;
    height: 1.6rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice label {
    cursor: pointer;
    padding-block: 0.4rem;
  }
  .chosen {
    margin: 0;
  }
  .officer-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: var(--_space);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .officer-summary p {
    margin: 0;
  }
  .officer-name {
    font-weight: 700;
  }
  .link-button {
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.25rem 0.5rem;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .consent-text {
    padding: 0.75rem var(--_space);
    border-inline-start: 0.25rem solid var(--_divider);
    background: var(--_surface-alt);
  }
  .consent-text p:last-child {
    margin-bottom: 0;
  }
  .error-summary,
  .failure,
  .panel,
  .draft-notice {
    padding: var(--_space);
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .panel,
  .draft-notice {
    border-color: var(--_accent);
  }
  .panel.success {
    border-color: var(--_success);
  }
  .panel-title {
    margin: 0 0 0.5rem;
    font-size: 1.2em;
    font-weight: 700;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .error-summary li {
    margin-block: 0.35rem;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  .failure p,
  .draft-notice p {
    margin: 0 0 0.5rem;
  }
  .draft-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .draft-notice p {
    margin: 0;
  }
  .reference strong {
    font-size: 1.4em;
    overflow-wrap: anywhere;
  }
  .contacts {
    display: grid;
    gap: 0.25rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  .contact {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  @media (forced-colors: active) {
    .field.invalid,
    .error-summary,
    .failure,
    .panel,
    .draft-notice,
    .input {
      border-color: CanvasText;
    }
  }
`;
