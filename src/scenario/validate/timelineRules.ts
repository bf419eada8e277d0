/**
 * Rules of the timeline (`events`): events fall inside the run, name nodes the cluster
 * has, and make sense in time order (a node crashes before it recovers, each upscale
 * grows the tier). Each blames the field of the event in the file, `events[i]…`.
 */
import { describeWritten as written } from '../errors/describeValue.js';
import { fieldOf, type PlacedEvent, placeEvents } from '../normalise/normaliseEvents.js';
import { type NodeNumbering, nodeNumbering, nodeRange } from '../normalise/nodeNumbering.js';
import type { FieldPath, Problem } from '../errors/Problem.js';
import type { Scenario, Tier } from '../Scenario.js';
import type { ScenarioRule } from './ScenarioRule.js';
import { DEFAULT_DURATION_S } from '../normalise/defaults.js';
import { restoresWithinRetention } from '../restore/restoreRules.js';
import { durationText } from '../schema/defaultText.js';

const ARCHITECTURE: FieldPath = ['cluster', 'architecture'];


/** `20m` as written; a bare number is seconds. */
function atText(p: PlacedEvent): string {
  return typeof p.raw.at === 'number' ? `${p.raw.at}s` : p.raw.at;
}

/** `the node-crash at 20m (events[0])` */
function eventText(p: PlacedEvent): string {
  return `the ${p.raw.type} at ${atText(p)} (events[${p.index}])`;
}

/** The nodes an event names, 1-based as written, with where each is written. */
function namedNodes(p: PlacedEvent): { node: number; path: FieldPath }[] {
  const e = p.raw;
  if ('node' in e) return [{ node: e.node, path: fieldOf(p, 'node') }];
  if (e.type === 'partition') return e.nodes.map((node, j) => ({ node, path: fieldOf(p, 'nodes', j) }));
  return [];
}

const exists = (node: number, nodes: NodeNumbering) => node <= nodes.count;

const eventsDuringTheRun: ScenarioRule = {
  name: 'events happen during the run',
  check(s, raw) {
    return placeEvents(raw.events)
      .filter((p) => p.event.atS >= s.durationS)
      .map((p) => ({
        path: fieldOf(p, 'at'),
        expected: `a time before the end of the run (duration ${written(raw.duration, durationText(DEFAULT_DURATION_S))})`,
        found: `at ${atText(p)}`,
        hint: 'an event at or after the end never happens: move it earlier or lengthen the run',
        related: [['duration']],
      }));
  },
};

const nodesExist: ScenarioRule = {
  name: 'events name nodes the cluster has',
  check(s, raw) {
    const nodes = nodeNumbering(s.cluster.architecture);
    return placeEvents(raw.events).flatMap((p) =>
      namedNodes(p)
        .filter(({ node }) => !exists(node, nodes))
        .map(({ node, path }) => ({
          path,
          expected: `a node from 1 to ${nodes.count}: the ${s.cluster.architecture.kind} architecture has ${nodes.text}`,
          found: `node ${node}`,
          related: [ARCHITECTURE],
        })),
    );
  },
};

const servicesOnTheirNodes: ScenarioRule = {
  name: 'a service crashes on a node that runs it',
  check(s, raw) {
    if (s.cluster.architecture.kind !== 'scaled') return [];
    const nodes = nodeNumbering(s.cluster.architecture);
    return placeEvents(raw.events).flatMap((p): Problem[] => {
      // RabbitMQ's node has a rule of its own (rabbitmqRules).
      if (p.raw.type !== 'service-crash' || p.raw.service === 'rabbitmq' || !exists(p.raw.node, nodes)) return [];
      const { node, service } = p.raw;
      const onWeb = service === 'php';
      const isWeb = node <= nodes.web[1];
      if (onWeb === isWeb) return [];
      const [want, range] = onWeb ? ['web', nodes.web] : ['core', nodes.core];
      return [
        {
          path: fieldOf(p, 'node'),
          expected: `a ${want} node (${nodeRange(range)}): ${service} runs on the ${want} nodes of the scaled architecture`,
          found: `node ${node}, a ${isWeb ? 'web' : 'core'} node`,
          related: [ARCHITECTURE],
        },
      ];
    });
  },
};

const partitionsLeaveTheRest: ScenarioRule = {
  name: 'a partition cuts off some nodes, not all',
  check(s, raw) {
    const nodes = nodeNumbering(s.cluster.architecture);
    return placeEvents(raw.events).flatMap((p): Problem[] => {
      if (p.raw.type !== 'partition') return [];
      const listed = p.raw.nodes;
      if (listed.length < nodes.count || !listed.every((n) => exists(n, nodes))) return [];
      return [
        {
          path: fieldOf(p, 'nodes'),
          expected: `some of the nodes, not all ${nodes.count}`,
          found: `every node (${nodes.text})`,
          hint: 'a partition splits the cluster in two: the listed nodes and the rest',
          related: [ARCHITECTURE],
        },
      ];
    });
  },
};

