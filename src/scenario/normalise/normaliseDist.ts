import type { z } from 'zod';
import type { phpCpuSchema } from '../schema/phpCpuSchema.js';
import type { DistSpec } from '../Scenario.js';
import { parseDurationS } from '../units.js';

export type RawDist = z.output<typeof phpCpuSchema>;

/** A validated `phpCpu` as a DistSpec in seconds; a bare duration is deterministic. */
export function normaliseDist(raw: RawDist): DistSpec {
  if (typeof raw !== 'object') return { dist: 'deterministic', valueS: parseDurationS(raw) };
  switch (raw.dist) {
    case 'deterministic':
      return { dist: 'deterministic', valueS: parseDurationS(raw.value) };
    case 'exponential':
      return { dist: 'exponential', meanS: parseDurationS(raw.mean) };
    case 'uniform':
      return { dist: 'uniform', minS: parseDurationS(raw.min), maxS: parseDurationS(raw.max) };
    case 'lognormal':
      return { dist: 'lognormal', meanS: parseDurationS(raw.mean), p95S: parseDurationS(raw.p95) };
    case 'gamma':
      return { dist: 'gamma', meanS: parseDurationS(raw.mean), cv: raw.cv };
  }
}
