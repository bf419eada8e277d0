import { KeyedHeap } from './KeyedHeap.js';
import { SortedRun } from './SortedRun.js';

/**
 * Target events per calendar bucket. Poured into the front a bucket is sorted by
 * insertion, so small buckets keep that cheap: at 10⁴ pending, 8 a bucket gave the hold
 * model 6.3 M holds/s against 4.4 M with 32.
 */
const PER_BUCKET = 8;
/**
 * Far lists longer than this are planned at PER_LARGE_BUCKET a bucket. Past the
 * processor's caches fewer, fuller buckets touch less memory: at 10⁶ pending, 32 a
 * bucket gave the hold model 2.8 M holds/s against 2.6 M with 8.
 */
const LARGE_PLAN = 1 << 16;
const PER_LARGE_BUCKET = 32;
/**
 * Below this many events in the front no buckets are planned. In a cluster run most of
 * the ~540 pending events are shoppers thinking seconds ahead; in buckets they stay out
 * of the front that every near event is inserted into.
 */
const SPILL_MIN = 32;
/** A list poured into the front with more entries than this is sorted by a heap. */
const SORT_BY_INSERTION = 32;
/**
 * Buckets cover keys up to lo + SPAN_OVER_MEAN·(mean − lo); later ones wait in the far
 * list for the next plan. Planned over the full spread, a few events far ahead (a
 * sampling tick, a timeout) made black-friday-pro48's buckets 2.3 s wide, and the front
 * held 77 events, 49 of them more than 0.1 s ahead; planned this way, 0.19 s and 25.
 */
const SPAN_OVER_MEAN = 2;
/** Entries per chunk, and doubles per entry (key, value). */
const CHUNK = 16;
const W = 2;
const NONE = -1;
/** List index of the far list; bucket b is list b + 1. */
const FAR = 0;
/**
 * What `popUntil` returns when nothing is due: no value is −∞. The hot paths write the
 * literal: an exported binding is read from its module cell as a tagged value, and a
 * popped double merged with it was boxed in a fresh heap number on every event.
 */
export const NOTHING_DUE = -Infinity;

/**
 * The kernel's pending-event set: entries `(key, value)` ordered by key, equal keys
 * first in, first out.
 *
 * A calendar queue (Brown 1988) behind a short sorted front, after the ladder queue of
 * Tang, Goh & Thng (2005): the near future sits in a sorted run (`SortedRun`); later
 * events wait unsorted in time buckets of equal width; events beyond the last bucket
 * wait in an unsorted "far" list. When the front runs dry the next bucket is poured
 * into it; when the buckets run out the far list is re-planned into new buckets over
 * the bulk of its own spread (about PER_BUCKET events a bucket, PER_LARGE_BUCKET for
 * very long lists). Each event is touched O(1) times outside the front on average and
 * the front stays short and cache-resident, so the cost per event hardly grows with the
 * number pending.
 *
 * Sets smaller than SPILL_MIN never leave the front. When the front outgrows the limit
 * (the density grew past the plan) everything is re-planned, and the limit doubles so
 * that a burst of same-time events, which no bucket width can split, cannot thrash.
 *
 * Lists are chains of fixed-size chunks in one pool, so entries of a bucket are
 * contiguous in memory. Ties leave first in, first out with no sequence number stored:
 * bucket indices are computed one way for every event, so equal keys always share a
 * list; within a list they stay in push order (a push appends the newest; plans and
 * re-plans move whole lists in order); and the front places an entry after those of
 * equal key already in it.
 */
export class EventSet {
  private readonly front = new SortedRun(2 * SPILL_MIN);
  /** Sorts a long list on its way into the front (see `pourInto`). */
  private readonly sorter = new KeyedHeap(64);
  private pool: Float64Array;
  private chunkNext: Int32Array;
  private chunkLen: Int32Array;
  private freeChunks: Int32Array;
  private freeCount = 0;
  private head = new Int32Array(64).fill(NONE);
  private tail = new Int32Array(64).fill(NONE);
  private lists = 1;
  private current = 0;
  private base = 0;
  private invWidth = 0;
  private farCount = 0;
  private spillAt = SPILL_MIN;
  private total = 0;
  /** Key of the entry the last `popUntil` returned. */
  poppedKey = 0;

