/** Doubles per heap position: key, sequence, value. */
const W = 3;

/**
 * A binary min-heap of `(key, sequence, value)` ordered by key, then sequence. All
 * three fields sit inline in one Float64Array, so a pop touches one array and a tie of
 * keys is broken without looking elsewhere. Nothing is allocated per push or pop;
 * capacity doubles when full and never shrinks. (Measured against 4-ary and bottom-up
 * variants at 16–10 000 entries with the hold model: the plain binary sift with early
 * exit was fastest in V8.) The processor-sharing CPU keeps its jobs' finish tags in one,
 * and the event set sorts a long bucket through one.
 */
export class KeyedHeap {
  private h: Float64Array;
  private count = 0;
  private nextSeq = 0;

  constructor(initialCapacity = 64) {
    this.h = new Float64Array(W * Math.max(4, initialCapacity | 0));
  }

  get size(): number {
    return this.count;
  }

  get capacity(): number {
    return this.h.length / W;
  }

  /** Smallest key; meaningless on an empty heap (check `size`). */
  peekKey(): number {
    return this.h[0];
  }

  /** Adds `value` with `key`, ordered after every entry already pushed with an equal key. */
  push(key: number, value: number): void {
    this.insert(key, this.nextSeq++, value);
  }

  /**
   * Adds an entry with a sequence number chosen by the caller (who keeps several
   * structures in one order). Ties of key leave in order of `seq`.
   */
  insert(key: number, seq: number, value: number): void {
    if (this.count * W === this.h.length) this.grow();
    const h = this.h;
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const po = p * W;
      const pk = h[po];
      if (pk < key || (pk === key && h[po + 1] < seq)) break;
      const io = i * W;
      h[io] = pk;
      h[io + 1] = h[po + 1];
      h[io + 2] = h[po + 2];
      i = p;
    }
    const io = i * W;
    h[io] = key;
    h[io + 1] = seq;
    h[io + 2] = value;
  }

  /** Removes the smallest entry and returns its value. */
  pop(): number {
    const h = this.h;
    const value = h[2];
    const n = --this.count;
    if (n === 0) return value;
    const no = n * W;
    const key = h[no];
    const seq = h[no + 1];
    const last = h[no + 2];
    const half = n >> 1;
    let i = 0;
    while (i < half) {
      let c = 2 * i + 1;
      let co = c * W;
      let ck = h[co];
      if (c + 1 < n) {
        const ro = co + W;
        const rk = h[ro];
        if (rk < ck || (rk === ck && h[ro + 1] < h[co + 1])) {
          c++;
          co = ro;
          ck = rk;
        }
      }
      if (ck > key || (ck === key && h[co + 1] > seq)) break;
      const io = i * W;
      h[io] = ck;
      h[io + 1] = h[co + 1];
      h[io + 2] = h[co + 2];
      i = c;
    }
    const io = i * W;
    h[io] = key;
    h[io + 1] = seq;
    h[io + 2] = last;
    return value;
  }

  /** Key at heap position `i` (0 ≤ i < size): at 0, the smallest. */
  keyAt(i: number): number {
    return this.h[i * W];
  }

  private grow(): void {
    const h = new Float64Array(this.h.length * 2);
    h.set(this.h);
    this.h = h;
  }
}
