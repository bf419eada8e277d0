import type { EventHandler, Kernel } from '../../../sim/Kernel.js';

const WARMUP = 0;
const SAMPLE = 1;

/** Whatever takes a snapshot at the end of warm-up. */
interface WarmupSnapshot {
  warmup(nowS: number): void;
}

/**
 * The run's clock for the reports: the end of warm-up (Galera's flow-control share and
 * every metric start counting) and the close of each window of `windowS` up to the
 * horizon (the last window may be shorter), when Metrics samples its columns.
 */
export class Sampler implements EventHandler {
  private readonly kinds: number[];

  constructor(
    private readonly kernel: Kernel,
    private readonly metrics: WarmupSnapshot & { sample(nowS: number): void },
    private readonly galera: WarmupSnapshot,
    private readonly warmupS: number,
    private readonly windowS: number,
    private readonly durationS: number,
  ) {
    this.kinds = [WARMUP, SAMPLE].map((code) => kernel.defineOccasionalKind(this, code, `sampler.${code}`));
  }

  /** Schedules the end of warm-up (if any) and the first window's close. */
  begin(): void {
    if (this.warmupS > 0) this.kernel.scheduleAt(this.warmupS, this.kinds[WARMUP], 0);
    this.kernel.scheduleAt(Math.min(this.windowS, this.durationS), this.kinds[SAMPLE], 0);
  }

  handle(code: number): void {
    const now = this.kernel.nowS;
    if (code === WARMUP) {
      this.galera.warmup(now);
      this.metrics.warmup(now);
      return;
    }
    this.metrics.sample(now);
    const next = now + this.windowS;
    if (next <= this.durationS + 1e-9) this.kernel.scheduleAt(Math.min(next, this.durationS), this.kinds[SAMPLE], 0);
  }
}
