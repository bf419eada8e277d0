import { scaleLinear } from 'd3-scale';
import { esc, PALETTE, px } from './svg.js';

export interface Bar {
  label: string;
  /** NaN: no value (drawn as a dash). */
  value: number;
  /** Index into the palette (a legend entry). */
  group: number;
  /** Drawn with a darker outline: missed the SLO. */
  flagged?: boolean;
}

const WIDTH = 720;
const ROW = 18;
const LEFT = 240;
const RIGHT = 64;

/**
 * Horizontal bars, one row each, coloured by group (baseline and current of a compare),
 * with an optional reference line (the SLO's limit). `data-series` counts the bars.
 */
export function barChart(o: { id: string; title: string; unit: string; bars: Bar[]; groups: string[]; line?: { at: number; label: string } }): string {
  const height = 30 + o.bars.length * ROW;
  const values = o.bars.map((b) => b.value).filter(Number.isFinite);
  const x = scaleLinear().domain([0, Math.max(1e-9, ...values, o.line?.at ?? 0)]).nice().range([LEFT, WIDTH - RIGHT]);
  const label = `${o.title}: ${o.bars.length} bars (${o.groups.join(', ')})`;
  const parts = [`<svg id="${esc(o.id)}" class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(label)}" data-series="${o.bars.length}"><title>${esc(label)}</title>`];
  for (const t of x.ticks(6)) {
    parts.push(`<line x1="${px(x(t))}" x2="${px(x(t))}" y1="4" y2="${height - 22}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(x(t))}" y="${height - 8}" font-size="10" text-anchor="middle">${esc(x.tickFormat(6)(t))}</text>`);
  }
  parts.push(`<text x="${WIDTH - 4}" y="${height - 8}" font-size="10" text-anchor="end">${esc(o.unit)}</text>`);
  o.bars.forEach((b, i) => {
    const y = 6 + i * ROW;
    const fill = PALETTE[b.group % PALETTE.length];
    const shown = Number.isFinite(b.value) ? `${Number(b.value.toPrecision(4))} ${o.unit}` : '—';
    parts.push(`<g class="series"><title>${esc(`${b.label}: ${shown}${b.flagged ? ', missed the SLO' : ''}`)}</title>`);
    parts.push(`<text x="${LEFT - 6}" y="${y + 11}" font-size="10" text-anchor="end">${esc(b.label)}</text>`);
    if (Number.isFinite(b.value)) {
      const stroke = b.flagged ? ' stroke="#000" stroke-width="1.5"' : '';
      parts.push(`<rect x="${LEFT}" y="${y + 2}" width="${px(Math.max(1, x(b.value) - LEFT))}" height="12" fill="${fill}"${stroke}/>`);
      parts.push(`<text x="${px(x(b.value) + 4)}" y="${y + 11}" font-size="10">${esc(shown)}</text>`);
    }
    parts.push('</g>');
  });
  if (o.line !== undefined) {
    parts.push(`<line x1="${px(x(o.line.at))}" x2="${px(x(o.line.at))}" y1="2" y2="${height - 22}" stroke="#000" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    parts.push(`<text x="${px(x(o.line.at) - 4)}" y="${height - 24}" font-size="10" text-anchor="end">${esc(o.line.label)}</text>`);
  }
  parts.push('</svg>');
  const legend = o.groups.map((g, i) => `<li><span class="swatch" style="background:${PALETTE[i % PALETTE.length]}"></span>${esc(g)}</li>`).join('');
  return `<figure><figcaption>${esc(o.title)}</figcaption>${parts.join('')}<ul class="legend">${legend}</ul></figure>`;
}
