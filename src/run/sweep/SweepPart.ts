import type { Sweep, SweepCell } from '../../scenario/sweep/Sweep.js';
import type { CellResult } from './CellResult.js';
import type { Shard } from './shard.js';

export const PART_FORMAT = 'magesim-sweep-part';
export const PART_FORMAT_VERSION = 1;
export const PART_FILE = 'part.json';

/**
 * What one shard of a sweep found: the results of its cells, and what identifies the
 * sweep (a hash of the resolved sweep, its cells and magesim's version), so `merge`
 * refuses parts of different sweeps.
 */
export interface SweepPart {
  format: typeof PART_FORMAT;
  formatVersion: number;
  sweepHash: string;
  sweepName: string;
  shard: Shard;
  /** The resolved sweep and every cell of it in grid order, with each cell's total vCPU: what merge needs to write the report without the sweep's files. */
  sweep: Sweep;
  grid: SweepCell[];
  vcpus: number[];
  /** The results of this shard's cells, in grid order. */
  cells: CellResult[];
  /** Wall-clock seconds this shard took (timing only). */
  wallS: number;
}
