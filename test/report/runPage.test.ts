import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/loadScenario.js';
import { flagOverride } from '../../src/scenario/overrides.js';
import { runScenario } from '../../src/run/runScenario.js';
import { checkMet, sloChecks } from '../../src/run/slo.js';
import { incidents } from '../../src/run/incidents.js';
import { rotationSteps } from '../../src/run/rotationSteps.js';
import { runPage } from '../../src/report/html/runPage.js';
import { chartsOf } from '../support/charts.js';
import { downsample, MAX_POINTS } from '../../src/report/html/downsample.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A bundled scenario's page, with `reps` replications and optionally a shorter duration (the crash of node-failure-at-peak is at 15 min). */
function pageOf(file: string, reps = 1, duration?: string) {
  const r = loadScenario(join(root, 'scenarios', file), duration === undefined ? [] : [flagOverride('--duration', ['duration'], duration)]);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const run = runScenario(r.scenario, reps);
  const rows = incidents(r.scenario.events, run.runs, r.scenario.slo, r.scenario.mechanics.databaseBytes);
  const render = (summary = run.summary) => runPage({ title: r.scenario.name, summary, checks: sloChecks(summary, r.scenario.slo).map((c) => ({ ...c, met: checkMet(c) })), incidents: rows, steps: rotationSteps(run.summary.log) });
  return { html: render(), render, run, rows };
}

describe('report.html of a run', () => {
  const { html, render, run, rows } = pageOf('node-failure-at-peak.yaml');

  it('is one self-contained page: one inline script (hover values), no style sheet, font, script or image from elsewhere', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<script/g)).toEqual(['<script']);
    expect(html).toContain('<script>\n');
    expect(html).not.toMatch(/<link|@import|url\(|src=|https?:\/\/|fetch\(|XMLHttpRequest/);
  });

  it('draws the 95 % band of every line from three replications, and shades flow-control pauses where there were any', () => {
    const three = pageOf('node-failure-at-peak.yaml', 3, '20m').html;
    const latency = chartsOf(three).find((c) => c.id === 'latency')!;
    expect(latency.svg.match(/class="ci"/g)).toHaveLength(3);
    expect(three).toContain('the shade around it, its 95 % confidence interval');
    expect(pageOf('node-failure-at-peak.yaml', 2, '20m').html).not.toContain('class="ci"');
    expect(html).not.toContain('class="ci"');
    const paused = run.summary.timeseries.columns.indexOf('flow_control_paused');
    expect(paused).toBeGreaterThan(0);
    const t = run.summary.timeseries;
    expect(t.rowCount).toBeLessThanOrEqual(MAX_POINTS);
    const shares = Array.from({ length: t.rowCount }, (_, i) => t.row(i)[paused]);
    const max = Math.max(...shares);
    expect(max).toBeGreaterThan(0);
    // Every window with a pause of at least 1 % of the longest is shaded, titled with its share.
    expect(html.match(/class="pause"/g)).toHaveLength(shares.filter((v) => Math.round((50 * v) / max) > 0).length);
    expect(html).toContain(`darkest ${(max * 100).toPrecision(2)} % of a window`);
  });

  it('says the SLO verdict first, then the classes, charts with the incident marked, incidents and resources', () => {
    const order = ['id="verdict"', 'id="classes"', 'id="latency"', 'id="origin"', 'id="throughput"', 'id="errors"', 'id="cpu"', 'id="php"', 'id="queues"', 'id="incidents"', 'id="resources"'].map((s) => html.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const id of ['latency', 'origin', 'throughput', 'errors', 'cpu', 'php', 'queues']) {
      const svg = html.slice(html.indexOf(`id="${id}"`), html.indexOf('</svg>', html.indexOf(`id="${id}"`)));
      expect(svg).toMatch(/role="img" aria-label="[^"]+"/);
      expect(svg.match(/class="band"/g)).toHaveLength(rows.filter((r) => r.replication === 1).length);
      expect(svg).toContain('node-crash node 2');
      // The crash's detection and the service's recovery as marks inside its band.
      expect(svg).toMatch(/<line class="mark"[^>]*><title>node-crash node 2: detected after [\d.]+ s<\/title>/);
      expect(svg).toMatch(/<title>node-crash node 2: service back within the SLO after \d+ s<\/title>/);
      const series = Number(/data-series="(\d+)"/.exec(svg)![1]);
      expect(svg.match(/class="series"/g)).toHaveLength(series);
    }
  });

  it('has an incident card per row of incidents.csv, with its failed requests by cause and SLO minutes', () => {
    expect(html.match(/<article class="card/g)).toHaveLength(rows.length);
    for (const r of rows) {
      const failed = Object.values(r.errorsByCause).reduce((a, b) => a + b, 0);
      expect(html).toContain(`<dt>failed requests</dt><dd>${failed}`);
      expect(html).toContain(`<dt>SLO minutes burned</dt><dd>${r.sloMinutesBurned.toFixed(1)}</dd>`);
    }
  });

  it("shows the summary's numbers: every class row with its requests, errors by cause and p95", () => {
    const causes = [...new Set(run.summary.classes.flatMap((c) => Object.keys(c.errorsByCause).filter((k) => c.errorsByCause[k] > 0)))].sort();
    expect(causes).toContain('node-down-504');
    for (const c of run.summary.classes) {
      expect(html).toContain(`<td>${c.class}</td><td>${c.requests.toFixed(0)}</td><td>${c.errors.toFixed(0)}</td>${causes.map((k) => `<td>${c.errorsByCause[k] ?? 0}</td>`).join('')}`);
      if (Number.isFinite(c.p95_ms)) expect(html).toContain(`<td>${c.p95_ms.toFixed(1)}</td>`);
    }
  });

  it('is the same bytes for the same results', () => {
    // The same results give the same bytes (the same seed giving the same results is run.test's).
    expect(render()).toBe(html);
  });

  it("reads the table a cell at a time as it draws, never a whole row (a week's rows are not copied), to the same bytes", () => {
    const t = run.summary.timeseries;
    const cellsOnly = { ...t, row: (): number[] => expect.fail('the page asked for a whole row') };
    expect(render({ ...run.summary, timeseries: cellsOnly })).toBe(html);
  });
});

describe('report.html of a rolling upscale', () => {
  it('draws each rotation step as its own band instead of one for the upscale', () => {
    const { html, run } = pageOf('rolling-upscale-pro24-to-pro48.yaml');
    const steps = rotationSteps(run.summary.log);
    expect(steps.map((st) => st.node)).toEqual([0, 1, 2]);
    for (const chart of chartsOf(html)) {
      const labels = [...chart.svg.matchAll(/<g class="band"><rect[^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1]);
      expect(labels, chart.id).toEqual(['rotate node 1', 'rotate node 2', 'rotate node 3']);
    }
  });
});

describe('downsample', () => {
  it('averages buckets so at most max points are drawn, a gap only where a bucket has no value', () => {
    const x = Array.from({ length: 10 }, (_, i) => i);
    const d = downsample(x, [[1, 3, NaN, NaN, 5, 7, 2, 2, 9, NaN]], 5);
    expect(d.x).toEqual([0, 2, 4, 6, 8]);
    expect(d.ys[0]).toEqual([2, NaN, 6, 2, 9]);
  });
});