  constructor(initialCapacity = 1024) {
    const chunks = Math.max(4, Math.ceil(initialCapacity / CHUNK));
    this.pool = new Float64Array(chunks * CHUNK * W);
    this.chunkNext = new Int32Array(chunks);
    this.chunkLen = new Int32Array(chunks);
    this.freeChunks = new Int32Array(chunks);
    for (let i = 0; i < chunks; i++) this.freeChunks[i] = chunks - 1 - i;
    this.freeCount = chunks;
  }

  get size(): number {
    return this.total;
  }

  /** Adds an entry at time `key`; `value` comes back when it is popped. */
  push(key: number, value: number): void {
    this.total++;
    const b = Math.floor((key - this.base) * this.invWidth);
    if (b <= this.current) {
      this.front.insert(key, value);
      if (this.front.size > this.spillAt) this.replanAll();
    } else {
      let list = b + 1;
      if (b >= this.lists - 1) {
        list = FAR;
        this.farCount++;
      }
      const o = this.place(list);
      const pool = this.pool;
      pool[o] = key;
      pool[o + 1] = value;
    }
  }

  /** Earliest key; the set must not be empty. */
  peekKey(): number {
    if (this.front.size === 0) this.refill();
    return this.front.peekKey();
  }

  /**
   * Removes the earliest entry and returns its value if its key is at most `untilKey`
   * (the key is then in `poppedKey`); otherwise leaves the set as it is and returns
   * `NOTHING_DUE`. One call per event for the kernel's loop.
   */
  popUntil(untilKey: number): number {
    const front = this.front;
    if (front.size === 0) {
      this.refill();
      if (front.size === 0) return -Infinity;
    }
    const key = front.peekKey();
    if (key > untilKey) return -Infinity;
    this.total--;
    this.poppedKey = key;
    return front.pop();
  }

  /** Removes the earliest entry and returns its value. */
  pop(): number {
    if (this.front.size === 0) this.refill();
    this.total--;
    return this.front.pop();
  }

  /**
   * Makes room for one more entry at the end of `list` and returns its offset in the
   * pool (read `this.pool` after: it may have grown). Callers write the key and value
   * themselves: passed to a call V8 does not inline, each double was boxed in a fresh
   * heap number, two allocations per push into a bucket.
   */
  private place(list: number): number {
    let c = this.tail[list];
    if (c === NONE || this.chunkLen[c] === CHUNK) {
      const fresh = this.takeChunk();
      if (c === NONE) this.head[list] = fresh;
      else this.chunkNext[c] = fresh;
      this.tail[list] = fresh;
      c = fresh;
    }
    return (c * CHUNK + this.chunkLen[c]++) * W;
  }

  /** Appends the entry at pool offset `from` to `list`. */
  private move(from: number, list: number): void {
    const o = this.place(list);
    const pool = this.pool;
    pool[o] = pool[from];
    pool[o + 1] = pool[from + 1];
  }

  /** Pours the next non-empty bucket into the front, re-planning when none is left. */
  private refill(): void {
    for (;;) {
      while (++this.current < this.lists - 1) {
        const list = this.current + 1;
        if (this.head[list] === NONE) continue;
        this.pourInto(list);
        if (this.front.size > this.spillAt) this.replanAll();
        return;
      }
      if (this.farCount === 0) return;
      this.plan();
    }
  }

  /**
   * Moves a list's entries into the (empty) front and frees its chunks. A short list is
   * sorted by inserting one entry at a time; a long one (a burst, or a bucket the plan
   * misjudged) goes through a heap, so the cost stays O(m log m) for m entries. The
   * heap breaks ties by position in the list, which among equal keys is push order.
   */
  private pourInto(list: number): void {
    const pool = this.pool;
    let c = this.head[list];
    this.head[list] = this.tail[list] = NONE;
    let m = 0;
    for (let k = c; k !== NONE; k = this.chunkNext[k]) m += this.chunkLen[k];
    const into = m <= SORT_BY_INSERTION ? null : this.sorter;
    let position = 0;
    while (c !== NONE) {
      const end = (c * CHUNK + this.chunkLen[c]) * W;
      for (let o = c * CHUNK * W; o < end; o += W) {
        if (into === null) this.front.insert(pool[o], pool[o + 1]);
        else into.insert(pool[o], position++, pool[o + 1]);
      }
      const next = this.chunkNext[c];
      this.freeChunks[this.freeCount++] = c;
      c = next;
    }
    if (into === null) return;
    while (into.size > 0) {
      const key = into.keyAt(0);
      this.front.insert(key, into.pop());
    }
  }

