import { ERROR_CAUSES } from '../../model/errorCauses.js';
import { RESOURCE_COLUMNS, SUMMARY_FIGURES, type RunSummary } from '../RunSummary.js';
import { checkMet, type SloCheck } from '../slo.js';
import type { SetupFingerprint } from '../setupFingerprint.js';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_VERSION, type Stat, type SummaryJson } from './summaryFormat.js';

const finite = (x: number | null | undefined, scale = 1): number | null => (x !== null && x !== undefined && Number.isFinite(x) ? x * scale : null);

function stat(mean: number, ci: number | undefined, reps: readonly (number | null)[], scale = 1): Stat {
  return { mean: finite(mean, scale), ci95: finite(ci, scale), replications: reps.map((x) => finite(x, scale)) };
}

/** summary.json's content: the summary's figures as numbers, the SLO checks as booleans, and the setup. */
export function summaryJson(s: RunSummary, checks: readonly SloCheck[], setup: SetupFingerprint): SummaryJson {
  const figures = [...SUMMARY_FIGURES.filter((f) => f !== 'stale_served' || s.serveStale), ...ERROR_CAUSES.map((c) => `errors_${c}`)];
  const results = checks.map((c) => ({ class: c.class, figure: c.figure, unit: c.unit, limit: c.limit, value: finite(c.value), met: checkMet(c), label: c.label }));
  return {
    format: SUMMARY_FORMAT,
    formatVersion: SUMMARY_FORMAT_VERSION,
    setup,
    measuredS: s.measuredS,
    slo: { met: results.every((c) => c.met), checks: results },
    classes: s.classes.map((r) => ({
      class: r.class,
      figures: Object.fromEntries(
        figures.map((f) => [f, stat(f.startsWith('errors_') ? r.errorsByCause[f.slice(7)] : r[f as (typeof SUMMARY_FIGURES)[number]], r.ci[f], r.reps[f])]),
      ),
    })),
    resources: s.resources.map((r) => ({
      resource: r.name,
      kind: r.kind,
      node: r.node + 1,
      figures: Object.fromEntries(RESOURCE_COLUMNS.map(([column, f, scale]) => [column, stat(r[f], r.ci[f], r.reps[f], scale)])),
    })),
  };
}
