import { scaleLinear, scaleSequentialLog } from 'd3-scale';
import { esc, px } from './svg.js';

export interface HeatCell {
  row: string;
  column: string;
  /** NaN: no value (drawn empty). */
  value: number;
  /** Missed the SLO: outlined, marked ✗. */
  flagged: boolean;
}

/** Viridis (perceptually uniform, legible to the common colour-vision deficiencies, ordered in greyscale), light for low values. */
const STOPS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];
const ramp = scaleLinear<string>().domain(STOPS.map((_, i) => i / (STOPS.length - 1))).range(STOPS);

const WIDTH = 720;
const LEFT = 200;
const TOP = 22;
const ROW = 26;

/**
 * A grid of coloured cells (p95 over a sweep's grid): rows and columns in the order given,
 * the value written in each cell, colour on a log scale (latency spans orders of
 * magnitude once a tier saturates), cells that missed the SLO outlined and marked ✗.
 * `data-series` counts the rows (each a `.series` group).
 */
export function heatmap(o: { id: string; title: string; unit: string; rowLabel: string; columnLabel: string; cells: HeatCell[] }): string {
  const rows = [...new Set(o.cells.map((c) => c.row))];
  const columns = [...new Set(o.cells.map((c) => c.column))];
  const values = o.cells.map((c) => c.value).filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.min(...values, Infinity);
  const hi = Math.max(...values, -Infinity);
  const colourOf = scaleSequentialLog(ramp).domain(values.length === 0 ? [1, 10] : lo === hi ? [lo, lo * 10] : [lo, hi]);
  const w = (WIDTH - LEFT - 8) / Math.max(1, columns.length);
  const height = TOP + rows.length * ROW + 6;
  const label = `${o.title}: ${rows.length} rows (${o.rowLabel}) by ${columns.length} columns (${o.columnLabel})`;
  const parts = [`<svg id="${esc(o.id)}" class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(label)}" data-series="${rows.length}"><title>${esc(label)}</title>`];
  columns.forEach((c, j) => parts.push(`<text x="${px(LEFT + (j + 0.5) * w)}" y="${TOP - 8}" font-size="11" text-anchor="middle">${esc(c)}</text>`));
  rows.forEach((r, i) => {
    const y = TOP + i * ROW;
    parts.push(`<g class="series"><text x="${LEFT - 6}" y="${y + 17}" font-size="11" text-anchor="end">${esc(r)}</text>`);
    columns.forEach((c, j) => {
      const cell = o.cells.find((x) => x.row === r && x.column === c);
      if (cell === undefined) return;
      const v = cell.value;
      const fill = Number.isFinite(v) && v > 0 ? colourOf(v) : '#eee';
      const dark = Number.isFinite(v) && v > 0 && Math.log(v / colourOf.domain()[0]) / Math.log(colourOf.domain()[1] / colourOf.domain()[0]) > 0.45;
      const shown = Number.isFinite(v) ? `${Number(v.toPrecision(3))} ${o.unit}` : '—';
      const outline = cell.flagged ? ' stroke="#000" stroke-width="2"' : ' stroke="#fff"';
      parts.push(`<rect x="${px(LEFT + j * w + 1)}" y="${y + 1}" width="${px(w - 2)}" height="${ROW - 2}" fill="${fill}"${outline}><title>${esc(`${r} · ${c}: ${shown}${cell.flagged ? ', missed the SLO' : ''}`)}</title></rect>`);
      parts.push(`<text x="${px(LEFT + (j + 0.5) * w)}" y="${y + 17}" font-size="11" text-anchor="middle" fill="${dark ? '#fff' : '#000'}">${esc(shown)}${cell.flagged ? ' ✗' : ''}</text>`);
    });
    parts.push('</g>');
  });
  parts.push('</svg>');
  const key = `Colour: ${o.unit} on a log scale, ${values.length === 0 ? '—' : `${Number(lo.toPrecision(3))} (light) to ${Number(hi.toPrecision(3))} (dark)`}; ✗ and outlined: missed the SLO. Rows: ${o.rowLabel}; columns: ${o.columnLabel}.`;
  return `<figure><figcaption>${esc(o.title)}</figcaption>${parts.join('')}<p class="key">${esc(key)}</p></figure>`;
}
