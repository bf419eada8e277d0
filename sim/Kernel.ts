import { EventSet } from './EventSet.js';

/**
 * What an event kind is delivered to. `code` is the handler's own number for the kind
 * (its `switch` label) and `subject` an integer the scheduler chose: a request row,
 * a node index, a server number.
 */
export interface EventHandler {
  handle(code: number, subject: number): void;
}

/** Delivers to another handler: see `Kernel.defineOccasionalKind`. */
class Occasional implements EventHandler {
  constructor(private readonly target: EventHandler) {}

  handle(code: number, subject: number): void {
    this.target.handle(code, subject);
  }
}

/** Handles address a pending event: slot in the low 26 bits, the slot's generation above. */
const SLOT_BITS = 2 ** 26;
const GEN_MASK = 0x7ffffff;
/** Kind and subject travel with the event packed in one double: kind·2³² + subject. */
const KIND_SCALE = 2 ** 32;
/**
 * Handler classes with a call site of their own in `run`, in the order this process
 * first registers them; later classes share one more. The assignment is per process,
 * not per kernel: V8 keeps call feedback per function, so a class must meet the same
 * site in every kernel for the site to stay monomorphic.
 */
const SITES = 4;
const siteOfClass = new Map<object, number>();

function siteFor(handler: EventHandler): number {
  const cls = Object.getPrototypeOf(handler) as object;
  let site = siteOfClass.get(cls);
  if (site === undefined) {
    site = Math.min(siteOfClass.size, SITES);
    siteOfClass.set(cls, site);
  }
  return site;
}

/** Outcome of `Kernel.run`. */
export interface RunStats {
  /** Events delivered by this call (cancelled ones are not counted). */
  events: number;
  /** Simulated time at return, seconds. */
  nowS: number;
}

/**
 * The event-scheduling kernel: a clock and a pending-event set (`EventSet`: a sorted
 * front and calendar buckets) ordered by time, events of equal time leaving in the order
 * they were scheduled (no sequence number is stored: see EventSet). An event is
 * `(atS, kind, subject)`; kinds are defined by any component, at any time, with
 * `defineKind(handler, code)` and delivered as `handler.handle(code, subject)` with no
 * closure or object per event. Cancellation is lazy: a cancelled event stays in the
 * set and is dropped when it reaches the front. Times in seconds.
 */
export class Kernel {
  private readonly heap: EventSet;
  private readonly handlers: EventHandler[] = [];
  private codes = new Int32Array(16);
  /** Per kind, the call site in `run` that delivers it (`siteFor` its handler). */
  private sites = new Int32Array(16);
  private kindNames: string[] = [];
  // Per slot: generation << 1 | live, and the event's packed kind and subject. Slots
  // are recycled through a free-list stack.
  private slotState: Uint32Array;
  private slotEvent: Float64Array;
  private freeSlots: Int32Array;
  private freeCount = 0;
  private nowTime = 0;
  /** The clock before the event being delivered: `discard` puts it back. */
  private lastTime = 0;
  private delivered = 0;
  private discarded = 0;
  private stopRequested = false;

  constructor(initialCapacity = 1024) {
    const n = Math.max(4, initialCapacity | 0);
    this.heap = new EventSet(n);
    this.slotState = new Uint32Array(n);
    this.slotEvent = new Float64Array(n);
    this.freeSlots = new Int32Array(n);
    for (let i = 0; i < n; i++) this.freeSlots[i] = n - 1 - i;
    this.freeCount = n;
  }

  /** Current simulated time, seconds. */
  get nowS(): number {
    return this.nowTime;
  }

  /** Events delivered since the kernel was made. */
  get eventsProcessed(): number {
    return this.delivered;
  }

  /** Events waiting, cancelled ones included until they reach the front. */
  get pending(): number {
    return this.heap.size;
  }

  /** Registers an event kind; returns the kind number to pass to `schedule`. */
  defineKind(handler: EventHandler, code: number, name = `kind${this.handlers.length}`): number {
    const kind = this.handlers.length;
    if (kind === this.codes.length) {
      const codes = new Int32Array(kind * 2);
      codes.set(this.codes);
      this.codes = codes;
      const sites = new Int32Array(kind * 2);
      sites.set(this.sites);
      this.sites = sites;
    }
    this.handlers.push(handler);
    this.codes[kind] = code;
    this.sites[kind] = siteFor(handler);
    this.kindNames.push(name);
    return kind;
  }

  /**
   * Like `defineKind`, for a handler that sees few events (a timeline, health checks, an
   * operator). Such handlers are all delivered through one forwarding class, so `run`
   * meets the few hot handler classes plus that one, each on a call site of its own
   * (SITES). With each component handling its own events directly, the classes outgrew
   * the sites, and a site meeting more than four classes goes megamorphic: that cost
   * about 5 % of a cluster run.
   */
  defineOccasionalKind(handler: EventHandler, code: number, name?: string): number {
    return this.defineKind(new Occasional(handler), code, name);
  }

  kindName(kind: number): string {
    return this.kindNames[kind];
  }

  /** Schedules `kind` for `subject` after `delayS` ≥ 0 seconds. */
  schedule(delayS: number, kind: number, subject: number): void {
    // Pushes directly (not via scheduleAt): one call less on the hottest path.
    const atS = this.nowTime + delayS;
    if (!(atS >= this.nowTime && atS < Infinity)) this.refuse(atS);
    this.heap.push(atS, kind * KIND_SCALE + (subject >>> 0));
  }

