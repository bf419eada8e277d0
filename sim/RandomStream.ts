import seedrandom from 'seedrandom';

/**
 * One seeded stream of uniform variates. Each component and purpose owns its own
 * stream (arrivals, service times, cache hits…), so draws in one never shift another.
 *
 * Generator: seedrandom's Alea (Baagøe), about 10 ns a draw; its 32-bit state is
 * seeded by hashing the string `${runSeed}/${name}`.
 */
export class RandomStream {
  readonly name: string;
  private readonly prng: () => number;

  constructor(runSeed: number | string, name: string) {
    this.name = name;
    this.prng = seedrandom.alea(`${runSeed}/${name}`);
  }

  /** A uniform variate in [0, 1). */
  uniform(): number {
    return this.prng();
  }

  /** A uniform variate in (0, 1]: safe to take the logarithm of. */
  uniformOpenZero(): number {
    return 1 - this.prng();
  }

  /** An exponential variate with the given mean (same unit as the mean). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.prng());
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.prng() * n);
  }
}
