import type { IncidentRow } from '../run/RunSummary.js';

/** The console's incident table: one line per failure or operation. */
export function incidentsSection(rows: readonly IncidentRow[]): string {
  if (rows.length === 0) return '';
  const secs = (s: number | null): string => (s === null ? '—' : `${s.toFixed(1)} s`);
  const lines = rows.map((r) => {
    const failed = Object.entries(r.errorsByCause)
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ');
    return (
      `  ${r.incident} at ${r.startS.toFixed(0)} s: detected after ${secs(r.detectS)}, settled after ${secs(r.recoverS)}; ` +
      `failed: ${failed || 'none'}; p99 ${r.p99BeforeMs.toFixed(0)} → ${r.p99DuringMs.toFixed(0)} → ${r.p99AfterMs.toFixed(0)} ms; ` +
      `SLO minutes burned ${r.sloMinutesBurned.toFixed(1)}; RPO ${(r.rpoS / 60).toFixed(0)} min, RTO ${(r.rtoS / 60).toFixed(0)} min`
    );
  });
  return ['incidents (first replication):', ...lines, ''].join('\n');
}
