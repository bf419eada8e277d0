import { Kernel, type EventHandler } from '../../sim/Kernel.js';
import { RandomStreams } from '../../sim/RandomStreams.js';
import type { RandomStream } from '../../sim/RandomStream.js';

/**
 * The classic hold model (Vaucher & Duval 1975): keep `pending` events in the set; each
 * hold pops the earliest and pushes one at now + Exp(1). Measures the event loop and
 * the event set alone.
 */
export class HoldModel implements EventHandler {
  readonly kernel: Kernel;
  private readonly kind: number;
  private readonly rng: RandomStream;

  constructor(pending: number, seed = 1) {
    this.kernel = new Kernel(pending + 16);
    this.rng = new RandomStreams(seed).stream('hold');
    this.kind = this.kernel.defineKind(this, 0, 'hold');
    for (let i = 0; i < pending; i++) this.kernel.schedule(this.rng.exponential(1), this.kind, i);
  }

  handle(_code: number, subject: number): void {
    this.kernel.schedule(this.rng.exponential(1), this.kind, subject);
  }

  /** Performs `holds` holds. */
  hold(holds: number): void {
    const k = this.kernel;
    const target = k.eventsProcessed + holds;
    // Run in horizon slices so the loop itself is what is measured.
    while (k.eventsProcessed < target) k.run(k.nowS + 1);
  }
}
