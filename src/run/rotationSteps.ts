import { ROTATION_LOG } from '../model/timeline/RollingUpscale.js';
import type { EventRow } from './RunSummary.js';

/** One node's turn in a rolling upscale: from leaving the load balancer to serving again. */
export interface RotationStep {
  /** 0-based, as in the log. */
  node: number;
  startS: number;
  /** Null when the run ended first. */
  endS: number | null;
}

/** The rotation steps of one replication's log, in time order. */
export function rotationSteps(log: readonly EventRow[], replication = 1): RotationStep[] {
  const steps: RotationStep[] = [];
  const open = new Map<number, RotationStep>();
  for (const e of log) {
    if (e.replication !== replication || e.component !== ROTATION_LOG.component) continue;
    if (e.event === ROTATION_LOG.started) {
      const step = { node: e.node, startS: e.atS, endS: null };
      open.set(e.node, step);
      steps.push(step);
    } else if (e.event === ROTATION_LOG.ended) {
      const step = open.get(e.node);
      if (step !== undefined) step.endS = e.atS;
      open.delete(e.node);
    }
  }
  return steps;
}
