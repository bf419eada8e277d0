import { describe, it, expect } from 'vitest';
import { snapshotAt } from '../../../src/model/restore/backupSchedule.js';
import { restoreTimeS } from '../../../src/model/restore/restoreTime.js';
import { BACKUP_RETENTION, OLDEST_BACKUP_S } from '../../../src/scenario/normalise/defaults.js';

const H = 3600;
const D = 24 * H;
const W = 7 * D;

describe('the backup schedule (hourly snapshots, Adobe’s retention)', () => {
  it('the latest snapshot is the last full hour of the run, or a newer timeline backup', () => {
    expect(snapshotAt(100 * 60, 0, BACKUP_RETENTION)).toBe(H);
    expect(snapshotAt(100 * 60, 0, BACKUP_RETENTION, [80 * 60])).toBe(80 * 60);
    expect(snapshotAt(100 * 60, 0, BACKUP_RETENTION, [30 * 60])).toBe(H);
    expect(snapshotAt(H, 0, BACKUP_RETENTION)).toBe(H);
  });

  it('keeps every hourly snapshot for 3 days, then one a day, a week, two weeks, four weeks', () => {
    const now = 10 * 60;
    expect(snapshotAt(now, 3 * H, BACKUP_RETENTION)).toBe(-3 * H);
    expect(snapshotAt(now, 71 * H, BACKUP_RETENTION)).toBe(-71 * H);
    // 4 days back: the daily band, the newest midnight of the run's clock at least that old.
    expect(snapshotAt(now, 4 * D, BACKUP_RETENTION)).toBe(-4 * D);
    expect(snapshotAt(now, 4 * D + H, BACKUP_RETENTION)).toBe(-5 * D);
    expect(snapshotAt(now, 10 * D, BACKUP_RETENTION)).toBe(-2 * W);
    expect(snapshotAt(now, 7 * W, BACKUP_RETENTION)).toBe(-8 * W);
    expect(snapshotAt(now, 13 * W, BACKUP_RETENTION)).toBe(-16 * W);
  });

  it('keeps nothing older than 22 weeks: asked for older, or where none that old is left, the oldest kept', () => {
    expect(OLDEST_BACKUP_S).toBe(22 * W);
    expect(snapshotAt(0, 19 * W, BACKUP_RETENTION)).toBe(-20 * W);
    // Monthly snapshots 20 and 24 weeks back: the 24-week one is gone.
    expect(snapshotAt(0, 21 * W, BACKUP_RETENTION)).toBe(-20 * W);
    expect(snapshotAt(0, 30 * W, BACKUP_RETENTION)).toBe(-20 * W);
  });

  it('restores at Adobe’s published times: 60 GB ≈ 1 h, 150 GB ≈ 2.5 h, 200 GB and more ≈ 5 h', () => {
    expect(restoreTimeS(60 * 2 ** 30)).toBe(3600);
    expect(restoreTimeS(150 * 2 ** 30)).toBe(9000);
    expect(restoreTimeS(500 * 2 ** 30)).toBe(18000);
    expect(restoreTimeS(20 * 2 ** 30)).toBe(1200);
  });
});
