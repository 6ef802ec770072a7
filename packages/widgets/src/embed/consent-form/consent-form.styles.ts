import { css } from 'lit';

// Comments stay out of the stylesheet, which ships as written:
// - a required field's label ends in a mark that needs no translation and stays out of its accessible name;
// - a box comes before its text, and help and error line up under the text;
// - the field people never see is out of sight (and, by its aria-hidden, out of the accessibility
//   tree) but not `display: none`, which bots look for.
export const consentFormStyles = css`
  .base {
    justify-items: start;
  }

  form,
  .field {
    justify-self: stretch;
  }

  .field {
    display: grid;
    gap: 0.25em;
  }

  label {
    font-weight: 500;
  }

  .required > label::after {
    content: ' *' / '';
    color: var(--_danger);
  }

  textarea {
    max-inline-size: none;
    min-block-size: 6em;
    resize: vertical;
  }

  .box {
    grid-template-columns: auto 1fr;
    column-gap: 0.75em;
    align-items: start;
  }

  .box > :not(input) {
    grid-column: 2;
  }

  input[type='checkbox'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }

  .box label {
    font-weight: 400;
  }

  a {
    color: var(--_accent);
  }

  input.trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }

  #status:not(:empty) {
    padding: 0.75em var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }

  :host([state='success']) #status,
  :host([state='pending']) #status {
    border-color: var(--_success);
  }

  :host([state='invalid']) #status,
  :host([state='error']) #status,
  :host([state='load-failed']) #status {
    border-color: var(--_danger);
  }
`;
