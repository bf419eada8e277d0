import type { SweepSummary } from '../../run/results/sweepSummaryFormat.js';
import { barChart, type Bar } from './barChart.js';
import { bracketChart, type Bracket } from './bracketChart.js';
import { PALETTE } from './svg.js';

type Cell = SweepSummary['cells'][number];

/** A cell's name on a chart: its varied values, then its failure state. */
const cellLabel = (c: Cell): string => [...Object.values(c.values).map(String), c.failure].join(' · ');

/** Pairs of cells by key, in the baseline's order, then the cells only the current has. */
function pairs(b: SweepSummary, c: SweepSummary): [Cell | undefined, Cell | undefined][] {
  const current = new Map(c.cells.map((x) => [x.key, x]));
  const out: [Cell | undefined, Cell | undefined][] = b.cells.map((x) => [x, current.get(x.key)]);
  const inBase = new Set(b.cells.map((x) => x.key));
  for (const x of c.cells) if (!inBase.has(x.key)) out.push([undefined, x]);
  return out;
}

/**
 * Two sweeps on the same charts: a frontier's certified brackets, baseline above current
 * for each cell; a grid's p95 of all pages per cell, baseline and current bars side by
 * side (outlined when the cell missed the SLO).
 */
export function sweepOverlayCharts(b: SweepSummary, c: SweepSummary): string {
  const both = pairs(b, c);
  if (b.frontier !== null && c.frontier !== null) {
    const unit = c.frontier.unit;
    const brackets: Bracket[] = both.flatMap(([x, y]) => [
      ...(x === undefined ? [] : [{ label: `${cellLabel(x)} (baseline)`, lo: x.capacity?.lo ?? null, hi: x.capacity?.hi ?? null, colour: PALETTE[0] }]),
      ...(y === undefined ? [] : [{ label: `${cellLabel(y)} (current)`, lo: y.capacity?.lo ?? null, hi: y.capacity?.hi ?? null, colour: PALETTE[1] }]),
    ]);
    const top = Math.max(1, ...brackets.map((k) => k.hi ?? k.lo ?? 0));
    return bracketChart({ id: 'cmp-frontier', title: 'Capacity frontier: baseline and current certified brackets', unit, rangeHi: top, brackets, target: null });
  }
  const p95 = (x: Cell | undefined): number => x?.probes[0]?.figures.p95_ms?.mean ?? NaN;
  const missed = (x: Cell | undefined): boolean => x?.probes[0]?.sloMet === 'false';
  const bars: Bar[] = both.flatMap(([x, y]) => {
    const label = cellLabel((x ?? y)!);
    return [
      { label: `${label} (baseline)`, value: p95(x), group: 0, flagged: missed(x) },
      { label: `${label} (current)`, value: p95(y), group: 1, flagged: missed(y) },
    ];
  });
  return barChart({ id: 'cmp-cells', title: 'p95 of all pages per cell (outlined: missed the SLO)', unit: 'ms', bars, groups: ['baseline', 'current'] });
}
