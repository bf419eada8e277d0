/** Doubles per entry: key, value. */
const W = 2;
/** Above this many entries, an insert into the later half is walked in from the back. */
const WALK_FROM_BACK = 64;

/**
 * Entries `(key, value)` kept sorted by key, ties in insertion order, in one
 * Float64Array: the run occupies positions [head, tail) of a buffer with room on both
 * sides. Popping the earliest is O(1); an insert walks in from the front, shifting the
 * entries it passes one place down, so it costs O(k) for an entry with k before it
 * (from the back past n − k when the run is long and the entry belongs in its later
 * half).
 *
 * Why not a heap: the event set keeps only its near future here, a few dozen entries,
 * and most new events are due within the next few, so k is small; the walk's
 * comparisons are predictable, where a heap's sift takes a branch the processor
 * cannot predict at every level (measurements in docs/kernel.md).
 */
export class SortedRun {
  private a: Float64Array;
  private head: number;
  private tail: number;
  /** Where an emptied run starts again: the middle of the buffer. */
  private mid: number;

  constructor(initialCapacity = 64) {
    const positions = 2 * Math.max(4, initialCapacity | 0);
    this.a = new Float64Array(W * positions);
    this.mid = this.head = this.tail = positions >> 1;
  }

  get size(): number {
    return this.tail - this.head;
  }

  /** Smallest key; meaningless on an empty run (check `size`). */
  peekKey(): number {
    return this.a[this.head * W];
  }

  /** Adds an entry after every entry whose key is at most `key`: equal keys leave first in, first out. */
  insert(key: number, value: number): void {
    let a = this.a;
    const n = this.tail - this.head;
    if (n === 0 || key >= a[(this.tail - 1) * W]) {
      if (this.tail * W === a.length) a = this.recentre();
      const o = this.tail++ * W;
      a[o] = key;
      a[o + 1] = value;
      return;
    }
    if (n > WALK_FROM_BACK && key >= a[(this.head + (n >> 1)) * W]) return this.walkInFromBack(key, value);
    if (this.head === 0) a = this.recentre();
    let o = this.head * W;
    this.head--;
    while (a[o] <= key) {
      a[o - 2] = a[o];
      a[o - 1] = a[o + 1];
      o += 2;
    }
    a[o - 2] = key;
    a[o - 1] = value;
  }

  /** `insert` for an entry due in the later half of a long run: walks in from the back. */
  private walkInFromBack(key: number, value: number): void {
    let a = this.a;
    if (this.tail * W === a.length) a = this.recentre();
    let o = (this.tail - 1) * W;
    this.tail++;
    while (a[o] > key) {
      a[o + 2] = a[o];
      a[o + 3] = a[o + 1];
      o -= 2;
    }
    a[o + 2] = key;
    a[o + 3] = value;
  }

  /** Removes the earliest entry and returns its value; the run must not be empty. */
  pop(): number {
    const value = this.a[this.head * W + 1];
    if (++this.head === this.tail) this.head = this.tail = this.mid;
    return value;
  }

  /** Entry fields at position `i` in order (0 ≤ i < size), for draining in bulk. */
  keyAt(i: number): number {
    return this.a[(this.head + i) * W];
  }
  valueAt(i: number): number {
    return this.a[(this.head + i) * W + 1];
  }

  /** Empties the run. */
  clear(): void {
    this.head = this.tail = this.mid;
  }

  /** Centres the run in its buffer, first doubling the buffer if the run fills half of it. */
  private recentre(): Float64Array {
    const n = this.tail - this.head;
    let positions = this.a.length / W;
    if (2 * n + 2 > positions) {
      positions *= 2;
      this.mid = positions >> 1;
    }
    const head = (positions - n) >> 1;
    if (positions * W === this.a.length) this.a.copyWithin(head * W, this.head * W, this.tail * W);
    else {
      const a = new Float64Array(positions * W);
      a.set(this.a.subarray(this.head * W, this.tail * W), head * W);
      this.a = a;
    }
    this.head = head;
    this.tail = head + n;
    return this.a;
  }
}
