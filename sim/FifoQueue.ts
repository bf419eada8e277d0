/**
 * A FIFO of waiting jobs in a ring of typed arrays: each entry holds the job, the time
 * it entered (seconds), a number the owner attaches (a service time, say) and a timer
 * handle. Grows by doubling; nothing is allocated per push or pop.
 */
export class FifoQueue {
  private job: Int32Array;
  private enterS: Float64Array;
  private value: Float64Array;
  private timer: Float64Array;
  private head = 0;
  private count = 0;

  constructor(initialCapacity = 64) {
    const n = Math.max(2, initialCapacity | 0);
    this.job = new Int32Array(n);
    this.enterS = new Float64Array(n);
    this.value = new Float64Array(n);
    this.timer = new Float64Array(n);
  }

  get size(): number {
    return this.count;
  }

  push(job: number, enterS: number, value: number, timer: number): void {
    if (this.count === this.job.length) this.grow();
    // Wrap by comparison, not `%`: an integer division costs tens of cycles.
    let at = this.head + this.count;
    if (at >= this.job.length) at -= this.job.length;
    this.job[at] = job;
    this.enterS[at] = enterS;
    this.value[at] = value;
    this.timer[at] = timer;
    this.count++;
  }

  /** Fields of the oldest entry; meaningless when empty. */
  headJob(): number {
    return this.job[this.head];
  }
  headEnterS(): number {
    return this.enterS[this.head];
  }
  headValue(): number {
    return this.value[this.head];
  }
  headTimer(): number {
    return this.timer[this.head];
  }

  /** Drops the oldest entry (read it first with the head accessors). */
  shift(): void {
    if (++this.head === this.job.length) this.head = 0;
    this.count--;
  }

  private grow(): void {
    const n = this.job.length;
    const job = new Int32Array(n * 2);
    const enterS = new Float64Array(n * 2);
    const value = new Float64Array(n * 2);
    const timer = new Float64Array(n * 2);
    for (let i = 0; i < n; i++) {
      const from = (this.head + i) % n;
      job[i] = this.job[from];
      enterS[i] = this.enterS[from];
      value[i] = this.value[from];
      timer[i] = this.timer[from];
    }
    this.job = job;
    this.enterS = enterS;
    this.value = value;
    this.timer = timer;
    this.head = 0;
  }
}
