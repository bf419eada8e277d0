import { gateName, metricName, moved, movedCount, outcomeOf, showAllow, showChange, showValue, type CompareReport } from './CompareReport.js';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * junit.xml: one test case per judged figure and per gate (a failure for each regression
 * and failed gate, named; `skipped` for an inconclusive figure), or one failing case
 * when the runs are not comparable, so any CI system shows the result natively.
 */
export function compareJunit(r: CompareReport): string {
  const cases: string[] = [];
  if (r.result === null) {
    cases.push(`    <testcase classname="magesim.compare" name="comparable setups"><failure message="${esc(`not comparable: ${r.differences.join('; ')}`)}"/></testcase>`);
  } else {
    for (const m of r.result.metrics) {
      if (m.better === 'none' && !r.failOnChange) continue;
      const name = esc(`${metricName(m)} (${showAllow(m)})`);
      const detail = `${showValue(m.figure, m.baseline)} → ${showValue(m.figure, m.current)}, change ${showChange(m)}`;
      const body =
        r.failOnChange && moved(m)
          ? `<failure message="${esc(`moved: ${detail}`)}" type="change"/>`
          : m.verdict === 'regressed'
          ? `<failure message="${esc(`regressed: ${detail}`)}" type="regression"/>`
          : m.verdict === 'inconclusive'
            ? `<skipped message="${esc(`inconclusive: ${detail}`)}"/>`
            : `<system-out>${esc(`${m.verdict}: ${detail}`)}</system-out>`;
      cases.push(`    <testcase classname="magesim.compare.${m.kind}" name="${name}">${body}</testcase>`);
    }
    for (const g of r.result.gates) {
      const body = g.passed ? '' : `<failure message="${esc(`gate failed: ${gateName(g)}, current ${showValue(g.figure, g.value)}`)}" type="gate"/>`;
      cases.push(`    <testcase classname="magesim.compare.gate" name="${esc(gateName(g))}">${body}</testcase>`);
    }
  }
  const failures = r.result === null ? 1 : r.failOnChange ? movedCount(r) + r.result.gateFailures : r.result.regressions + r.result.gateFailures;
  const skipped = r.result === null ? 0 : r.result.metrics.filter((m) => m.better !== 'none' && m.verdict === 'inconclusive').length;
  const suite = esc(`magesim compare ${r.current.name}: ${outcomeOf(r)}`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="magesim compare" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    `  <testsuite name="${suite}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
