import { gateName, metricName, moved, movedCount, ordered, outcomeOf, showAllow, showChange, showValue, type CompareReport } from './CompareReport.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** compare.md: a summary ready to post as a pull-request comment. */
export function compareMarkdown(r: CompareReport): string {
  const lines: string[] = [];
  const outcome = outcomeOf(r);
  const res = r.result;
  const head =
    outcome === 'not-comparable'
      ? '## magesim compare: not comparable'
      : r.failOnChange && movedCount(r) > 0
        ? `## magesim compare: ${movedCount(r)} figures moved (any move fails)`
        : outcome === 'fail'
        ? `## magesim compare: ${res!.regressions} regression${res!.regressions === 1 ? '' : 's'}${res!.gateFailures > 0 ? `, ${res!.gateFailures} gate${res!.gateFailures === 1 ? '' : 's'} failed` : ''}`
        : '## magesim compare: no regression';
  lines.push(head, '');
  const b = r.baseline.setup;
  const c = r.current.setup;
  lines.push(`Baseline \`${cell(r.baseline.path)}\` (magesim ${b.magesim}, ${b.replications} × seed ${b.seeds[0]}…) · current \`${cell(r.current.path)}\` (magesim ${c.magesim}) · ${r.current.kind} \`${cell(r.current.name)}\``, '');
  for (const d of r.differences) lines.push(`- ${r.allowedDifferent ? 'differs (compared anyway)' : 'differs'}: ${d}`);
  for (const n of r.notes) lines.push(`- note: ${n}`);
  if (r.differences.length + r.notes.length > 0) lines.push('');
  if (res === null) return lines.join('\n') + '\n';
  const how = res.mode === 'exact' ? 'one replication each: exact differences' : res.mode === 'paired' ? 'replications paired by seed' : 'unpaired replications (Welch)';
  lines.push(`${how}; intervals at ${(res.confidence * 100).toFixed(0)} %; regressed and improved decided over all ${res.metrics.filter((m) => m.better !== 'none').length} judged figures at a false-discovery rate of ${((1 - res.confidence) * 100).toFixed(0)} % (Benjamini–Hochberg).`, '');
  const failedGates = res.gates.filter((g) => !g.passed);
  if (failedGates.length > 0) {
    lines.push('| gate | current | |', '|---|---|---|');
    for (const g of failedGates) lines.push(`| ${cell(gateName(g))} | ${showValue(g.figure, g.value)} | failed |`);
    lines.push('');
  }
  const table = (ms: ReturnType<typeof ordered>): void => {
    lines.push('| figure | baseline | current | change [interval] | verdict | rule |', '|---|---:|---:|---:|---|---|');
    for (const m of ms) lines.push(`| ${cell(metricName(m))} | ${showValue(m.figure, m.baseline)} | ${showValue(m.figure, m.current)} | ${showChange(m)} | ${m.verdict === 'regressed' ? '**regressed**' : m.verdict} | ${cell(showAllow(m))} |`);
    lines.push('');
  };
  const shown = ordered(res.metrics.filter((m) => m.verdict === 'regressed' || m.verdict === 'improved' || (m.verdict === 'inconclusive' && m.better !== 'none')));
  if (shown.length > 0) table(shown);
  const all = ordered(res.metrics.filter(moved));
  lines.push(`<details><summary>Every figure that moved (${all.length} of ${res.metrics.length})</summary>`, '');
  if (all.length > 0) table(all);
  lines.push('</details>', '');
  return lines.join('\n');
}
