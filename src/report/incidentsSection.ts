import type { IncidentRow } from '../run/RunSummary.js';

/** The console's incident table: one line per failure or operation of the first replication. */
export function incidentsSection(rows: readonly IncidentRow[]): string {
  const first = rows.filter((r) => r.replication === 1);
  if (first.length === 0) return '';
  const secs = (s: number | null): string => (s === null ? '—' : `${s.toFixed(1)} s`);
  const ms = (x: number): string => (Number.isNaN(x) ? '—' : x.toFixed(0));
  const lines = first.map((r) => {
    const failed = Object.entries(r.errorsByCause)
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    const rpoRto = r.rpoS === null || r.rtoS === null ? '' : `RPO ${(r.rpoS / 60).toFixed(0)} min, RTO ${(r.rtoS / 60).toFixed(0)} min`;
    const lost = r.ordersLost === null || r.writesLost === null ? '' : `, lost ${r.ordersLost.toFixed(0)} orders and ${r.writesLost.toFixed(0)} writes`;
    const restore = rpoRto === '' ? '' : r.writesLost === null ? `; needs a restore: ${rpoRto}` : `; restored: ${rpoRto}${lost}`;
    return (
      `  ${r.incident} at ${r.startS.toFixed(0)} s: detected after ${secs(r.detectS)}, mechanics settled after ${secs(r.mechanicsSettledS)}, ` +
      `service recovered after ${r.serviceRecoveredS === null ? 'never (within the run)' : secs(r.serviceRecoveredS)}; ` +
      `failed: ${failed || 'none'}; page p99 ${ms(r.p99BeforeMs)} → ${ms(r.p99DuringMs)} → ${ms(r.p99AfterMs)} ms; ` +
      `SLO minutes burned ${r.sloMinutesBurned.toFixed(1)}${restore}`
    );
  });
  return ['incidents (first replication; incidents.csv has every replication):', ...lines, ''].join('\n');
}
