import { css } from 'lit';

export const officerCardStyles = css`
  :host {
    container-type: inline-size;
  }
  .card {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem 1rem;
    padding: var(--_space);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .avatar {
    width: 4.5rem;
    height: 4.5rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .initials {
    display: grid;
    place-items: center;
    color: var(--_accent);
    font-size: 1.5rem;
    font-weight: 700;
    border: 2px solid var(--_accent);
  }
  .name {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .position,
  .body {
    margin: 0.15rem 0 0;
  }
  .path {
    margin: 0.15rem 0 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .details {
    grid-column: 1 / -1;
    display: grid;
    gap: 0.1rem 1rem;
    margin: 0.25rem 0 0;
  }
  .details dd + dt {
    margin-top: 0.4rem;
  }
  @container (min-width: 30rem) {
    .details {
      grid-template-columns: max-content 1fr;
      align-items: baseline;
    }
    .details dd + dt {
      margin-top: 0;
    }
  }
  .hint {
    margin: 0;
    font-weight: 600;
  }
  .hint.now {
    color: var(--_success);
  }
  .slots li + li {
    margin-top: 0.15rem;
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .details ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list {
    display: grid;
    gap: var(--_space);
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
  }
`;
