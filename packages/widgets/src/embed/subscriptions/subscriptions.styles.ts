import { css } from 'lit';

export const subscriptionsStyles = css`
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
    font-weight: 600;
  }

  /* Switch, then its label; the description lines up under the label. */
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.75em;
    align-items: start;
  }

  .choice label {
    cursor: pointer;
    font-weight: 500;
  }

  .choice .description {
    grid-column: 2;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }

  /* The live region stays in place even when empty, so that screen readers notice what appears in it. */
  .notice.shown {
    padding: 0.75em var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_accent);
  }

  .notice.success {
    border-inline-start-color: var(--_success);
  }

  .notice.error {
    border-inline-start-color: var(--_danger);
  }

  .link-form {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
`;
