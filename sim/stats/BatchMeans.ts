import { studentT, type ConfidenceInterval } from './confidenceInterval.js';

/**
 * Method of batch means for one long steady-state run (Law, "Simulation Modeling and
 * Analysis", 5th ed., ch. 9): consecutive observations are grouped into batches of
 * `batchSize`, and the batch means, nearly independent when batches are long enough,
 * feed a Student t interval. The lag-1 autocorrelation of the batch means tells
 * whether they are: clearly above 0 means the batches are too short.
 * `record` allocates only when a batch completes and the store is full (doubling).
 */
export class BatchMeans {
  readonly batchSize: number;
  private means = new Float64Array(64);
  private completed = 0;
  private inBatch = 0;
  private batchSum = 0;

  constructor(batchSize: number) {
    if (!(Number.isInteger(batchSize) && batchSize > 0)) throw new RangeError(`BatchMeans: bad batch size ${batchSize}`);
    this.batchSize = batchSize;
  }

  record(x: number): void {
    this.batchSum += x;
    if (++this.inBatch === this.batchSize) this.closeBatch();
  }

  private closeBatch(): void {
    if (this.completed === this.means.length) {
      const grown = new Float64Array(2 * this.means.length);
      grown.set(this.means);
      this.means = grown;
    }
    this.means[this.completed++] = this.batchSum / this.batchSize;
    this.batchSum = 0;
    this.inBatch = 0;
  }

  /** Completed batches; observations of the unfinished batch are left out of every statistic. */
  get batches(): number {
    return this.completed;
  }

  /** All observations recorded, including the unfinished batch. */
  get count(): number {
    return this.completed * this.batchSize + this.inBatch;
  }

  batchMean(i: number): number {
    return this.means[i];
  }

  /** Mean of the completed batch means; NaN before the first batch completes. */
  get mean(): number {
    let sum = 0;
    for (let i = 0; i < this.completed; i++) sum += this.means[i];
    return this.completed > 0 ? sum / this.completed : NaN;
  }

  /** Student t interval over the batch means; throws before the first batch completes. */
  confidenceInterval(level = 0.95): ConfidenceInterval {
    return studentT(this.means.subarray(0, this.completed), level);
  }

  /** Lag-1 autocorrelation r₁ = Σ(yᵢ − ȳ)(yᵢ₊₁ − ȳ) / Σ(yᵢ − ȳ)² of the batch means; NaN below two batches. */
  get lag1Autocorrelation(): number {
    const k = this.completed;
    if (k < 2) return NaN;
    const mean = this.mean;
    let lagged = 0;
    let squares = (this.means[k - 1] - mean) ** 2;
    for (let i = 0; i < k - 1; i++) {
      const d = this.means[i] - mean;
      lagged += d * (this.means[i + 1] - mean);
      squares += d * d;
    }
    return squares > 0 ? lagged / squares : NaN;
  }

  reset(): void {
    this.completed = 0;
    this.inBatch = 0;
    this.batchSum = 0;
  }
}
