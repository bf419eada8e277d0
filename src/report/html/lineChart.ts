import { area, line } from 'd3-shape';
import { chartFrame, colour, figureStart, hoverValues, type Band } from './chartFrame.js';
import { esc, PALETTE, px } from './svg.js';

export type { Band };

/** A series as drawn: a value per point of the chart's `x` (see downsample.ts). */
export interface Series {
  name: string;
  /** One value per drawn point; NaN is a gap. */
  values: readonly number[];
  /** Half-width of the 95 % confidence interval per point (replications): drawn as a band around the line. */
  ci95?: readonly number[];
}

export interface LineChartSpec {
  id: string;
  title: string;
  /** The y axis's unit, shown in its label (`ms`, `requests/s`, `%`). */
  yUnit: string;
  /** The drawn points' x (seconds of simulated time, each bucket's start), ascending: at most MAX_POINTS. */
  x: readonly number[];
  /** The x axis's end: the last window's start (1 for an empty series). */
  xMax: number;
  series: Series[];
  bands?: Band[];
  /** Multiply y values by this for display (100 for fractions shown in %). */
  yScale?: number;
  /**
   * Share of each point's windows spent paused (Galera flow control): shaded behind the
   * lines, the longest pause darkest (opacity 0.5 × share / the largest share, which the
   * caption states), each shade titled with its share.
   */
  pauses?: { label: string; values: readonly number[] };
}

/**
 * A line chart of drawn points as SVG text (a caller reduces a long series with
 * downsample.ts first), drawn in Node with d3-scale and d3-shape (see chartFrame for
 * what every chart has). A series with `ci95` gets its confidence band: a light area
 * from mean − ci95 to mean + ci95 under the line.
 */
export function lineChart(spec: LineChartSpec): string {
  const k = spec.yScale ?? 1;
  const ys = spec.series.map((s) => s.values.map((v) => v * k));
  const cis = spec.series.map((s) => (s.ci95 === undefined ? null : s.ci95.map((v) => v * k)));
  const f = chartFrame({ id: spec.id, title: spec.title, yUnit: spec.yUnit, xMax: spec.xMax, yMax: Math.max(0, ...ys.flat().filter(Number.isFinite)), names: spec.series.map((s) => s.name), bands: spec.bands ?? [], hoverX: spec.x });
  const r = (v: number): number => Math.round(v * 10) / 10;
  const path = line<[number, number]>()
    .defined((p) => Number.isFinite(p[1]))
    .x((p) => r(f.x(p[0])))
    .y((p) => r(f.y(p[1])));
  const band = area<[number, number, number]>()
    .defined((p) => Number.isFinite(p[1]) && Number.isFinite(p[2]))
    .x((p) => r(f.x(p[0])))
    .y0((p) => r(f.y(Math.max(0, p[1] - p[2]))))
    // Clipped at the top of the axis: the lines set the scale (an interval from two
    // replications can be ten times the mean, and would flatten every line).
    .y1((p) => r(f.y(Math.min(f.y.domain()[1], p[1] + p[2]))));
  const paused = spec.pauses?.values ?? [];
  const maxPaused = Math.max(0, ...paused.filter(Number.isFinite));
  const shades = paused.map((share, i) => {
    const opacity = Math.round((50 * share) / maxPaused) / 100;
    if (!(opacity > 0)) return '';
    const x0 = f.x(spec.x[i]);
    const x1 = i + 1 < spec.x.length ? f.x(spec.x[i + 1]) : f.x(spec.xMax);
    const [top, bottom] = f.y.range().slice().reverse();
    return `<rect class="pause" x="${px(x0)}" y="${px(top)}" width="${px(Math.max(1, x1 - x0))}" height="${px(bottom - top)}" fill="#D55E00" fill-opacity="${opacity}"><title>${esc(`${spec.pauses!.label}: ${(share * 100).toPrecision(2)} % of the window`)}</title></rect>`;
  });
  const bands = cis.map((ci, s) => (ci === null || !ci.some(Number.isFinite) ? '' : `<path class="ci" d="${band(ys[s].map((v, i) => [spec.x[i], v, ci[i]])) ?? ''}" fill="${colour(s)}" fill-opacity="0.15" stroke="none"/>`));
  const lines = ys.map((values, s) => {
    const dash = s >= PALETTE.length ? ' stroke-dasharray="4 3"' : '';
    return `<path class="series" d="${path(values.map((v, i) => [spec.x[i], v])) ?? ''}" fill="none" stroke="${colour(s)}" stroke-width="1.5"${dash} data-name="${esc(spec.series[s].name)}" data-y="${hoverValues(values)}"><title>${esc(spec.series[s].name)}</title></path>`;
  });
  const caption = maxPaused > 0 ? `${spec.title} (shaded: ${spec.pauses!.label}, darkest ${(maxPaused * 100).toPrecision(2)} % of a window)` : spec.title;
  return figureStart(caption) + f.open + shades.join('') + bands.join('') + lines.join('') + f.close();
}