  /** The front outgrew the plan: move everything to the far list, plan anew, refill. */
  private replanAll(): void {
    const front = this.front;
    for (let i = 0; i < front.size; i++) {
      const o = this.place(FAR);
      this.pool[o] = front.keyAt(i);
      this.pool[o + 1] = front.valueAt(i);
    }
    this.farCount += front.size;
    front.clear();
    for (let list = this.current + 2; list < this.lists; list++) {
      const h = this.head[list];
      if (h === NONE) continue;
      for (let c = h; c !== NONE; c = this.chunkNext[c]) this.farCount += this.chunkLen[c];
      if (this.head[FAR] === NONE) this.head[FAR] = h;
      else this.chunkNext[this.tail[FAR]] = h;
      this.tail[FAR] = this.tail[list];
      this.head[list] = this.tail[list] = NONE;
    }
    this.lists = 1;
    this.spillAt = Infinity;
    this.refill();
    this.spillAt = Math.max(SPILL_MIN, 2 * front.size);
  }

  /**
   * Lays out new buckets over the bulk of the far list's spread (see SPAN_OVER_MEAN) and
   * distributes its entries; those beyond the last bucket stay in the far list.
   */
  private plan(): void {
    const pool = this.pool;
    let lo = Infinity;
    let hi = -Infinity;
    // Offsets from the first key keep the sum's rounding small at large times.
    const ref = pool[this.head[FAR] * CHUNK * W];
    let sum = 0;
    for (let c = this.head[FAR]; c !== NONE; c = this.chunkNext[c]) {
      const end = (c * CHUNK + this.chunkLen[c]) * W;
      for (let o = c * CHUNK * W; o < end; o += W) {
        const k = pool[o];
        if (k < lo) lo = k;
        if (k > hi) hi = k;
        sum += k - ref;
      }
    }
    let cover = lo + SPAN_OVER_MEAN * (ref + sum / this.farCount - lo);
    if (!(cover > lo && cover < hi)) cover = hi;
    const perBucket = this.farCount > LARGE_PLAN ? PER_LARGE_BUCKET : PER_BUCKET;
    const buckets = Math.min(Math.max(1, Math.ceil(this.farCount / perBucket)), 1 << 22);
    const span = cover - lo;
    this.base = lo;
    this.invWidth = span > 0 ? buckets / span : 0;
    let c = this.head[FAR];
    this.head[FAR] = this.tail[FAR] = NONE;
    this.lists = buckets + 2;
    if (this.head.length < this.lists) {
      this.head = new Int32Array(this.lists * 2).fill(NONE);
      this.tail = new Int32Array(this.lists * 2).fill(NONE);
    }
    this.current = -1;
    this.farCount = 0;
    while (c !== NONE) {
      const end = (c * CHUNK + this.chunkLen[c]) * W;
      for (let o = c * CHUNK * W; o < end; o += W) {
        const key = pool[o];
        const b = Math.floor((key - lo) * this.invWidth);
        if (b <= buckets) this.move(o, b + 1);
        else {
          this.move(o, FAR);
          this.farCount++;
        }
      }
      const next = this.chunkNext[c];
      this.freeChunks[this.freeCount++] = c;
      c = next;
    }
  }

  private takeChunk(): number {
    if (this.freeCount === 0) this.growPool();
    const c = this.freeChunks[--this.freeCount];
    this.chunkNext[c] = NONE;
    this.chunkLen[c] = 0;
    return c;
  }

  private growPool(): void {
    const old = this.chunkNext.length;
    const n = old * 2;
    const pool = new Float64Array(n * CHUNK * W);
    pool.set(this.pool);
    this.pool = pool;
    const next = new Int32Array(n);
    next.set(this.chunkNext);
    this.chunkNext = next;
    const len = new Int32Array(n);
    len.set(this.chunkLen);
    this.chunkLen = len;
    this.freeChunks = new Int32Array(n);
    for (let i = n - 1; i >= old; i--) this.freeChunks[this.freeCount++] = i;
  }
}
