import { line } from 'd3-shape';
import { chartFrame, colour, figureStart, type Band } from './chartFrame.js';
import { downsample } from './downsample.js';
import { esc, PALETTE } from './svg.js';

export type { Band };

export interface Series {
  name: string;
  /** One value per x; NaN is a gap. */
  values: ArrayLike<number>;
}

export interface LineChartSpec {
  id: string;
  title: string;
  /** The y axis's unit, shown in its label (`ms`, `requests/s`, `%`). */
  yUnit: string;
  /** x values (seconds of simulated time), ascending. */
  x: ArrayLike<number>;
  series: Series[];
  bands?: Band[];
  /** Multiply y values by this for display (100 for fractions shown in %). */
  yScale?: number;
}

/** A line chart as SVG text, drawn in Node with d3-scale and d3-shape (see chartFrame for what every chart has). */
export function lineChart(spec: LineChartSpec): string {
  const k = spec.yScale ?? 1;
  const d = downsample(spec.x, spec.series.map((s) => s.values));
  const ys = d.ys.map((y) => y.map((v) => v * k));
  const xMax = spec.x.length > 0 ? spec.x[spec.x.length - 1] : 1;
  const f = chartFrame({ id: spec.id, title: spec.title, yUnit: spec.yUnit, xMax, yMax: Math.max(0, ...ys.flat().filter(Number.isFinite)), names: spec.series.map((s) => s.name), bands: spec.bands ?? [] });
  const path = line<[number, number]>()
    .defined((p) => Number.isFinite(p[1]))
    .x((p) => Math.round(f.x(p[0]) * 10) / 10)
    .y((p) => Math.round(f.y(p[1]) * 10) / 10);
  const lines = ys.map((values, s) => {
    const dash = s >= PALETTE.length ? ' stroke-dasharray="4 3"' : '';
    return `<path class="series" d="${path(values.map((v, i) => [d.x[i], v])) ?? ''}" fill="none" stroke="${colour(s)}" stroke-width="1.5"${dash}><title>${esc(spec.series[s].name)}</title></path>`;
  });
  return figureStart(spec.title) + f.open + lines.join('') + f.close();
}
