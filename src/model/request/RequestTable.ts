/**
 * Requests in flight as rows of typed arrays (struct of arrays), recycled through a
 * free list: no object per request. Columns grow by doubling and never shrink.
 */
export class RequestTable {
  cls = new Uint8Array(1024);
  /** Position of the serving web node in the topology's `webNodes`. */
  web = new Int16Array(1024);
  /** Owning session row, or -1. */
  session = new Int32Array(1024);
  phase = new Uint8Array(1024);
  retries = new Uint8Array(1024);
  /** Database node used by the current database phase. */
  dbNode = new Int16Array(1024);
  /** Arrival at the origin (NGINX), s. */
  arrivedS = new Float64Array(1024);
  commitStartS = new Float64Array(1024);
  /** 1 while the row is a request in flight. */
  live = new Uint8Array(1024);
  /** 1 once failed by a failure while a job of it is still pending: dropped when that job returns. */
  doomed = new Uint8Array(1024);
  /** 1 while it holds a database thread of `dbNode` (from the grant until its commit ends, for writes). */
  dbHeld = new Uint8Array(1024);
  private free = new Int32Array(1024);
  private freeCount = 0;
  private rows = 0;
  inFlight = 0;

  alloc(): number {
    this.inFlight++;
    let row: number;
    if (this.freeCount > 0) row = this.free[--this.freeCount];
    else {
      if (this.rows === this.cls.length) this.grow();
      row = this.rows++;
    }
    this.live[row] = 1;
    this.doomed[row] = 0;
    this.dbHeld[row] = 0;
    return row;
  }

  release(row: number): void {
    this.inFlight--;
    this.live[row] = 0;
    this.free[this.freeCount++] = row;
  }

  /** Rows ever allocated; live rows are those not on the free list. */
  get highWater(): number {
    return this.rows;
  }

  private grow(): void {
    const n = this.cls.length * 2;
    this.cls = copy(this.cls, new Uint8Array(n));
    this.web = copy(this.web, new Int16Array(n));
    this.session = copy(this.session, new Int32Array(n));
    this.phase = copy(this.phase, new Uint8Array(n));
    this.retries = copy(this.retries, new Uint8Array(n));
    this.dbNode = copy(this.dbNode, new Int16Array(n));
    this.arrivedS = copy(this.arrivedS, new Float64Array(n));
    this.commitStartS = copy(this.commitStartS, new Float64Array(n));
    this.live = copy(this.live, new Uint8Array(n));
    this.doomed = copy(this.doomed, new Uint8Array(n));
    this.dbHeld = copy(this.dbHeld, new Uint8Array(n));
    this.free = copy(this.free, new Int32Array(n));
  }
}

/** Copies `from` into the larger `to` and returns it. */
export function copy<T extends { set(a: ArrayLike<number>): void }>(from: ArrayLike<number>, to: T): T {
  to.set(from);
  return to;
}
