import type { RandomStream } from '../RandomStream.js';
import type { Distribution } from './Distribution.js';
import { describeParams } from './describeParams.js';
import { requireFinite } from './validate.js';

/** Always `value` (in the caller's unit); consumes no random draws. */
export class Deterministic implements Distribution {
  readonly value: number;
  readonly mean: number;
  readonly variance = 0;

  constructor(value: number) {
    requireFinite('Deterministic', 'value', value);
    this.value = value;
    this.mean = value;
  }

  sample(_rng: RandomStream): number {
    return this.value;
  }

  describe(): string {
    return describeParams('Deterministic', { value: this.value });
  }
}
