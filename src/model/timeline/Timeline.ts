import type { EventHandler } from '../../../sim/Kernel.js';
import type { TimelineInput } from '../ModelInput.js';
import type { TimelineAction, TimelineContext, TimelineHost } from './TimelineAction.js';
import { TIMELINE_ACTIONS } from './timelineActions.js';


// The timeline's event codes: an event of the scenario (subject: its index), and what
// an effect asked for later (subject: its slot).
const EVENT = 0;
const LATER = 1;

/**
 * The scenario's timeline of failures and operations: each event at its time, doing
 * what `TIMELINE_ACTIONS` says for its type, and what an effect asked for later (a
 * zone, a service or the network coming back, a backup finishing, the steps of a
 * rolling upscale). It reaches the cluster only through `TimelineHost`.
 */
export class Timeline implements EventHandler, TimelineContext {
  private readonly kinds: Int32Array;
  /** What to call when each LATER event comes, by slot; slots are reused once called. */
  private readonly pending: ((() => void) | null)[] = [];
  private readonly freeSlots: number[] = [];

  constructor(
    readonly host: TimelineHost,
    private readonly events: readonly TimelineInput[],
  ) {
    this.kinds = Int32Array.from([EVENT, LATER], (code) => host.kernel.defineOccasionalKind(this, code, `timeline.${code}`));
  }

  /** Schedules every event of the timeline. */
  begin(): void {
    this.events.forEach((e, i) => this.host.kernel.scheduleAt(e.atS, this.kinds[EVENT], i));
  }

  readonly after = (delayS: number, then: () => void): void => {
    const slot = this.freeSlots.pop() ?? this.pending.length;
    this.pending[slot] = then;
    this.host.kernel.schedule(delayS, this.kinds[LATER], slot);
  };

  handle(code: number, subject: number): void {
    if (code === EVENT) {
      const e = this.events[subject];
      // Each entry takes its own type's events; the table's type ties the two.
      (TIMELINE_ACTIONS[e.type] as TimelineAction<TimelineInput>)(e, this);
      return;
    }
    const then = this.pending[subject]!;
    this.pending[subject] = null;
    this.freeSlots.push(subject);
    then();
  }
}
