/** Doubles per heap entry: key, sequence, id, aux. */
const W = 4;

/**
 * A 4-ary min-heap ordered by `(key, sequence)`, carrying an integer `id` and a free
 * numeric `aux` per entry. Entries are stored inline in one Float64Array (after
 * flatqueue), so a node's four children are contiguous and nothing is looked up
 * elsewhere during a sift. Nothing is allocated per push or pop; capacity doubles when
 * full and never shrinks.
 *
 * Pop is Floyd's bottom-up variant: the root's hole walks down to a leaf along the
 * smallest children, then the last entry sifts up from there (it rarely moves far).
 */
export class KeyedHeap {
  private h: Float64Array;
  private count = 0;
  private nextSeq = 0;
  /** `aux` of the entry returned by the last `pop`. */
  poppedAux = 0;
  /** Key of the entry returned by the last `pop`. */
  poppedKey = 0;

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

  /** Id of the smallest entry; meaningless on an empty heap. */
  peekId(): number {
    return this.h[2];
  }

  /** Adds `id` with `key`, ordered after every entry already pushed with an equal key. */
  push(key: number, id: number, aux = 0): void {
    this.insert(key, this.nextSeq++, id, aux);
  }

  /**
   * Adds an entry with a sequence number chosen by the caller (who keeps several
   * structures in one order). Ties of key are broken by `seq`.
   */
  insert(key: number, seq: number, id: number, aux: number): void {
    if (this.count * W === this.h.length) this.grow();
    const h = this.h;
    let i = this.count++;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const po = p * W;
      const pk = h[po];
      if (pk < key || (pk === key && h[po + 1] < seq)) break;
      const io = i * W;
      h[io] = pk;
      h[io + 1] = h[po + 1];
      h[io + 2] = h[po + 2];
      h[io + 3] = h[po + 3];
      i = p;
    }
    const io = i * W;
    h[io] = key;
    h[io + 1] = seq;
    h[io + 2] = id;
    h[io + 3] = aux;
  }

  /** Removes the smallest entry and returns its id (key and aux in `popped*`). */
  pop(): number {
    const h = this.h;
    const top = h[2] | 0;
    this.poppedKey = h[0];
    this.poppedAux = h[3];
    const n = --this.count;
    if (n === 0) return top;
    let i = 0;
    let c = 1;
    while (c < n) {
      let m = c;
      let mo = c * W;
      let mk = h[mo];
      const end = c + 4 < n ? c + 4 : n;
      for (let j = c + 1; j < end; j++) {
        const jo = j * W;
        const k = h[jo];
        if (k < mk || (k === mk && h[jo + 1] < h[mo + 1])) {
          m = j;
          mo = jo;
          mk = k;
        }
      }
      const io = i * W;
      h[io] = mk;
      h[io + 1] = h[mo + 1];
      h[io + 2] = h[mo + 2];
      h[io + 3] = h[mo + 3];
      i = m;
      c = 4 * i + 1;
    }
    const no = n * W;
    this.siftUpFrom(i, h[no], h[no + 1], h[no + 2], h[no + 3]);
    return top;
  }

  /** Entry fields at heap position `i` (0 ≤ i < size), for draining in bulk. */
  keyAt(i: number): number {
    return this.h[i * W];
  }
  seqAt(i: number): number {
    return this.h[i * W + 1];
  }
  idAt(i: number): number {
    return this.h[i * W + 2];
  }
  auxAt(i: number): number {
    return this.h[i * W + 3];
  }

  clear(): void {
    this.count = 0;
  }

  private siftUpFrom(start: number, key: number, seq: number, id: number, aux: number): void {
    const h = this.h;
    let i = start;
    while (i > 0) {
      const p = (i - 1) >> 2;
      const po = p * W;
      const pk = h[po];
      if (pk < key || (pk === key && h[po + 1] < seq)) break;
      const io = i * W;
      h[io] = pk;
      h[io + 1] = h[po + 1];
      h[io + 2] = h[po + 2];
      h[io + 3] = h[po + 3];
      i = p;
    }
    const io = i * W;
    h[io] = key;
    h[io + 1] = seq;
    h[io + 2] = id;
    h[io + 3] = aux;
  }

  private grow(): void {
    const h = new Float64Array(this.h.length * 2);
    h.set(this.h);
    this.h = h;
  }
}
