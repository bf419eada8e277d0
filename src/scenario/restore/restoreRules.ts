import { describeWritten as written } from '../errors/describeValue.js';
import type { Problem } from '../errors/Problem.js';
import { OLDEST_BACKUP_S } from '../normalise/defaults.js';
import { fieldOf, placeEvents } from '../normalise/normaliseEvents.js';
import { durationText } from '../schema/defaultText.js';
import type { ScenarioRule } from '../validate/ScenarioRule.js';
import { LATEST_BACKUP_S, WEEK_S } from './restoreEvent.js';

/** A restore asks for a snapshot the retention still keeps. */
export const restoresWithinRetention: ScenarioRule = {
  name: 'a restore reaches only retained backups',
  check(_s, raw) {
    return placeEvents(raw.events).flatMap((p): Problem[] => {
      if (p.event.type !== 'restore' || p.event.minAgeS <= OLDEST_BACKUP_S) return [];
      return [
        {
          path: fieldOf(p, 'backup'),
          expected: `a backup at most ${OLDEST_BACKUP_S / WEEK_S} weeks old (Adobe's retention keeps none older)`,
          found: `${written(p.raw.type === 'restore' ? p.raw.backup : undefined, durationText(LATEST_BACKUP_S))}`,
        },
      ];
    });
  },
};
