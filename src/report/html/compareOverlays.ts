import { column, type Columns, perSecond, windowOf } from './columns.js';
import { downsample } from './downsample.js';
import { lineChart, type Series } from './lineChart.js';
import { esc } from './svg.js';
import { ciColumn, WINDOW, WINDOW_PREFIX } from '../../model/windowColumns.js';

interface Overlay {
  id: string;
  title: string;
  yUnit: string;
  yScale?: number;
  /** The figure per window, and its 95 % half-width when there is one. */
  pick(c: Columns): { values: Float64Array; ci95?: Float64Array };
}

const withCi = (c: Columns, name: string) => ({ values: column(c, name), ci95: column(c, ciColumn(name)) });

/** Sums of columns per window (all error causes). */
function sum(c: Columns, names: string[]): Float64Array {
  const out = new Float64Array(c.rowCount);
  for (const n of names) perSecond(c, n).forEach((v, i) => (out[i] += Number.isFinite(v) ? v : 0));
  return out;
}

/** Mean over columns per window (CPU over nodes; a node's NaN left out). */
function mean(c: Columns, names: string[]): Float64Array {
  const columns = names.map((n) => column(c, n));
  return Float64Array.from({ length: c.rowCount }, (_, i) => {
    const vs = columns.map((col) => col[i]).filter(Number.isFinite);
    return vs.length > 0 ? vs.reduce((a, b) => a + b, 0) / vs.length : NaN;
  });
}

export const OVERLAYS: Overlay[] = [
  { id: 'cmp-p95', title: 'Page p95 latency', yUnit: 'ms', pick: (c) => withCi(c, WINDOW.p95) },
  { id: 'cmp-origin-p95', title: 'Origin p95 latency (pages that reached the web nodes)', yUnit: 'ms', pick: (c) => withCi(c, WINDOW.originP95) },
  { id: 'cmp-completions', title: 'Completions', yUnit: 'requests/s', pick: (c) => ({ values: perSecond(c, WINDOW.completions) }) },
  { id: 'cmp-errors', title: 'Errors, all causes', yUnit: 'errors/s', pick: (c) => ({ values: sum(c, c.named(WINDOW_PREFIX.errors)) }) },
  { id: 'cmp-cpu', title: 'CPU utilisation, mean over nodes', yUnit: '%', yScale: 100, pick: (c) => ({ values: mean(c, c.named(WINDOW_PREFIX.cpu)) }) },
];

/** The longer side's times, and each side's values placed on them by window (NaN past a shorter side's end). */
function aligned(b: Columns, c: Columns, pick: Overlay['pick'], banded: [boolean, boolean]): { x: Float64Array; series: { name: string; values: Float64Array; ci95?: Float64Array }[] } {
  const x = column(b.rowCount >= c.rowCount ? b : c, WINDOW.time);
  const pad = (a: Float64Array | undefined): Float64Array | undefined => {
    if (a === undefined) return undefined;
    const out = new Float64Array(x.length).fill(NaN);
    out.set(a.subarray(0, x.length));
    return out;
  };
  const side = (name: string, col: Columns, banded: boolean) => {
    const p = pick(col);
    return { name, values: pad(p.values)!, ci95: banded ? pad(p.ci95) : undefined };
  };
  return { x, series: [side('baseline', b, banded[0]), side('current', c, banded[1])] };
}

/**
 * Baseline and current runs overlaid over simulated time: page and origin p95 (with
 * their 95 % bands where `banded`: from three replications, as on a run's page), completions, errors and mean CPU. Both sides need
 * timeseries.csv with the same window; otherwise a sentence says why there are no charts.
 */
export function overlayCharts(b: Columns | null, c: Columns | null, banded: [boolean, boolean]): string {
  if (b === null || c === null) return `<p>No charts: ${b === null ? 'the baseline' : 'the current run'} has no readable timeseries.csv.</p>`;
  const [wb, wc] = [windowOf(b), windowOf(c)];
  if (b.rowCount > 1 && c.rowCount > 1 && Math.abs(wb - wc) > 1e-9) {
    return `<p>No charts: the runs' windows differ (${esc(String(wb))} s and ${esc(String(wc))} s).</p>`;
  }
  return OVERLAYS.map((o) => {
    const a = aligned(b, c, o.pick, banded);
    const d = downsample(a.x, [...a.series.map((s) => s.values), ...a.series.map((s) => s.ci95 ?? [])]);
    const series: Series[] = a.series.map((s, i) => ({ name: s.name, values: d.ys[i], ci95: s.ci95 === undefined ? undefined : d.ys[a.series.length + i] }));
    return lineChart({ id: o.id, title: o.title, yUnit: o.yUnit, yScale: o.yScale, x: d.x, xMax: a.x.length > 0 ? a.x[a.x.length - 1] : 1, series });
  }).join('\n');
}
