import { gateName, metricName, moved, movedCount, ordered, outcomeOf, showChange, showValue, type CompareReport } from './CompareReport.js';

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** The console summary: the verdict, what makes the runs incomparable, and a table of every figure that moved. */
export function compareConsole(r: CompareReport): string {
  const out: string[] = [];
  const outcome = outcomeOf(r);
  const res = r.result;
  out.push(`${r.current.name}: ${r.current.path} against ${r.baseline.path}`);
  for (const d of r.differences) out.push(`  ${r.allowedDifferent ? 'differs, compared anyway' : 'differs'}: ${d}`);
  for (const n of r.notes) out.push(`  note: ${n}`);
  if (res === null) {
    out.push('not comparable (exit 4): run both with the same scenario, seeds, replications, duration and warm-up, or give --allow-different');
    return out.join('\n') + '\n';
  }
  const rows = ordered(res.metrics.filter((m) => moved(m) && (res.mode === 'exact' || r.failOnChange || m.verdict !== 'unchanged')));
  if (rows.length > 0) {
    out.push('');
    out.push(table([['figure', 'baseline', 'current', 'change', 'verdict'], ...rows.map((m) => [metricName(m), showValue(m.figure, m.baseline), showValue(m.figure, m.current), showChange(m), m.verdict])]));
  }
  const failed = res.gates.filter((g) => !g.passed);
  if (failed.length > 0) {
    out.push('');
    for (const g of failed) out.push(`gate failed: ${gateName(g)}: current ${showValue(g.figure, g.value)}`);
  }
  const count = (v: string) => res.metrics.filter((m) => m.verdict === v && m.better !== 'none').length;
  out.push('');
  if (r.failOnChange) out.push(`${movedCount(r)} of ${res.metrics.length} figures moved (--fail-on-change: any move fails)`);
  out.push(
    `${outcome === 'fail' ? 'REGRESSED' : 'ok'}: ${count('regressed')} regressed, ${count('improved')} improved, ${count('inconclusive')} inconclusive, ${count('unchanged')} unchanged of ${res.metrics.filter((m) => m.better !== 'none').length} judged figures; ` +
      `${res.gates.length - failed.length}/${res.gates.length} gates passed (${res.mode === 'exact' ? 'exact' : res.mode === 'paired' ? 'paired by seed' : 'unpaired'}; ${(res.confidence * 100).toFixed(0)} % intervals, false-discovery rate ${((1 - res.confidence) * 100).toFixed(0)} % over all figures)`,
  );
  return out.join('\n') + '\n';
}
