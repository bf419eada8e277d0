import { scaleLinear } from 'd3-scale';
import { esc, PALETTE, px } from './svg.js';

export interface Bracket {
  label: string;
  /** Highest load certified to meet the SLO (null: not even the range's lowest). */
  lo: number | null;
  /** Lowest load certified to miss it (null: none in the range). */
  hi: number | null;
  /** Bar colour (the palette's first by default): baseline and current in a compare. */
  colour?: string;
}

const WIDTH = 720;
const ROW = 24;
const LEFT = 240;
const RIGHT = 24;

/**
 * The capacity frontier as horizontal bars, one per cell: solid up to the load certified
 * to meet the SLO, hatched-light between it and the load certified to miss it (the
 * search's bracket), and a vertical line at the load a recommendation asks for.
 */
export function bracketChart(o: { id: string; title: string; unit: string; rangeHi: number; brackets: Bracket[]; target: number | null }): string {
  const height = 34 + o.brackets.length * ROW;
  const x = scaleLinear().domain([0, o.rangeHi]).nice().range([LEFT, WIDTH - RIGHT]);
  const parts: string[] = [];
  const label = `${o.title}: certified capacity bracket of ${o.brackets.length} cells`;
  parts.push(`<svg id="${esc(o.id)}" class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(label)}" data-series="${o.brackets.length}"><title>${esc(label)}</title>`);
  for (const t of x.ticks(6)) {
    parts.push(`<line x1="${px(x(t))}" x2="${px(x(t))}" y1="6" y2="${height - 22}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(x(t))}" y="${height - 8}" font-size="10" text-anchor="middle">${esc(x.tickFormat(6)(t))}${esc(o.unit)}</text>`);
  }
  o.brackets.forEach((b, i) => {
    const y = 8 + i * ROW;
    const lo = b.lo ?? 0;
    const hi = b.hi ?? o.rangeHi;
    const text = b.lo === null ? 'below the range' : `≥ ${b.lo}${o.unit}${b.hi === null ? '' : `, misses at ${b.hi}${o.unit}`}`;
    parts.push(`<g class="series"><title>${esc(`${b.label}: ${text}`)}</title>`);
    parts.push(`<text x="${LEFT - 6}" y="${y + 13}" font-size="11" text-anchor="end">${esc(b.label)}</text>`);
    const fill = b.colour ?? PALETTE[0];
    if (b.lo !== null) parts.push(`<rect x="${LEFT}" y="${y + 3}" width="${px(x(lo) - LEFT)}" height="14" fill="${fill}"/>`);
    parts.push(`<rect x="${px(x(lo))}" y="${y + 3}" width="${px(Math.max(1, x(hi) - x(lo)))}" height="14" fill="${fill}" fill-opacity="0.25"/></g>`);
  });
  if (o.target !== null) {
    parts.push(`<line x1="${px(x(o.target))}" x2="${px(x(o.target))}" y1="4" y2="${height - 22}" stroke="#D55E00" stroke-width="2" stroke-dasharray="5 3"/>`);
    parts.push(`<text x="${px(x(o.target) + 4)}" y="14" font-size="10" fill="#D55E00">${esc(`${o.target}${o.unit} asked`)}</text>`);
  }
  parts.push('</svg>');
  return `<figure><figcaption>${esc(o.title)}</figcaption>${parts.join('')}</figure>`;
}
