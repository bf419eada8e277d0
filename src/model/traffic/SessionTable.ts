import { copy } from '../request/RequestTable.js';

/** Shoppers' sessions in flight as rows of typed arrays, recycled through a free list. */
export class SessionTable {
  /** The current page: its index in Traffic's flat table of the journeys' pages. */
  at = new Int32Array(1024);
  private free = new Int32Array(1024);
  private freeCount = 0;
  private rows = 0;

  alloc(): number {
    if (this.freeCount > 0) return this.free[--this.freeCount];
    if (this.rows === this.at.length) {
      const n = this.rows * 2;
      this.at = copy(this.at, new Int32Array(n));
      this.free = copy(this.free, new Int32Array(n));
    }
    return this.rows++;
  }

  release(row: number): void {
    this.free[this.freeCount++] = row;
  }
}
