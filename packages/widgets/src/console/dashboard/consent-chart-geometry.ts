import type { ConsentDay } from '@basis/sdk/contract';

// Where everything of the consent chart goes, in the SVG's own units: pure, so the drawing is
// tested without a browser and the element only turns these numbers into shapes.

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** Room around the plot for the axes' labels. */
export const CHART_MARGIN = { top: 12, right: 12, bottom: 40, left: 48 } as const;

export interface Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DayBars {
  readonly date: string;
  readonly given: Bar;
  readonly withdrawn: Bar;
}

export interface Tick {
  readonly value: number;
  readonly y: number;
}

export interface DayLabel {
  readonly date: string;
  /** The middle of the day's slot. */
  readonly x: number;
}

export interface ConsentChartGeometry {
  readonly size: ChartSize;
  /** The plot's box: bars stand on `bottom`. */
  readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  /** One pair of bars per day, in order. */
  readonly days: readonly DayBars[];
  /** The count axis, from 0 to the top of the scale. */
  readonly ticks: readonly Tick[];
  /** The days that get a label, at most `MAX_DAY_LABELS`, the first always among them. */
  readonly labels: readonly DayLabel[];
}

/** More labels than this would overlap under the chart. */
export const MAX_DAY_LABELS = 7;
/** At most this many steps on the count axis. */
const MAX_STEPS = 4;

/** A step of 1, 2 or 5 times a power of ten, so that `max` fits in `MAX_STEPS` of them; never below 1, as counts are whole. */
export function countStep(max: number): number {
  const rough = Math.max(max, 1) / MAX_STEPS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  return Math.max(1, step);
}

/** The chart of consents given and withdrawn per day: two bars side by side in each day's slot. */
export function consentChartGeometry(days: readonly ConsentDay[], size: ChartSize = { width: 720, height: 240 }): ConsentChartGeometry {
  const plot = {
    left: CHART_MARGIN.left,
    top: CHART_MARGIN.top,
    right: size.width - CHART_MARGIN.right,
    bottom: size.height - CHART_MARGIN.bottom,
  };
  const highest = Math.max(0, ...days.map((day) => Math.max(day.given, day.withdrawn)));
  const step = countStep(highest);
  const top = Math.max(step, Math.ceil(highest / step) * step);
  const plotHeight = plot.bottom - plot.top;
  const slot = (plot.right - plot.left) / Math.max(days.length, 1);
  // A fifth of each slot stays empty, so that neighbouring days do not touch.
  const barWidth = (slot * 0.8) / 2;
  const bar = (index: number, side: 0 | 1, value: number): Bar => {
    const height = (value / top) * plotHeight;
    return { x: plot.left + index * slot + slot * 0.1 + side * barWidth, y: plot.bottom - height, width: barWidth, height };
  };
  const every = Math.ceil(days.length / MAX_DAY_LABELS);
  return {
    size,
    plot,
    days: days.map((day, index) => ({ date: day.date, given: bar(index, 0, day.given), withdrawn: bar(index, 1, day.withdrawn) })),
    ticks: Array.from({ length: top / step + 1 }, (_, i) => ({ value: i * step, y: plot.bottom - ((i * step) / top) * plotHeight })),
    labels: days.flatMap((day, index) => (index % every === 0 ? [{ date: day.date, x: plot.left + (index + 0.5) * slot }] : [])),
  };
}
