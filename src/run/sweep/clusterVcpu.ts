import type { Scenario } from '../../scenario/Scenario.js';

/** vCPUs of the cluster a scenario starts with: 3 nodes of the tier, or the scaled architecture's web and core nodes. */
export function clusterVcpu(s: Scenario): number {
  const a = s.cluster.architecture;
  return a.kind === 'scaled' ? a.webNodes * a.webNode.vcpu + 3 * a.coreNode.vcpu : 3 * s.cluster.tier.vcpuPerNode;
}
