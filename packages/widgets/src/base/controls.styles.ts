import { css } from 'lit';

/** What every visitor element shares: its box, switches, text fields, buttons, focus, help and error lines. */
export const controls = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    cursor: pointer;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
  }

  button.secondary {
    background: transparent;
    color: var(--_text);
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }

  /* A real checkbox, drawn as a switch: it keeps the native keyboard and form behaviour. */
  input[role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    inline-size: 2.75em;
    block-size: 1.5em;
    margin: 0;
    border-radius: 0.75em;
    border: 2px solid var(--_border);
    background: var(--_surface);
    cursor: pointer;
    transition: background-color 0.15s;
  }

  input[role='switch']::before {
    content: '';
    position: absolute;
    inset-block-start: 0.125em;
    inset-inline-start: 0.125em;
    inline-size: 1em;
    block-size: 1em;
    border-radius: 50%;
    background: var(--_border);
    transition: translate 0.15s;
  }

  input[role='switch']:checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }

  input[role='switch']:checked::before {
    background: var(--_accent-text);
    translate: 1.25em 0;
  }

  :host(:dir(rtl)) input[role='switch']:checked::before {
    translate: -1.25em 0;
  }

  input[role='switch']:disabled {
    cursor: not-allowed;
    opacity: 0.5;
  }

  input:not([type='checkbox']),
  select,
  textarea {
    font: inherit;
    inline-size: 100%;
    max-inline-size: 24em;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  [aria-invalid='true'] {
    border-color: var(--_danger);
  }

  /* The box every element draws itself in, and what is laid out the same in each. */
  .base {
    display: grid;
    gap: var(--_space);
    max-inline-size: 40rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  p {
    margin: 0;
  }

  form {
    display: grid;
    gap: var(--_space);
  }

  .help,
  .hint,
  .description {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .field-error {
    color: var(--_danger);
    font-size: 0.9em;
  }

  @media (prefers-reduced-motion: reduce) {
    input[role='switch'],
    input[role='switch']::before {
      transition: none;
    }
  }
`;
