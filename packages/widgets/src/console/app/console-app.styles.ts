import { css } from 'lit';

export const consoleAppStyles = css`
  :host {
    min-block-size: 100vh;
    background: var(--_surface);
  }

  main.alone {
    padding: calc(var(--_space) * 3) var(--_space);
    max-inline-size: 40rem;
    margin: 0 auto;
  }

  .layout {
    display: grid;
    grid-template-columns: 15rem minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    grid-template-areas:
      'header header'
      'nav main';
    min-block-size: 100vh;
  }

  .skip {
    position: absolute;
    inset-inline-start: var(--_space);
    inset-block-start: -4em;
    padding: 0.5em 1em;
    background: var(--_accent);
    color: var(--_accent-text);
    border-radius: var(--_radius);
    z-index: 1;
  }

  .skip:focus {
    inset-block-start: 0.5em;
  }

  header {
    grid-area: header;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    padding: 0.75em var(--_space);
    border-block-end: 1px solid var(--_line);
  }

  .product {
    font-weight: 700;
    font-size: 1.1em;
    color: var(--_text);
    text-decoration: none;
  }

  .account {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }

  .user {
    color: var(--_muted);
  }

  .sign-out-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
  }

  nav {
    grid-area: nav;
    padding: var(--_space);
    border-inline-end: 1px solid var(--_line);
    background: var(--_subtle);
  }

  nav h2 {
    margin: var(--_space) 0 0.25em;
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
  }

  nav h2:first-child {
    margin-block-start: 0;
  }

  nav ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  nav a {
    display: block;
    padding: 0.35em 0.75em;
    border-radius: var(--_radius);
    color: var(--_text);
    text-decoration: none;
  }

  nav a:hover {
    background: var(--_surface);
  }

  nav a[aria-current='page'] {
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  #content {
    grid-area: main;
    padding: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }

  @media (max-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto auto 1fr;
      grid-template-areas: 'header' 'nav' 'main';
    }

    nav {
      border-inline-end: 0;
      border-block-end: 1px solid var(--_line);
    }
  }
`;
