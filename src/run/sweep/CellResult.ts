import type { CheckBounds } from './probeVerdict.js';
import type { ReplicationFigures } from './ReplicationFigures.js';

/** `true` met with the sweep's confidence, `false` missed with it, `inconclusive` neither within the replications allowed. */
export type SloMet = 'true' | 'false' | 'inconclusive';

/** Replications of one cell at one load (a grid cell has one probe, at the scenario's own load). */
export interface ProbeResult {
  /** The load field's value (in the frontier's unit); null for a grid cell. */
  load: number | null;
  reps: ReplicationFigures[];
  sloMet: SloMet;
  bounds: CheckBounds[];
  /** The SLO figure that decided: the one missed by most (a miss), or the closest to its target (a pass, or inconclusive). */
  limiting: string;
}

/** What a cell found: its probes, and with a frontier the certified bracket of its capacity. */
export interface CellResult {
  key: string;
  index: number;
  probes: ProbeResult[];
  /** Highest load certified to meet the SLO; null when even the range's lowest load did not. */
  capacityLo: number | null;
  /** Lowest load certified to miss it; null when none in the range did. */
  capacityHi: number | null;
  /** The busiest resource at the lowest load that did not meet the SLO (at the highest load tried when all met it). */
  bottleneck: string;
}
