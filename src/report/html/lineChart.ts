import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { esc, PALETTE, px } from './svg.js';

export interface Series {
  name: string;
  /** One value per x; NaN is a gap. */
  values: ArrayLike<number>;
}

/** A span of x marked on the chart: an incident from its start to when its consequences settled. */
export interface Band {
  start: number;
  end: number;
  label: string;
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

const WIDTH = 720;
const HEIGHT = 260;
const M = { top: 16, right: 16, bottom: 36, left: 56 };
/** Points drawn per series at most: longer series are averaged over buckets for drawing (the CSV keeps every window). */
export const MAX_POINTS = 600;

/** Mean of each bucket of consecutive points, NaN left out (a bucket of only NaN stays a gap). */
export function downsample(x: ArrayLike<number>, ys: ArrayLike<number>[], max = MAX_POINTS): { x: number[]; ys: number[][] } {
  const n = x.length;
  const k = Math.max(1, Math.ceil(n / max));
  const out = { x: [] as number[], ys: ys.map(() => [] as number[]) };
  for (let i = 0; i < n; i += k) {
    const end = Math.min(n, i + k);
    out.x.push(x[i]);
    ys.forEach((y, s) => {
      let sum = 0;
      let count = 0;
      for (let j = i; j < end; j++) if (Number.isFinite(y[j])) (sum += y[j]), count++;
      out.ys[s].push(count > 0 ? sum / count : NaN);
    });
  }
  return out;
}

/**
 * A line chart as SVG text, drawn in Node with d3-scale and d3-shape: axes with their
 * units, a legend, incidents as labelled bands, a `<title>` and an `aria-label` for
 * screen readers. Fixed size in a viewBox, so it scales to the page's width.
 */
export function lineChart(spec: LineChartSpec): string {
  const k = spec.yScale ?? 1;
  const d = downsample(spec.x, spec.series.map((s) => s.values));
  const ys = d.ys.map((y) => y.map((v) => v * k));
  const xMax = d.x.length > 0 ? spec.x[spec.x.length - 1] : 1;
  const yMax = Math.max(0, ...ys.flat().filter(Number.isFinite));
  const x = scaleLinear().domain([0, Math.max(1, xMax)]).range([M.left, WIDTH - M.right]);
  const y = scaleLinear().domain([0, yMax > 0 ? yMax : 1]).nice().range([HEIGHT - M.bottom, M.top]);
  const parts: string[] = [];
  const label = `${spec.title}: ${spec.series.map((s) => s.name).join(', ')} over simulated time`;
  parts.push(`<svg id="${esc(spec.id)}" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(label)}" data-series="${spec.series.length}">`);
  parts.push(`<title>${esc(label)}</title>`);
  for (const b of spec.bands ?? []) {
    const x0 = x(b.start);
    const x1 = Math.max(x0 + 2, x(Math.min(b.end, xMax)));
    parts.push(`<g class="band"><rect x="${px(x0)}" y="${M.top}" width="${px(x1 - x0)}" height="${HEIGHT - M.top - M.bottom}" fill="#999" fill-opacity="0.18"><title>${esc(b.label)}</title></rect>`);
    parts.push(`<text x="${px(x0 + 3)}" y="${M.top + 10}" font-size="10" fill="#444">${esc(b.label)}</text></g>`);
  }
  for (const t of y.ticks(5)) {
    parts.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="#ddd"/>`);
    parts.push(`<text x="${M.left - 6}" y="${px(y(t) + 3)}" font-size="10" text-anchor="end">${esc(y.tickFormat(5)(t))}</text>`);
  }
  // Ticks at whole minutes (a scale over minutes picks 1, 2, 5, 10… of them).
  const inMinutes = scaleLinear().domain([0, Math.max(1, xMax) / 60]);
  for (const t of inMinutes.ticks(8)) parts.push(`<text x="${px(x(t * 60))}" y="${HEIGHT - M.bottom + 14}" font-size="10" text-anchor="middle">${inMinutes.tickFormat(8)(t)}</text>`);
  parts.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom}" stroke="#333"/>`);
  parts.push(`<text x="${(M.left + WIDTH - M.right) / 2}" y="${HEIGHT - 4}" font-size="11" text-anchor="middle">simulated time (min)</text>`);
  parts.push(`<text transform="translate(12 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)" font-size="11" text-anchor="middle">${esc(spec.yUnit)}</text>`);
  const path = line<[number, number]>()
    .defined((p) => Number.isFinite(p[1]))
    .x((p) => Math.round(x(p[0]) * 10) / 10)
    .y((p) => Math.round(y(p[1]) * 10) / 10);
  ys.forEach((values, s) => {
    const colour = PALETTE[s % PALETTE.length];
    const dash = s >= PALETTE.length ? ' stroke-dasharray="4 3"' : '';
    parts.push(`<path class="series" d="${path(values.map((v, i) => [d.x[i], v])) ?? ''}" fill="none" stroke="${colour}" stroke-width="1.5"${dash}><title>${esc(spec.series[s].name)}</title></path>`);
  });
  parts.push('</svg>');
  const legend = spec.series.map((s, i) => `<li><span class="swatch" style="background:${PALETTE[i % PALETTE.length]}"></span>${esc(s.name)}</li>`).join('');
  return `<figure><figcaption>${esc(spec.title)}</figcaption>${parts.join('')}<ul class="legend">${legend}</ul></figure>`;
}
