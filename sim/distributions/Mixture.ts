import type { RandomStream } from '../RandomStream.js';
import type { Distribution } from './Distribution.js';
import { formatNumber } from './describeParams.js';

export interface MixtureComponent {
  readonly weight: number;
  readonly dist: Distribution;
}

/**
 * A finite mixture: with probability weight/Σweights the value comes from that
 * component's distribution. Weights are relative (any positive scale). Mean Σw·m;
 * variance Σw·(v + m²) − mean², computed as Σw·(v + (m − mean)²) to avoid cancellation.
 */
export class Mixture implements Distribution {
  readonly weights: Float64Array;
  readonly dists: readonly Distribution[];
  readonly mean: number;
  readonly variance: number;
  private readonly cumulative: Float64Array;

  constructor(components: readonly MixtureComponent[]) {
    if (components.length === 0) {
      throw new RangeError('Mixture: components must hold at least one component; got 0');
    }
    let total = 0;
    components.forEach(({ weight }, i) => {
      if (!(Number.isFinite(weight) && weight > 0)) {
        throw new RangeError(`Mixture: components[${i}].weight must be a finite number > 0; got ${weight}`);
      }
      total += weight;
    });
    this.weights = Float64Array.from(components, (c) => c.weight / total);
    this.dists = components.map((c) => c.dist);
    this.cumulative = new Float64Array(components.length);
    let running = 0;
    for (let i = 0; i < components.length; i++) this.cumulative[i] = running += this.weights[i];
    this.cumulative[components.length - 1] = 1;
    this.mean = this.dists.reduce((sum, d, i) => sum + this.weights[i] * d.mean, 0);
    this.variance = this.dists.reduce(
      (sum, d, i) => sum + this.weights[i] * (d.variance + (d.mean - this.mean) ** 2),
      0,
    );
  }

  sample(rng: RandomStream): number {
    const u = rng.uniform();
    const last = this.cumulative.length - 1;
    let i = 0;
    while (i < last && u >= this.cumulative[i]) i++;
    return this.dists[i].sample(rng);
  }

  describe(): string {
    const parts = this.dists.map((d, i) => `${formatNumber(this.weights[i])}: ${d.describe()}`);
    return `Mixture(${parts.join(', ')})`;
  }
}
