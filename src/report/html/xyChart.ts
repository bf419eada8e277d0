import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { colour, HEIGHT, WIDTH } from './chartFrame.js';
import { esc, px } from './svg.js';

export interface XyPoint {
  x: number;
  /** NaN: no value (a gap). */
  y: number;
  /** 95 % half-width: an error bar. */
  ci?: number;
  /** Whether it met the SLO: a hollow marker when missed, grey when inconclusive. */
  slo?: 'true' | 'false' | 'inconclusive';
}

export interface XySeries {
  name: string;
  points: XyPoint[];
}

const M = { top: 16, right: 16, bottom: 36, left: 56 };

/**
 * A figure against a numeric x (p95 or error rate against load): one line with
 * markers per series, points sorted by x, 95 % error bars, markers hollow where the SLO
 * was missed and grey where it was inconclusive, and a dashed horizontal line at the SLO's limit. `data-series` counts the
 * series (each a `.series` group).
 */
export function xyChart(o: { id: string; title: string; xLabel: string; yUnit: string; series: XySeries[]; yScale?: number; limit?: { at: number; label: string } }): string {
  const k = o.yScale ?? 1;
  const all = o.series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x).filter(Number.isFinite);
  const ys = all.map((p) => p.y * k).filter(Number.isFinite);
  const x = scaleLinear().domain([Math.min(0, ...xs), Math.max(1e-9, ...xs)]).nice().range([M.left, WIDTH - M.right]);
  const y = scaleLinear().domain([0, Math.max(1e-9, ...ys, (o.limit?.at ?? 0) * k * 1.1)]).nice().range([HEIGHT - M.bottom, M.top]);
  const label = `${o.title}: ${o.series.map((s) => s.name).join(', ')}`;
  const parts = [`<svg id="${esc(o.id)}" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${esc(label)}" data-series="${o.series.length}"><title>${esc(label)}</title>`];
  for (const t of y.ticks(5)) {
    parts.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${px(y(t))}" y2="${px(y(t))}" stroke="#ddd"/>`);
    parts.push(`<text x="${M.left - 6}" y="${px(y(t) + 3)}" font-size="10" text-anchor="end">${esc(y.tickFormat(5)(t))}</text>`);
  }
  for (const t of x.ticks(8)) parts.push(`<text x="${px(x(t))}" y="${HEIGHT - M.bottom + 14}" font-size="10" text-anchor="middle">${esc(x.tickFormat(8)(t))}</text>`);
  parts.push(`<line x1="${M.left}" x2="${WIDTH - M.right}" y1="${HEIGHT - M.bottom}" y2="${HEIGHT - M.bottom}" stroke="#333"/>`);
  parts.push(`<text x="${(M.left + WIDTH - M.right) / 2}" y="${HEIGHT - 4}" font-size="11" text-anchor="middle">${esc(o.xLabel)}</text>`);
  parts.push(`<text transform="translate(12 ${(M.top + HEIGHT - M.bottom) / 2}) rotate(-90)" font-size="11" text-anchor="middle">${esc(o.yUnit)}</text>`);
  if (o.limit !== undefined) {
    const at = px(y(o.limit.at * k));
    parts.push(`<line class="limit" x1="${M.left}" x2="${WIDTH - M.right}" y1="${at}" y2="${at}" stroke="#000" stroke-width="1.5" stroke-dasharray="6 3"/>`);
    parts.push(`<text x="${WIDTH - M.right - 4}" y="${px(y(o.limit.at * k) - 4)}" font-size="10" text-anchor="end">${esc(o.limit.label)}</text>`);
  }
  const path = line<XyPoint>()
    .defined((p) => Number.isFinite(p.y))
    .x((p) => Math.round(x(p.x) * 10) / 10)
    .y((p) => Math.round(y(p.y * k) * 10) / 10);
  o.series.forEach((s, i) => {
    const c = colour(i);
    const points = [...s.points].sort((a, b) => a.x - b.x);
    const marks = points
      .filter((p) => Number.isFinite(p.y))
      .map((p) => {
        const cx = px(x(p.x));
        const bar = p.ci !== undefined && Number.isFinite(p.ci) && p.ci > 0 ? `<line x1="${cx}" x2="${cx}" y1="${px(y(Math.min(y.domain()[1], (p.y + p.ci) * k)))}" y2="${px(y(Math.max(0, (p.y - p.ci) * k)))}" stroke="${c}"/>` : '';
        const fill = p.slo === 'false' ? '#fff' : p.slo === 'inconclusive' ? '#bbb' : c;
        return `${bar}<circle cx="${cx}" cy="${px(y(p.y * k))}" r="3.5" fill="${fill}" stroke="${c}" stroke-width="1.5"><title>${esc(`${s.name} at ${p.x}: ${Number((p.y * k).toPrecision(4))} ${o.yUnit}${p.slo === 'false' ? ', missed the SLO' : p.slo === 'inconclusive' ? ', SLO inconclusive' : ''}`)}</title></circle>`;
      });
    parts.push(`<g class="series"><path d="${path(points) ?? ''}" fill="none" stroke="${c}" stroke-width="1.5"/>${marks.join('')}</g>`);
  });
  parts.push('</svg>');
  const legend = o.series.map((s, i) => `<li><span class="swatch" style="background:${colour(i)}"></span>${esc(s.name)}</li>`).join('');
  return `<figure><figcaption>${esc(o.title)}</figcaption>${parts.join('')}<ul class="legend">${legend}</ul></figure>`;
}