/** `Pro48 (16 vCPU per node)`, `a custom tier of 12 vCPU per node`. */
function tierText(tier: Tier): string {
  const vcpu = `${tier.vcpuPerNode} vCPU per node`;
  return tier.name === 'custom' ? `a custom tier of ${vcpu}` : `${tier.name} (${vcpu})`;
}

const upscaleOnStandard: ScenarioRule = {
  name: 'upscale only on the standard architecture',
  check(s, raw) {
    if (s.cluster.architecture.kind !== 'scaled') return [];
    return placeEvents(raw.events)
      .filter((p) => p.raw.type === 'upscale')
      .map((p) => ({
        path: fieldOf(p, 'type'),
        expected: 'no upscale with the scaled architecture',
        found: '`upscale`',
        hint: 'scaled web nodes scale out instead: use web-scale-out',
        related: [ARCHITECTURE],
      }));
  },
};

const upscalesGrowTheTier: ScenarioRule = {
  name: 'each upscale grows the tier',
  check(s, raw) {
    if (s.cluster.architecture.kind === 'scaled') return [];
    const problems: Problem[] = [];
    let tier = s.cluster.tier;
    let since: PlacedEvent | undefined;
    for (const p of placeEvents(raw.events)) {
      if (p.event.type !== 'upscale') continue;
      const to = p.event.to;
      if (to.vcpuPerNode > tier.vcpuPerNode) {
        [tier, since] = [to, p];
        continue;
      }
      const which = since === undefined ? "the cluster's tier" : `the tier after ${eventText(since)}`;
      problems.push({
        path: fieldOf(p, 'to'),
        expected: `a tier larger than ${tierText(tier)}, ${which}`,
        found: tierText(to),
        hint: 'an upscale grows every node: name a tier with more vCPU per node',
        related: [since === undefined ? ['cluster', 'tier'] : fieldOf(since, 'to')],
      });
    }
    return problems;
  },
};

const webScaleOutOnScaled: ScenarioRule = {
  name: 'web-scale-out only on the scaled architecture',
  check(s, raw) {
    if (s.cluster.architecture.kind === 'scaled') return [];
    return placeEvents(raw.events)
      .filter((p) => p.raw.type === 'web-scale-out')
      .map((p) => ({
        path: fieldOf(p, 'type'),
        expected: 'web-scale-out only with the scaled architecture',
        found: '`web-scale-out` on the standard architecture',
        hint: 'standard nodes scale up instead: use upscale, or set cluster.architecture: scaled',
        related: [ARCHITECTURE],
      }));
  },
};

/** A node-crash of a node that is down, or a node-recover of one that is up, in time order. */
function crashRecoverProblems(s: Scenario, events: PlacedEvent[]): Problem[] {
  const nodes = nodeNumbering(s.cluster.architecture);
  const crashed = new Map<number, PlacedEvent>();
  const recovered = new Map<number, PlacedEvent>();
  const problems: Problem[] = [];
  for (const p of events) {
    if ((p.raw.type !== 'node-crash' && p.raw.type !== 'node-recover') || !exists(p.raw.node, nodes)) continue;
    const node = p.raw.node;
    const crash = crashed.get(node);
    if (p.raw.type === 'node-crash' && crash !== undefined) {
      problems.push({
        path: fieldOf(p, 'node'),
        expected: 'a node that is up',
        found: `node ${node}, down since ${eventText(crash)}`,
        hint: 'recover it first with a node-recover',
      });
    } else if (p.raw.type === 'node-crash') {
      crashed.set(node, p);
    } else if (crash === undefined) {
      const recovery = recovered.get(node);
      problems.push({
        path: fieldOf(p, 'node'),
        expected: 'a node that is down: crashed by an earlier node-crash and not yet recovered',
        found:
          recovery === undefined
            ? `node ${node}, which is up at ${atText(p)}`
            : `node ${node}, already recovered by ${eventText(recovery)}`,
        hint: 'a node-recover follows a node-crash of the same node; events at the same time keep their file order',
      });
    } else {
      crashed.delete(node);
      recovered.set(node, p);
    }
  }
  return problems;
}

const crashesThenRecoveries: ScenarioRule = {
  name: 'a node crashes while up and recovers while down',
  check(s, raw) {
    return crashRecoverProblems(s, placeEvents(raw.events));
  },
};

export const TIMELINE_RULES: readonly ScenarioRule[] = [
  eventsDuringTheRun,
  nodesExist,
  servicesOnTheirNodes,
  partitionsLeaveTheRest,
  upscaleOnStandard,
  upscalesGrowTheTier,
  webScaleOutOnScaled,
  restoresWithinRetention,
  crashesThenRecoveries,
];
