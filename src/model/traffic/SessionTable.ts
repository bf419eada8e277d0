import { copy } from '../request/RequestTable.js';

/** Shoppers' sessions in flight as rows of typed arrays, recycled through a free list. */
export class SessionTable {
  behaviour = new Uint8Array(1024);
  /** Index of the current page in the behaviour's journey. */
  step = new Int32Array(1024);
  private free = new Int32Array(1024);
  private freeCount = 0;
  private rows = 0;

  alloc(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount];
    if (this.rows === this.behaviour.length) {
      const n = this.rows * 2;
      this.behaviour = copy(this.behaviour, new Uint8Array(n));
      this.step = copy(this.step, new Int32Array(n));
      this.free = copy(this.free, new Int32Array(n));
    }
    return this.rows++;
  }

  release(row: number): void {
    this.free[this.freeCount++] = row;
  }
}
