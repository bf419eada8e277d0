import { RESTORE_EVENT } from '../restore/restoreEvent.js';
import { AZ_OUTAGE, NODE_CRASH, NODE_RECOVER, PARTITION, SERVICE_CRASH } from './failureEvents.js';
import { BACKUP, CACHE_PURGE, UPSCALE, WEB_SCALE_OUT } from './operationEvents.js';

/**
 * Every type of timeline event, in the order the scenario's documentation and error
 * messages list them. A new event is a `defineEvent` in its own file and a line here;
 * its effect on the cluster is the model's timeline (`src/model/timeline/`).
 */
export const EVENT_DEFINITIONS = [NODE_CRASH, NODE_RECOVER, SERVICE_CRASH, PARTITION, AZ_OUTAGE, UPSCALE, CACHE_PURGE, BACKUP, RESTORE_EVENT, WEB_SCALE_OUT] as const;

/**
 * One line of the scenario's timeline, as its definition normalises it. Nodes are 0-based
 * indices here (the file counts from 1, as Adobe's documentation does); times and
 * durations in seconds. A `forS` makes the event undo itself after that long (a
 * partition heals, a zone returns).
 */
export type TimelineEvent = ReturnType<(typeof EVENT_DEFINITIONS)[number]['normalise']>;
