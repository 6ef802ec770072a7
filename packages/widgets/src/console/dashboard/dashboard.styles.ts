import { css } from 'lit';

/** The dashboard's figures, share bars and chart, drawn with the console's tokens only. */
export const dashboardStyles = css`
  .kpis {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0 0 var(--_space);
  }

  .kpis > div {
    min-inline-size: 12rem;
    padding: var(--_space);
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .kpis dt {
    color: var(--_muted);
    font-weight: 600;
  }

  .kpis dd {
    margin: 0;
    font-size: 2em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .kpis .attention dd {
    color: var(--_danger);
  }

  .explained {
    max-inline-size: 48rem;
  }

  .purpose-figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr));
    gap: 0 calc(var(--_space) * 2);
  }

  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  .share {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }

  svg.bar {
    inline-size: 6rem;
    block-size: 0.6em;
    border-radius: 2px;
    outline: 1px solid var(--_line);
  }

  svg.bar .track {
    fill: var(--_subtle);
  }

  svg.bar .fill {
    fill: var(--_accent);
  }

  .percent {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .range {
    max-inline-size: 14rem;
    margin-block-end: var(--_space);
  }

  figure.consent-chart {
    margin: 0 0 var(--_space);
  }

  .legend {
    display: flex;
    gap: 1.5em;
    list-style: none;
    margin: 0 0 0.5em;
    padding: 0;
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }

  .swatch {
    inline-size: 0.9em;
    block-size: 0.9em;
    border-radius: 2px;
  }

  .swatch.given,
  rect.given {
    background: var(--_accent);
    fill: var(--_accent);
  }

  .swatch.withdrawn,
  rect.withdrawn {
    background: var(--_danger);
    fill: var(--_danger);
  }

  svg.chart {
    display: block;
    inline-size: 100%;
    max-inline-size: 60rem;
    block-size: auto;
  }

  svg.chart text {
    font-size: 11px;
    fill: var(--_muted);
  }

  svg.chart text.title {
    font-weight: 600;
  }

  svg.chart .grid {
    stroke: var(--_line);
  }

  svg.chart .baseline {
    stroke: var(--_border);
  }

  details.figures summary {
    cursor: pointer;
    color: var(--_accent);
    margin-block-end: 0.5em;
  }
`;
