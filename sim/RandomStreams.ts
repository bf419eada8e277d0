import { RandomStream } from './RandomStream.js';

/**
 * The named random streams of one run. `stream(name)` derives the stream's seed from
 * the run seed and the name only, so adding a stream never shifts another, and the
 * same name in two runs with one seed gives the same draws (common random numbers).
 */
export class RandomStreams {
  readonly seed: number | string;
  private readonly made = new Map<string, RandomStream>();

  constructor(seed: number | string) {
    this.seed = seed;
  }

  /** The stream for `name`, created on first use; one name always gives one stream. */
  stream(name: string): RandomStream {
    let s = this.made.get(name);
    if (s === undefined) {
      s = new RandomStream(this.seed, name);
      this.made.set(name, s);
    }
    return s;
  }
}
