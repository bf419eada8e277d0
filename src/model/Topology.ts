import type { ClusterInput, ModelInput, NodeSizeInput } from './ModelInput.js';

/** Database parts: the main database and, when split, checkout (quote) and sales. */
export const DB_MAIN = 0;
export const DB_CHECKOUT = 1;
export const DB_SALES = 2;
/** Each database part's number by the name scenario files use. */
export const DB_PART = { main: DB_MAIN, checkout: DB_CHECKOUT, sales: DB_SALES } as const;

/** Share of a VM's RAM PHP-FPM may use: the standard VM also runs MariaDB, Redis and search (ASSUMED). */
const PHP_RAM_SHARE_STANDARD = 0.5;
/** A scaled-architecture web node runs only NGINX + PHP-FPM (ASSUMED). */
const PHP_RAM_SHARE_WEB = 0.75;
/** PHP memory per storefront process, GB (commerce-operations `performance/software.md`). */
const PHP_PROCESS_GB = 0.25;

/** Spare web nodes: those the timeline's scale-outs and the autoscaling limit may add. */
export function spareWebNodes(input: ModelInput): number {
  const c = input.cluster;
  const autoscaled = c.autoscaling !== null && c.scaled !== null ? Math.max(0, c.autoscaling.maxWebNodes - c.scaled.webNodes) : 0;
  return input.timeline.reduce((n, e) => n + (e.type === 'web-scale-out' ? e.count : 0), 0) + autoscaled;
}

/**
 * `pm.max_children` when the scenario says `auto`: the sizing guidance "cores ≈
 * concurrent requests ÷ 2" (commerce-operations `performance/hardware.md`) gives 2 per
 * vCPU, capped by the RAM PHP may use at 256 MB a process.
 */
export function autoPhpWorkers(size: NodeSizeInput, dedicatedWebNode: boolean): number {
  const share = dedicatedWebNode ? PHP_RAM_SHARE_WEB : PHP_RAM_SHARE_STANDARD;
  return Math.max(1, Math.min(2 * size.vcpu, Math.floor((size.ramGb * share) / PHP_PROCESS_GB)));
}

/**
 * Where everything runs. Standard Pro: three VMs in three availability zones, each
 * with NGINX + PHP-FPM, a Galera node, search and Redis (the active master on VM 0).
 * Scaled: `webNodes` web VMs (AZ = index mod 3) plus three core VMs for the database,
 * Redis and search. Node ids index `vcpu`/`az`; the lists below hold node ids.
 */
export class Topology {
  nodeCount: number;
  readonly vcpu: number[];
  readonly az: number[];
  readonly webNodes: number[];
  readonly phpWorkers: number[];
  readonly dbNodes: number[];
  readonly redisNode: number;
  /** Search node serving each web node (by position in `webNodes`). */
  readonly searchNodeOfWeb: number[];
  /** Database node local to each web node: its own VM, or the core node in its AZ. */
  readonly localDbOfWeb: number[];
  /** Master node of each database part (main, checkout, sales). */
  readonly partMaster: number[];
  /** 1 for each database part (main, checkout, sales) that has its own master: read per request, so kept flat. */
  readonly isSplit: Uint8Array;
  /** Nodes serving a split part's reads: its master, then its read replicas. */
  readonly partReaders: number[][];
  /** Longest round trip between database nodes: the cost of a Galera commit, s. */
  readonly worstDbRttS: number;
  /** Web nodes (by position) that are not provisioned yet: added later by scale-out. */
  readonly spareWeb: number;
  private readonly sameAzRttS: number;
  private readonly crossAzRttS: number;

  /** `spareWebNodes`: web nodes a scale-out may add (scaled architecture), kept unprovisioned until then. */
  constructor(c: ClusterInput, spareWebNodes = 0) {
    this.spareWeb = c.scaled === null ? 0 : spareWebNodes;
    this.sameAzRttS = c.sameAzRttS;
    this.crossAzRttS = c.crossAzRttS;
    if (c.scaled === null) {
      this.nodeCount = 3;
      this.vcpu = [c.node.vcpu, c.node.vcpu, c.node.vcpu];
      this.az = [0, 1, 2];
      this.webNodes = [0, 1, 2];
      this.dbNodes = [0, 1, 2];
      this.phpWorkers = this.webNodes.map(() => c.phpWorkersPerNode ?? autoPhpWorkers(c.node, false));
      this.searchNodeOfWeb = [0, 1, 2];
      this.localDbOfWeb = [0, 1, 2];
    } else {
      const w = c.scaled.webNodes;
      this.nodeCount = w + 3;
      this.vcpu = [...Array<number>(w).fill(c.scaled.webNode.vcpu), ...Array<number>(3).fill(c.scaled.coreNode.vcpu)];
      this.az = [...Array.from({ length: w }, (_, i) => i % 3), 0, 1, 2];
      this.webNodes = Array.from({ length: w }, (_, i) => i);
      this.dbNodes = [w, w + 1, w + 2];
      this.phpWorkers = this.webNodes.map(() => c.phpWorkersPerNode ?? autoPhpWorkers(c.scaled!.webNode, true));
      // Spare web nodes follow the core nodes (ids w+3 …), continuing the AZ rotation.
      for (let i = 0; i < this.spareWeb; i++) {
        this.vcpu.push(c.scaled.webNode.vcpu);
        this.az.push((w + i) % 3);
        this.webNodes.push(w + 3 + i);
        this.phpWorkers.push(this.phpWorkers[0] ?? autoPhpWorkers(c.scaled.webNode, true));
      }
      this.nodeCount = w + 3 + this.spareWeb;
      this.searchNodeOfWeb = this.webNodes.map((n) => w + this.az[n]);
      this.localDbOfWeb = this.searchNodeOfWeb;
    }
    this.redisNode = this.dbNodes[0];
    this.partMaster = [this.dbNodes[0], c.splitParts.includes(DB_CHECKOUT) ? this.dbNodes[1] : this.dbNodes[0], c.splitParts.includes(DB_SALES) ? this.dbNodes[2] : this.dbNodes[0]];
    this.isSplit = Uint8Array.from([DB_MAIN, DB_CHECKOUT, DB_SALES], (p) => (p !== DB_MAIN && c.splitParts.includes(p) ? 1 : 0));
    this.partReaders = this.partMaster.map((master, part) => {
      if (part === DB_MAIN || !c.splitParts.includes(part)) return [master];
      const replicas = this.dbNodes.filter((n) => n !== master).slice(0, c.replicasPerSplit);
      return [master, ...replicas];
    });
    let worst = 0;
    for (const a of this.dbNodes) for (const b of this.dbNodes) worst = Math.max(worst, this.rttS(a, b));
    this.worstDbRttS = worst;
  }

  /** Network round trip between two nodes, s: none on one VM, else by availability zone. */
  rttS(a: number, b: number): number {
    if (a === b) return 0;
    return this.az[a] === this.az[b] ? this.sameAzRttS : this.crossAzRttS;
  }
}
