import { gateName, headline, method, metricName, moved, ordered, showAllow, showChange, showValue, type CompareReport } from './CompareReport.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

/** compare.md: a summary ready to post as a pull-request comment. */
export function compareMarkdown(r: CompareReport): string {
  const lines: string[] = [];
  const res = r.result;
  lines.push(`## magesim compare: ${headline(r)}`, '');
  const b = r.baseline.setup;
  const c = r.current.setup;
  lines.push(`Baseline \`${cell(r.baseline.path)}\` (magesim ${b.magesim}, ${b.replications} × seed ${b.seeds[0]}…) · current \`${cell(r.current.path)}\` (magesim ${c.magesim}) · ${r.current.kind} \`${cell(r.current.name)}\``, '');
  for (const d of r.differences) lines.push(`- ${r.allowedDifferent ? 'differs (compared anyway)' : 'differs'}: ${d}`);
  for (const n of r.notes) lines.push(`- note: ${n}`);
  if (r.differences.length + r.notes.length > 0) lines.push('');
  if (res === null) return lines.join('\n') + '\n';
  lines.push(method(res), '');
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
