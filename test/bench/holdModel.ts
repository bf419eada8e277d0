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
  private left = 0;

  constructor(pending: number, seed = 1) {
    this.kernel = new Kernel(pending + 16);
    this.rng = new RandomStreams(seed).stream('hold');
    this.kind = this.kernel.defineKind(this, 0, 'hold');
    for (let i = 0; i < pending; i++) this.kernel.schedule(this.rng.exponential(1), this.kind, i);
  }

  handle(_code: number, subject: number): void {
    this.kernel.schedule(this.rng.exponential(1), this.kind, subject);
    if (--this.left === 0) this.kernel.stop();
  }

  /** Performs `holds` holds in one pass of the event loop. */
  hold(holds: number): void {
    this.left = holds;
    this.kernel.run();
  }
}
