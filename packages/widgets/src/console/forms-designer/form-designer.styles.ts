import { css } from 'lit';

/** The designer beside its preview, which stays in sight while the designer scrolls; one above the other on a narrow screen. */
export const formDesignerStyles = css`
  .designer {
    display: grid;
    grid-template-columns: minmax(0, 44rem) minmax(18rem, 1fr);
    gap: calc(var(--_space) * 2);
    align-items: start;
  }

  @media (max-width: 60rem) {
    .designer {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .editor section {
    margin-block-start: calc(var(--_space) * 1.5);
  }

  /* Texts people read in full, such as a consent text, get the width of the designer. */
  .editor textarea {
    max-inline-size: none;
  }

  .preview {
    position: sticky;
    inset-block-start: var(--_space);
    margin-block-start: 0;
    padding: var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .preview h2 {
    margin-block-start: 0;
  }

  ol.entries {
    display: grid;
    gap: var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }

  fieldset.entry {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  fieldset.entry > legend {
    padding-inline: 0.4em;
  }

  fieldset.options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }

  .pair,
  .option-row {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.75em;
    align-items: start;
  }

  .option-row {
    grid-template-columns: 1fr 2fr auto;
    align-items: end;
  }

  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: end;
  }

  .save-bar {
    position: sticky;
    inset-block-end: 0;
    padding-block: var(--_space);
    background: var(--_surface);
    border-block-start: 1px solid var(--_line);
  }
`;
