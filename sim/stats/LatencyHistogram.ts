/**
 * Log-linear buckets in the manner of HdrHistogram (Tene): a value is quantised to an
 * integer q = ⌊value / quantum⌋. Integers below 2·128 = 256 have a bucket each; above,
 * each power-of-two range [2^k, 2^(k+1)) is split into 128 equal sub-buckets, so a
 * bucket's half width over its lower edge is at most 1/256.
 */
const SUB_BITS = 7;
const SUB_COUNT = 1 << SUB_BITS;
const EXACT_LIMIT = 2 * SUB_COUNT;
const INT31 = 2 ** 31;
/** The largest quantised value the float arithmetic below keeps exact. */
const MAX_QUANTA = 2 ** 52;

function highestBit(q: number): number {
  if (q < INT31) return 31 - Math.clz32(q);
  let bit = Math.floor(Math.log2(q));
  // Math.log2 may round across an integer next to a power of two; the powers are exact.
  if (2 ** bit > q) bit -= 1;
  else if (2 ** (bit + 1) <= q) bit += 1;
  return bit;
}

function bucketIndex(q: number): number {
  if (q < EXACT_LIMIT) return q;
  const shift = highestBit(q) - SUB_BITS;
  const top = q < INT31 ? q >>> shift : Math.floor(q / 2 ** shift);
  return shift * SUB_COUNT + top;
}

function bucketShift(index: number): number {
  return index < EXACT_LIMIT ? 0 : (index >>> SUB_BITS) - 1;
}

/** Lower edge of bucket `index`, in quanta. */
function bucketLow(index: number): number {
  const shift = bucketShift(index);
  return (index - shift * SUB_COUNT) * 2 ** shift;
}

export interface LatencyHistogramOptions {
  /** Resolution in seconds; default 1e-6 (1 µs). */
  quantumS?: number;
  /** Largest value with its own bucket, in seconds; default 1e5 (about 28 h, far beyond any request). */
  maxTrackableS?: number;
}

/** Compact, JSON-safe form: only non-empty buckets. `sum`, `min`, `max` in seconds; 0 when empty. */
export interface LatencyHistogramJSON {
  quantumS: number;
  maxTrackableS: number;
  count: number;
  sum: number;
  min: number;
  max: number;
  indices: number[];
  counts: number[];
}

/**
 * Streaming latency distribution in seconds with fixed memory (about 4 000 buckets,
 * 32 KB, at the defaults). `record` allocates nothing.
 *
 * Accuracy: `percentile` reports the midpoint of the bucket holding the nearest-rank
 * order statistic, clamped to [min, max]. For a value of at least 100 quanta the
 * relative error is at most max(1/256, 0.5/100) = 0.5 % (half a bucket over its lower
 * edge). Values above `maxTrackableS` share the last bucket; a percentile landing there
 * reports the exact max, an upper bound. Count, sum, min and max are exact.
 */
export class LatencyHistogram {
  readonly quantumS: number;
  readonly maxTrackableS: number;
  readonly bucketCount: number;
  private readonly counts: Float64Array;
  private readonly lastQ: number;
  private readonly perQuantum: number;
  /** Below this, the clz32 path applies and the value is within the tracked range. */
  private readonly fastLimit: number;
  private total = 0;
  private sum = 0;
  private lo = Infinity;
  private hi = -Infinity;

  constructor({ quantumS = 1e-6, maxTrackableS = 1e5 }: LatencyHistogramOptions = {}) {
    if (!(quantumS > 0 && maxTrackableS >= quantumS && maxTrackableS / quantumS <= MAX_QUANTA)) {
      throw new RangeError(
        `LatencyHistogram: need 0 < quantumS ≤ maxTrackableS ≤ 2^52 quanta, got ${quantumS}, ${maxTrackableS}`,
      );
    }
    this.quantumS = quantumS;
    this.maxTrackableS = maxTrackableS;
    this.lastQ = Math.ceil(maxTrackableS / quantumS);
    this.perQuantum = 1 / quantumS;
    this.fastLimit = Math.min(INT31, this.lastQ);
    this.bucketCount = bucketIndex(this.lastQ) + 1;
    this.counts = new Float64Array(this.bucketCount);
  }

  /** Records one value in seconds (finite, ≥ 0). The simulation's hot path. */
  record(valueS: number): void {
    if (!(valueS >= 0 && valueS < Infinity)) this.refuse(valueS);
    this.counts[this.indexOf(valueS * this.perQuantum)]++;
    this.total++;
    this.sum += valueS;
    if (valueS < this.lo) this.lo = valueS;
    if (valueS > this.hi) this.hi = valueS;
  }

