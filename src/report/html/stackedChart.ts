import { area } from 'd3-shape';
import { chartFrame, colour, figureStart, hoverValues } from './chartFrame.js';
import type { LineChartSpec } from './lineChart.js';
import { esc } from './svg.js';

/**
 * A stacked area chart (errors by cause over time): each series drawn on top of the ones
 * before it, so the top edge is their total. A gap (NaN) counts as 0 in a stack.
 */
export function stackedChart(spec: LineChartSpec): string {
  const k = spec.yScale ?? 1;
  const n = spec.x.length;
  const lows: number[][] = [];
  const highs: number[][] = [];
  let base = new Array<number>(n).fill(0);
  for (const { values: ys } of spec.series) {
    const top = base.map((b, i) => b + (Number.isFinite(ys[i]) ? ys[i] * k : 0));
    lows.push(base);
    highs.push(top);
    base = top;
  }
  const f = chartFrame({ id: spec.id, title: spec.title, yUnit: spec.yUnit, xMax: spec.xMax, yMax: Math.max(0, ...base), names: spec.series.map((s) => s.name), bands: spec.bands ?? [], hoverX: spec.x });
  const indices = Array.from({ length: n }, (_, i) => i);
  const layers = spec.series.map((s, j) => {
    const shape = area<number>()
      .x((i) => Math.round(f.x(spec.x[i]) * 10) / 10)
      .y0((i) => Math.round(f.y(lows[j][i]) * 10) / 10)
      .y1((i) => Math.round(f.y(highs[j][i]) * 10) / 10);
    return `<path class="series" d="${shape(indices) ?? ''}" fill="${colour(j)}" fill-opacity="0.85" stroke="none" data-name="${esc(s.name)}" data-y="${hoverValues(s.values.map((v) => v * k))}"><title>${esc(s.name)}</title></path>`;
  });
  return figureStart(spec.title) + f.open + layers.join('') + f.close();
}