  /** Schedules `kind` for `subject` at absolute time `atS` (finite, not before now). */
  scheduleAt(atS: number, kind: number, subject: number): void {
    if (!(atS >= this.nowTime && atS < Infinity)) this.refuse(atS);
    this.heap.push(atS, kind * KIND_SCALE + (subject >>> 0));
  }

  /**
   * Like `schedule`, and returns a handle that `cancel` accepts. Only cancellable
   * events carry a slot (a generation-checked live flag): the event set holds the
   * slot as −1 − slot in place of the packed kind and subject, which the slot keeps,
   * so the others cost nothing for it.
   */
  scheduleCancellable(delayS: number, kind: number, subject: number): number {
    const atS = this.nowTime + delayS;
    if (!(atS >= this.nowTime && atS < Infinity)) this.refuse(atS);
    if (this.freeCount === 0) this.growSlots();
    const slot = this.freeSlots[--this.freeCount];
    const state = this.slotState[slot] | 1;
    this.slotState[slot] = state;
    this.slotEvent[slot] = kind * KIND_SCALE + (subject >>> 0);
    this.heap.push(atS, -1 - slot);
    return (state >>> 1) * SLOT_BITS + slot;
  }

  /** Cancels a pending event; false if it already fired or was cancelled. */
  cancel(handle: number): boolean {
    const slot = handle % SLOT_BITS;
    const gen = (handle - slot) / SLOT_BITS;
    if (slot >= this.slotState.length) return false;
    const state = this.slotState[slot];
    if (state !== ((gen << 1) | 1)) return false;
    this.slotState[slot] = state & ~1;
    return true;
  }

  private refuse(atS: number): never {
    throw new RangeError(`cannot schedule at ${atS}s: times must be finite and not before now (${this.nowTime}s)`);
  }

  /** Makes `run` return after the event being delivered. */
  stop(): void {
    this.stopRequested = true;
  }

  /**
   * Called by a handler, first and instead of anything else, on an event it finds
   * superseded: as for a cancelled event, it is not counted as delivered and the clock
   * goes back to where it was. For a component that moves one timer often (the
   * processor-sharing CPU's next departure): it stamps each event with a generation and
   * discards the stale ones, which costs less than a slot per event.
   */
  discard(): void {
    this.discarded++;
    this.nowTime = this.lastTime;
  }

  /**
   * Delivers events in time order (ties first scheduled, first delivered) until the next one lies beyond
   * `untilS` (the clock then reads `untilS`), the set is empty, or `stop()` is called.
   */
  run(untilS = Infinity): RunStats {
    const heap = this.heap;
    const handlers = this.handlers;
    let delivered = 0;
    this.stopRequested = false;
    for (;;) {
      let event = heap.popUntil(untilS);
      if (event === -Infinity) break; // NOTHING_DUE, as a literal: see EventSet
      const atS = heap.poppedKey;
      if (event < 0) {
        // Retire the slot (new generation, not live) before delivery so it can be reused.
        // (Arrays are read through `this`: a handler may grow them.)
        const slot = -1 - event;
        const state = this.slotState[slot];
        this.slotState[slot] = (((state >>> 1) + 1) & GEN_MASK) << 1;
        this.freeSlots[this.freeCount++] = slot;
        if ((state & 1) === 0) continue;
        event = this.slotEvent[slot];
      }
      this.lastTime = this.nowTime;
      this.nowTime = atS;
      const kind = Math.floor(event / KIND_SCALE);
      const code = this.codes[kind];
      const subject = (event - kind * KIND_SCALE) | 0;
      // A call site per handler class, each through a variable of its own (V8 shares
      // the feedback of `x.handle` between the loads through one variable): a site
      // that meets one class calls it directly or inlines it, where a shared site
      // meeting four went through the generic call for every event (docs/kernel.md).
      switch (this.sites[kind]) {
        case 0: {
          const h0 = handlers[kind];
          h0.handle(code, subject);
          break;
        }
        case 1: {
          const h1 = handlers[kind];
          h1.handle(code, subject);
          break;
        }
        case 2: {
          const h2 = handlers[kind];
          h2.handle(code, subject);
          break;
        }
        case 3: {
          const h3 = handlers[kind];
          h3.handle(code, subject);
          break;
        }
        default: {
          const h = handlers[kind];
          h.handle(code, subject);
        }
      }
      delivered++;
      if (this.stopRequested) break;
    }
    delivered -= this.discarded;
    this.discarded = 0;
    if (untilS !== Infinity && untilS > this.nowTime && !this.stopRequested) this.nowTime = untilS;
    this.delivered += delivered;
    return { events: delivered, nowS: this.nowTime };
  }

  private growSlots(): void {
    const old = this.freeSlots.length;
    const n = old * 2;
    if (n > SLOT_BITS) throw new RangeError(`more than ${SLOT_BITS} pending events`);
    const state = new Uint32Array(n);
    state.set(this.slotState);
    this.slotState = state;
    const event = new Float64Array(n);
    event.set(this.slotEvent);
    this.slotEvent = event;
    this.freeSlots = new Int32Array(n);
    for (let i = n - 1; i >= old; i--) this.freeSlots[this.freeCount++] = i;
  }
}
