import { defineEvent } from '../events/defineEvent.js';
import { OLDEST_BACKUP_S } from '../normalise/defaults.js';
import { durationSchema } from '../schema/unitSchemas.js';
import { parseDurationS } from '../units.js';

/** A week in seconds: the retention is written in weeks. */
export const WEEK_S = 7 * 24 * 3600;

/** The newest snapshot is restored unless `backup` asks for an older one. */
export const LATEST_BACKUP_S = 0;

/** `{ at, type: restore, backup? }`: the database restored from the newest snapshot at least `backup` old. */
export const RESTORE_EVENT = defineEvent(
  'restore',
  {
    backup: durationSchema(
      'nonnegative',
      `How old the restored snapshot must at least be: 0 (default) for the latest, 3h for the newest taken at least 3 hours before (a corruption found late); at most ${OLDEST_BACKUP_S / WEEK_S} weeks (the retention).`,
    ).optional(),
  },
  'the database is restored from a backup snapshot: the site is down for the restore time of the database size, and the writes since the snapshot are lost.',
  (raw, atS) => ({ type: raw.type, atS, minAgeS: raw.backup === undefined ? LATEST_BACKUP_S : parseDurationS(raw.backup) }),
);
