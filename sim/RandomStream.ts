import seedrandom from 'seedrandom';

/** 2⁻³² */
const INV_2_32 = 2.3283064365386963e-10;

/**
 * One seeded stream of uniform variates. Each component and purpose owns its own
 * stream (arrivals, service times, cache hits…), so draws in one never shift another.
 *
 * Generator: Alea (Baagøe 2010) as implemented by seedrandom, which seeds it by
 * hashing the string `${runSeed}/${name}`. The stream takes seedrandom's seeded state
 * and steps the same recurrence on its own numeric fields, so a draw is a few
 * multiply-adds with no closure call; a test proves the sequence is identical to
 * seedrandom's own.
 */
export class RandomStream {
  readonly name: string;
  // Initialised where declared, so V8 keeps them as unboxed doubles: an ES2022 field
  // declared without a value starts as `undefined`, and a double then stored in it is
  // boxed in a fresh heap number on every write.
  private s0 = 0;
  private s1 = 0;
  private s2 = 0;
  private c = 0;

  constructor(runSeed: number | string, name: string) {
    this.name = name;
    const state = seedrandom.alea(`${runSeed}/${name}`, { state: true }).state();
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
    this.c = state.c;
  }

  /** A uniform variate in [0, 1) with 32 bits of resolution. */
  uniform(): number {
    const t = 2091639 * this.s0 + this.c * INV_2_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    return (this.s2 = t - this.c);
  }

  /** A uniform variate in (0, 1]: safe to take the logarithm of. */
  uniformOpenZero(): number {
    return 1 - this.uniform();
  }

  /** An exponential variate with the given mean (same unit as the mean). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.uniform());
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }
}
