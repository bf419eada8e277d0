import type { Topology } from '../Topology.js';
import { S_GALERA } from '../services.js';

/**
 * The network between the nodes: whether it is split, each node's side of the cut
 * (reachability holds within a side; the ELB still reaches every web node), and when
 * HAProxy on the cut-off side will have given up on backends across the cut.
 */
export class Network {
  /** Partition side of each node (0 or 1), while `partitioned`. */
  readonly side: Uint8Array;
  partitioned = false;
  /** When HAProxy on the cut-off side will have given up on backends across the cut (Infinity when whole). */
  detectAtS = Infinity;

  constructor(
    private readonly t: Topology,
    /** Services running per node (S_* bits), Health's. */
    private readonly up: Uint8Array,
  ) {
    this.side = new Uint8Array(t.nodeCount);
  }

  /** Whether node `a` can reach node `b`. */
  reachable(a: number, b: number): boolean {
    return !this.partitioned || this.side[a] === this.side[b];
  }

  /** The side with more database nodes up (Galera's majority); 0 on a tie. */
  majoritySide(): number {
    let one = 0;
    let zero = 0;
    for (const n of this.t.dbNodes) if (this.up[n] & S_GALERA) this.side[n] ? one++ : zero++;
    return one > zero ? 1 : 0;
  }

  /** Nodes `cut` lose contact with the others. */
  split(cut: readonly number[]): void {
    this.side.fill(0);
    for (const n of cut) this.side[n] = 1;
    this.partitioned = true;
  }

  /** The cut heals. */
  heal(): void {
    this.partitioned = false;
    this.detectAtS = Infinity;
  }
}
