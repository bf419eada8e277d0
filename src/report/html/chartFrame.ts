import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { esc, PALETTE, px } from './svg.js';

/** A span of x marked on a chart: an incident from its start to when its consequences settled. */
export interface Band {
  start: number;
  end: number;
  label: string;
  /** Moments inside the incident (detected, service recovered): dashed lines titled with what happened. */
  marks?: { at: number; label: string }[];
}

export const WIDTH = 720;
export const HEIGHT = 260;
const M = { top: 16, right: 16, bottom: 36, left: 56 };

export interface Frame {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  /** The SVG up to the plotted series: title, bands, grid, axes and their labels. */
  open: string;
  /** Closes the SVG and adds the legend and the caption. */
  close(): string;
}

/**
 * What every chart over simulated time shares: a viewBox (so it scales to the page's
 * width), a `<title>` and an `aria-label` for screen readers, incidents as labelled
 * bands, a y grid with its unit, minute ticks on x, and a legend in the palette's order.
 * `series` is how many series are drawn (also in `data-series`, for tests and readers).
 */
export function chartFrame(o: { id: string; title: string; yUnit: string; xMax: number; yMax: number; names: string[]; bands: readonly Band[]; hoverX?: readonly number[] }): Frame {
  const x = scaleLinear().domain([0, Math.max(1, o.xMax)]).range([M.left, WIDTH - M.right]);
  const y = scaleLinear().domain([0, o.yMax > 0 ? o.yMax : 1]).nice().range([HEIGHT - M.bottom, M.top]);
  const label = `${o.title}: ${o.names.join(', ')} over simulated time`;
  const parts: string[] = [];
  // For the page's hover read-out (page.ts): the x of each drawn point, and the plot's x range in pixels and seconds.
  const hover = o.hoverX === undefined ? '' : ` data-x="${o.hoverX.map(px).join(',')}" data-plot="${M.left},${WIDTH - M.right},${px(Math.max(1, o.xMax))},${M.top},${HEIGHT - M.bottom}"`;
  parts.push(`<svg id="${esc(o.id)}" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(label)}" data-series="${o.names.length}"${hover}>`);
  parts.push(`<title>${esc(label)}</title>`);
  for (const b of o.bands) {
    const x0 = x(b.start);
    const x1 = Math.max(x0 + 2, x(Math.min(b.end, o.xMax)));
    parts.push(`<g class="band"><rect x="${px(x0)}" y="${M.top}" width="${px(x1 - x0)}" height="${HEIGHT - M.top - M.bottom}" fill="#999" fill-opacity="0.18"><title>${esc(b.label)}</title></rect>`);
    for (const m of b.marks ?? []) {
      if (m.at > o.xMax) continue;
      const at = px(x(m.at));
      parts.push(`<line class="mark" x1="${at}" x2="${at}" y1="${M.top}" y2="${HEIGHT - M.bottom}" stroke="#444" stroke-dasharray="2 2"><title>${esc(m.label)}</title></line>`);
    }
    parts.push(`<text x="${px(x0 + 3)}" y="${M.top + 10}" font-size="10" fill="#444">${esc(b.label)}</text></g>`);
  }
  for (const t of y.ticks(5)) {
    parts.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="#ddd"/>`);
    parts.push(`<text x="${M.left - 6}" y="${px(y(t) + 3)}" font-size="10" text-anchor="end">${esc(y.tickFormat(5)(t))}</text>`);
  }
  // Ticks at whole minutes (a scale over minutes picks 1, 2, 5, 10… of them).
  const inMinutes = scaleLinear().domain([0, Math.max(1, o.xMax) / 60]);
  for (const t of inMinutes.ticks(8)) parts.push(`<text x="${px(x(t * 60))}" y="${HEIGHT - M.bottom + 14}" font-size="10" text-anchor="middle">${inMinutes.tickFormat(8)(t)}</text>`);
  parts.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom}" stroke="#333"/>`);
  parts.push(`<text x="${(M.left + WIDTH - M.right) / 2}" y="${HEIGHT - 4}" font-size="11" text-anchor="middle">simulated time (min)</text>`);
  parts.push(`<text transform="translate(12 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)" font-size="11" text-anchor="middle">${esc(o.yUnit)}</text>`);
  const legend = o.names.map((n, i) => `<li><span class="swatch" style="background:${colour(i)}"></span>${esc(n)}</li>`).join('');
  return {
    x,
    y,
    open: parts.join(''),
    close: () => `</svg><ul class="legend">${legend}</ul></figure>`,
  };
}

/** Values for the hover read-out: four significant digits, empty for a gap. */
export const hoverValues = (ys: readonly number[]): string => ys.map((v) => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '')).join(',');

/** The colour of series i. */
export const colour = (i: number): string => PALETTE[i % PALETTE.length];

/** A chart's figure element up to its SVG. */
export const figureStart = (title: string): string => `<figure><figcaption>${esc(title)}</figcaption>`;
