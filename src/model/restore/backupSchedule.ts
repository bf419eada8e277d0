/**
 * Which backup snapshots exist: one every `retention[0].spacingS` (hourly), thinned with
 * age by the retention bands (the scenario's `BACKUP_RETENTION`: Adobe's published
 * schedule). Assumed: snapshots are taken on each multiple of the spacing from the run's
 * start (t = 0, 1 h, 2 h, … and the hours before it), and a thinned band keeps the
 * snapshot on each multiple of its spacing. A `backup` event of the timeline is one
 * more snapshot, kept as long as the first band.
 */

/** Age bands of a retention: up to `untilAgeS`, one snapshot kept every `spacingS`. */
export type Retention = readonly { untilAgeS: number; spacingS: number }[];

/**
 * The time of the newest snapshot at least `minAgeS` old at `nowS` that `retention`
 * still keeps, among the scheduled ones and `extra` (timeline backups). When none that
 * old is kept (the last bands are sparse: 21 weeks back, the monthly snapshots are 20 and
 * 24 weeks old and the 24-week one is gone), the oldest one kept.
 */
export function snapshotAt(nowS: number, minAgeS: number, retention: Retention, extra: readonly number[] = []): number {
  const latestS = nowS - minAgeS;
  const last = retention[retention.length - 1];
  let best = Math.ceil((nowS - last.untilAgeS) / last.spacingS) * last.spacingS;
  let found = false;
  for (const band of retention) {
    const candidateS = Math.floor(latestS / band.spacingS) * band.spacingS;
    if (candidateS >= nowS - band.untilAgeS) {
      best = candidateS;
      found = true;
      break;
    }
  }
  for (const atS of extra) {
    if (atS <= latestS && nowS - atS <= retention[0].untilAgeS && (!found || atS > best)) best = atS;
  }
  return best;
}
