/** Adobe's published restore times: 60 GB ≈ 1 h, 150 GB ≈ 2.5 h, 200+ GB ≈ 5 h (docs/assumptions.md). */
const RESTORE_POINTS: [number, number][] = [
  [0, 0],
  [60, 3600],
  [150, 9000],
  [200, 18000],
];

/** Time to restore a database of `bytes` from a backup (RTO): linear between the published points, flat beyond 200 GB. */
export function restoreTimeS(bytes: number): number {
  const gb = bytes / 2 ** 30;
  for (let i = 1; i < RESTORE_POINTS.length; i++) {
    const [g0, t0] = RESTORE_POINTS[i - 1];
    const [g1, t1] = RESTORE_POINTS[i];
    if (gb <= g1) return t0 + ((t1 - t0) * (gb - g0)) / (g1 - g0);
  }
  return RESTORE_POINTS[RESTORE_POINTS.length - 1][1];
}
