import { css } from 'lit';

/** What every console view shares on top of the widgets' tokens and controls: headings, tables, forms, states. */
export const consoleStyles = css`
  :host {
    --_subtle: color-mix(in srgb, var(--_text) 6%, var(--_surface));
    --_line: color-mix(in srgb, var(--_border) 45%, var(--_surface));
  }

  h1 {
    margin: 0 0 var(--_space);
    font-size: 1.6em;
    line-height: 1.25;
  }

  h1:focus {
    outline: none;
  }

  h1:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }

  h2 {
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
    font-size: 1.2em;
  }

  p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  a {
    color: var(--_accent);
  }

  .lead {
    color: var(--_muted);
    max-inline-size: 48rem;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em;
    margin-block-end: var(--_space);
  }

  .grow {
    flex: 1;
  }

  ul.changes {
    margin: 0;
    padding-inline-start: 1em;
  }

  ul.changes del {
    color: var(--_danger);
  }

  ul.changes ins {
    color: var(--_success);
    text-decoration: none;
  }

  ul.origins {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  tr.broken {
    background: color-mix(in srgb, var(--_danger) 12%, var(--_surface));
  }

  section {
    margin-block-start: calc(var(--_space) * 2);
  }

  a.button {
    display: inline-block;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 600;
    text-decoration: none;
  }

  a.button.secondary {
    background: transparent;
    color: var(--_text);
  }

  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_accent-text);
  }

  button.secondary.danger {
    background: transparent;
    color: var(--_danger);
  }

  button.small,
  a.button.small {
    padding: 0.25em 0.75em;
    font-size: 0.9em;
  }

  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--_space);
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.6em 0.75em;
    border-block-end: 1px solid var(--_line);
  }

  th {
    font-size: 0.85em;
    color: var(--_muted);
    font-weight: 600;
    background: var(--_subtle);
  }

  td.actions {
    text-align: end;
    white-space: nowrap;
  }

  td.actions > * + * {
    margin-inline-start: 0.5em;
  }

  .muted {
    color: var(--_muted);
  }

  code,
  .key {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .badge {
    display: inline-block;
    padding: 0.05em 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
  }

  .badge.good {
    color: var(--_success);
  }

  .badge.bad {
    color: var(--_danger);
  }

  .badge.neutral {
    color: var(--_muted);
  }

  .state {
    padding: var(--_space);
    border: 1px dashed var(--_line);
    border-radius: var(--_radius);
    margin-block-end: var(--_space);
  }

  .state.error {
    border: 0;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_subtle);
  }

  .state.success {
    border: 0;
    border-inline-start: 4px solid var(--_success);
    background: var(--_subtle);
  }

  .state > :last-child {
    margin-block-end: 0;
  }

  /* Forms */
  .editor {
    display: grid;
    gap: var(--_space);
    max-inline-size: 44rem;
  }

  .field {
    display: grid;
    gap: 0.3em;
  }

  .field > label,
  fieldset > legend {
    font-weight: 600;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  fieldset > legend {
    padding: 0;
    margin-block-end: 0.3em;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding-block: 0.15em;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.9em;
    font-weight: 600;
  }

  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    inline-size: 100%;
    padding: 0.45em 0.7em;
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  input[type='number'] {
    max-inline-size: 10em;
  }

  input[readonly] {
    background: var(--_subtle);
  }

  textarea {
    min-block-size: 6em;
    resize: vertical;
  }

  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.15em;
    block-size: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }

  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }

  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
  }

  .summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.4em 1.5em;
    margin: 0 0 var(--_space);
  }

  .summary dt {
    font-weight: 600;
    color: var(--_muted);
  }

  .summary dd {
    margin: 0;
  }

  .sr-only {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* A choice of languages, such as the one being edited: radio buttons in a row. */
  fieldset.languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
  }

  fieldset.languages > legend {
    inline-size: 100%;
  }
`;
