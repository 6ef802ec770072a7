import { css } from 'lit';

export const signInStyles = css`
  :host {
    display: grid;
    place-items: start center;
    padding: calc(var(--_space) * 3) var(--_space);
  }

  .card {
    inline-size: min(100%, 26rem);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .product {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-weight: 600;
  }

  form.editor {
    margin-block-start: var(--_space);
  }
`;