  /** Records `n` (an integer ≥ 0) occurrences of a value in seconds. */
  recordN(valueS: number, n: number): void {
    if (!(valueS >= 0 && valueS < Infinity)) this.refuse(valueS);
    if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`LatencyHistogram: count ${n} is not an integer ≥ 0`);
    if (n === 0) return;
    this.counts[this.indexOf(valueS * this.perQuantum)] += n;
    this.total += n;
    this.sum += valueS * n;
    if (valueS < this.lo) this.lo = valueS;
    if (valueS > this.hi) this.hi = valueS;
  }

  /**
   * Bucket of a value of `x` ≥ 0 quanta. Below 2³¹ quanta `x | 0` is its floor, in an
   * integer register, and clz32 finds its power of two; `bucketIndex` serves beyond.
   */
  private indexOf(x: number): number {
    if (x < this.fastLimit) {
      const q = x | 0;
      if (q < EXACT_LIMIT) return q;
      const shift = 31 - Math.clz32(q) - SUB_BITS;
      return shift * SUB_COUNT + (q >>> shift);
    }
    const q = Math.floor(x);
    return q >= this.lastQ ? this.bucketCount - 1 : bucketIndex(q);
  }

  private refuse(valueS: number): never {
    throw new RangeError(`LatencyHistogram: value ${valueS} s is not finite and ≥ 0`);
  }

  get count(): number {
    return this.total;
  }

  /** Exact mean in seconds; NaN when empty. */
  get mean(): number {
    return this.total > 0 ? this.sum / this.total : NaN;
  }

  /** Exact minimum in seconds; NaN when empty. */
  get min(): number {
    return this.total > 0 ? this.lo : NaN;
  }

  /** Exact maximum in seconds; NaN when empty. */
  get max(): number {
    return this.total > 0 ? this.hi : NaN;
  }

  /**
   * The nearest-rank p-quantile (p in [0, 1]) in seconds: the ⌈p·count⌉-th smallest
   * value, within the bound above; rank 1 and rank count give the exact min and max.
   * NaN when empty. Cost: one pass over the buckets.
   */
  percentile(p: number): number {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`LatencyHistogram: percentile ${p} is outside [0, 1]`);
    const total = this.total;
    if (total === 0) return NaN;
    // Subtracting twice the rounding error of p·total keeps e.g. 0.7·10 at rank 7.
    const rank = Math.ceil(p * total - total * 2 ** -52);
    if (rank <= 1) return this.lo;
    if (rank >= total) return this.hi;
    let seen = 0;
    const last = this.bucketOf(this.hi);
    for (let i = this.bucketOf(this.lo); i <= last; i++) {
      seen += this.counts[i];
      if (seen >= rank) return this.bucketValue(i);
    }
    return this.hi;
  }

  /**
   * The bucket a value in seconds was counted in. Every count lies between the buckets
   * of the min and the max, so the passes below read only those (a run's ~360 window
   * histograms are read several times each on the way to the report).
   */
  private bucketOf(valueS: number): number {
    return this.indexOf(valueS * this.perQuantum);
  }

  private bucketValue(index: number): number {
    const low = bucketLow(index);
    const width = 2 ** bucketShift(index);
    if (index === this.bucketCount - 1 && this.hi >= (low + width) * this.quantumS) return this.hi;
    const midS = (low + width / 2) * this.quantumS;
    return midS < this.lo ? this.lo : midS > this.hi ? this.hi : midS;
  }

  /** Adds `other`'s observations; both must have the same quantum and max. */
  merge(other: LatencyHistogram): this {
    if (other.quantumS !== this.quantumS || other.maxTrackableS !== this.maxTrackableS) {
      throw new RangeError(
        `LatencyHistogram: cannot merge quantum ${other.quantumS} s / max ${other.maxTrackableS} s ` +
          `into ${this.quantumS} s / ${this.maxTrackableS} s`,
      );
    }
    if (other.total === 0) return this;
    const last = other.bucketOf(other.hi);
    for (let i = other.bucketOf(other.lo); i <= last; i++) this.counts[i] += other.counts[i];
    this.total += other.total;
    this.sum += other.sum;
    if (other.lo < this.lo) this.lo = other.lo;
    if (other.hi > this.hi) this.hi = other.hi;
    return this;
  }

  /** Empties the histogram. Costs only the buckets between its min and max (a window's few, not all ~4 000). */
  reset(): void {
    if (this.total > 0) this.counts.fill(0, this.bucketOf(this.lo), this.bucketOf(this.hi) + 1);
    this.total = 0;
    this.sum = 0;
    this.lo = Infinity;
    this.hi = -Infinity;
  }

  toJSON(): LatencyHistogramJSON {
    const indices: number[] = [];
    const counts: number[] = [];
    const empty = this.total === 0;
    const last = empty ? -1 : this.bucketOf(this.hi);
    for (let i = empty ? 0 : this.bucketOf(this.lo); i <= last; i++) {
      if (this.counts[i] === 0) continue;
      indices.push(i);
      counts.push(this.counts[i]);
    }
    return {
      quantumS: this.quantumS,
      maxTrackableS: this.maxTrackableS,
      count: this.total,
      sum: this.sum,
      min: empty ? 0 : this.lo,
      max: empty ? 0 : this.hi,
      indices,
      counts,
    };
  }

  /** Rebuilds a histogram from `toJSON` output (e.g. from another worker or shard), checking its shape. */
  static fromJSON(json: LatencyHistogramJSON): LatencyHistogram {
    const h = new LatencyHistogram({ quantumS: json.quantumS, maxTrackableS: json.maxTrackableS });
    const { indices, counts } = json;
    if (indices.length !== counts.length) throw new RangeError('LatencyHistogram.fromJSON: indices and counts differ in length');
    let total = 0;
    for (let k = 0; k < indices.length; k++) {
      const i = indices[k];
      const n = counts[k];
      if (!(Number.isInteger(i) && i >= 0 && i < h.bucketCount && Number.isInteger(n) && n > 0)) {
        throw new RangeError(`LatencyHistogram.fromJSON: bad bucket ${i} with count ${n}`);
      }
      h.counts[i] += n;
      total += n;
    }
    if (total !== json.count) throw new RangeError(`LatencyHistogram.fromJSON: buckets hold ${total}, count says ${json.count}`);
    if (total > 0) {
      h.total = total;
      h.sum = json.sum;
      h.lo = json.min;
      h.hi = json.max;
      const low = h.bucketOf(json.min);
      const high = h.bucketOf(json.max);
      if (!(json.min <= json.max && indices.every((i) => i >= low && i <= high))) {
        throw new RangeError(`LatencyHistogram.fromJSON: buckets lie outside min ${json.min} s and max ${json.max} s`);
      }
    }
    return h;
  }
}
