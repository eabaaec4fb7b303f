import { css } from 'lit';

export const officerDirectoryStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: end;
    margin-bottom: 0.75rem;
  }
  .field {
    flex: 1 1 14rem;
  }
  .count {
    margin: 0 0 0.75rem;
    font-weight: 600;
  }
  .group-title {
    margin: 1.25rem 0 0.5rem;
    font-size: 1.1em;
    font-weight: 700;
  }
  ul.officers {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Entries below the fold skip style, layout and paint until scrolled near (they stay in the
     accessibility tree and find-in-page): a search keystroke relays out 30 entries otherwise. */
  ul.officers > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 15rem;
  }
  .officer {
    display: grid;
    align-content: start;
    gap: 0.2rem;
    height: 100%;
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .officer .name {
    margin: 0;
    font-size: 1.05em;
    font-weight: 700;
  }
  .officer p {
    margin: 0;
  }
  .officer dl {
    display: grid;
    gap: 0.2rem;
    margin: 0.4rem 0 0;
  }
  .officer dt {
    font-weight: 600;
  }
  .officer dd {
    margin: 0;
  }
  .officer dd ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .hint {
    margin: 0.3rem 0 0;
  }
  .more {
    margin-top: 1rem;
  }
  .actions {
    margin-top: 0.5rem;
  }
  @media (forced-colors: active) {
    .officer {
      border: 1px solid CanvasText;
    }
  }
`;
