/**
 * Cross-field rules: checks that need several fields, after defaults are filled in.
 * Each rule looks at the normalised scenario and blames the field the user wrote (the
 * raw scenario says which fields were given).
 */
import { DEFAULT_DURATION_S, DEFAULT_WARMUP_S, DEFAULT_WINDOW_S, SCALED_MIN_VCPU_PER_NODE } from '../normalise/defaults.js';
import { DEFAULT_MECHANICS } from '../normalise/defaultMechanics.js';
import { durationText } from '../schema/defaultText.js';
import { describeWritten as written } from '../errors/describeValue.js';
import type { FieldPath, Problem } from '../errors/Problem.js';
import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { Scenario } from '../Scenario.js';
import type { ScenarioRule } from './ScenarioRule.js';
import { TIMELINE_RULES } from './timelineRules.js';
import { runFitsInMemory } from './runFitsRule.js';
import { rabbitmqCrashOnItsNode } from '../rabbitmq/rabbitmqRules.js';

export type { ScenarioRule } from './ScenarioRule.js';

const warmupBeforeEnd: ScenarioRule = {
  name: 'warmup is shorter than the run',
  check(s, raw) {
    if (s.warmupS < s.durationS) return [];
    const path: FieldPath = raw.warmup !== undefined ? ['warmup'] : ['duration'];
    return [
      {
        path,
        expected: `a warmup shorter than the duration (${written(raw.duration, durationText(DEFAULT_DURATION_S))})`,
        found: `warmup ${written(raw.warmup, durationText(DEFAULT_WARMUP_S))}`,
        hint: 'statistics discard the warmup, so nothing would be measured',
        related: [['warmup'], ['duration']],
      },
    ];
  },
};

const windowWithinRun: ScenarioRule = {
  name: 'a timeseries window fits in the run',
  check(s, raw) {
    if (s.windowS <= s.durationS) return [];
    const path: FieldPath = raw.window !== undefined ? ['window'] : ['duration'];
    return [
      {
        path,
        expected: `a window no longer than the duration (${written(raw.duration, durationText(DEFAULT_DURATION_S))})`,
        found: `window ${written(raw.window, durationText(DEFAULT_WINDOW_S))}`,
        related: [['window'], ['duration']],
      },
    ];
  },
};

const hotRowsAreWrites: ScenarioRule = {
  name: 'hot-row writes are among the writes',
  check(s, raw) {
    return Object.keys(s.classes).flatMap((c): Problem[] => {
      const { hotRowWrites, dbWrites } = s.classes[c];
      if (hotRowWrites <= dbWrites) return [];
      const field = raw.classes?.[c]?.hotRowWrites !== undefined ? 'hotRowWrites' : 'dbWrites';
      return [
        {
          path: ['classes', c, field],
          expected: `hotRowWrites ≤ dbWrites (${dbWrites})`,
          found: `hotRowWrites ${hotRowWrites}`,
          hint: `raise classes.${c}.dbWrites or lower hotRowWrites`,
          related: [
            ['classes', c, 'hotRowWrites'],
            ['classes', c, 'dbWrites'],
          ],
        },
      ];
    });
  },
};

const hitsOnlyWhenCacheable: ScenarioRule = {
  name: 'only cacheable classes hit the CDN cache',
  check(s) {
    return Object.keys(s.classes).flatMap((c): Problem[] => {
      if (s.classes[c].cacheable || s.cdn.hitRatio[c] === 0) return [];
      return [
        {
          path: ['cdn', 'hitRatio', c],
          expected: `hit ratio 0 for \`${c}\`, which is not cacheable`,
          found: String(s.cdn.hitRatio[c]),
          hint: `set classes.${c}.cacheable: true, or drop its hit ratio`,
          related: [['classes', c, 'cacheable']],
        },
      ];
    });
  },
};

const scaledNeedsPro48: ScenarioRule = {
  name: 'scaled architecture needs Pro48 or larger',
  check(s) {
    const { tier, architecture } = s.cluster;
    if (architecture.kind !== 'scaled' || tier.vcpuPerNode >= SCALED_MIN_VCPU_PER_NODE) return [];
    const tierText = tier.name === 'custom' ? `a custom tier of ${tier.vcpuPerNode} vCPU per node` : tier.name;
    return [
      {
        path: ['cluster', 'architecture'],
        expected: `architecture standard on ${tierText}`,
        found: 'scaled',
        hint: `Adobe offers the scaled architecture on Pro48 and up (≥ ${SCALED_MIN_VCPU_PER_NODE} vCPU per node); raise cluster.tier or use standard`,
        related: [['cluster', 'tier']],
      },
    ];
  },
};

const autoscalingOnScaled: ScenarioRule = {
  name: 'autoscaling only on the scaled architecture, with min ≤ webNodes ≤ max',
  check(s, raw) {
    const given = raw.cluster?.autoscaling;
    if (given === undefined || given === false) return [];
    const { architecture, autoscaling } = s.cluster;
    if (architecture.kind !== 'scaled' || autoscaling === null) {
      return [
        {
          path: ['cluster', 'autoscaling'],
          expected: 'autoscaling only with the scaled architecture',
          found: 'autoscaling on the standard architecture',
          hint: 'Adobe autoscales the web tier of the scaled architecture only: set cluster.architecture: scaled, or use an upscale event',
          related: [['cluster', 'architecture']],
        },
      ];
    }
    const map = typeof given === 'object' ? given : {};
    const { minWebNodes: min, maxWebNodes: max } = autoscaling;
    const web = architecture.webNodes;
    const problems: Problem[] = [];
    if (min > web) {
      problems.push({
        path: ['cluster', 'autoscaling', 'minWebNodes'],
        expected: `at most the web nodes the cluster starts with (${web})`,
        found: `${min}`,
        hint: 'raise cluster.architecture.scaled.webNodes instead',
        related: [['cluster', 'architecture']],
      });
    }
    if (max < web) {
      problems.push({
        path: map.maxWebNodes !== undefined ? ['cluster', 'autoscaling', 'maxWebNodes'] : ['cluster', 'autoscaling'],
        expected: `maxWebNodes at least the web nodes the cluster starts with (${web})`,
        found: `${max}`,
        related: [['cluster', 'architecture']],
      });
    }
    return problems;
  },
};

/** A split master's read replicas live on the other two database nodes. */
export const MAX_REPLICAS_PER_SPLIT = 2;

const replicasFitTheCluster: ScenarioRule = {
  name: 'read replicas of a split master fit on the other database nodes',
  check(s) {
    const n = s.cluster.db.replicasPerSplit;
    if (n === 0) return [];
    if (s.cluster.db.split.length === 0) {
      return [
        {
          path: ['cluster', 'db', 'replicasPerSplit'],
          expected: 'replicas only with a split database (db.split: [checkout] or [checkout, sales])',
          found: `replicasPerSplit ${n} with no split`,
          hint: 'the main database is a Galera cluster: every node already serves reads',
        },
      ];
    }
    if (n <= MAX_REPLICAS_PER_SPLIT) return [];
    return [
      {
        path: ['cluster', 'db', 'replicasPerSplit'],
        expected: `at most ${MAX_REPLICAS_PER_SPLIT} (one on each of the other database nodes)`,
        found: `${n}`,
      },
    ];
  },
};

const failoverMinWithinMax: ScenarioRule = {
  name: 'the shortest Sentinel failover is no longer than the longest',
  check(s, raw) {
    const { failoverMinS, failoverMaxS } = s.mechanics.sentinel;
    if (failoverMinS <= failoverMaxS) return [];
    const failover = raw.mechanics?.sentinel?.failover;
    const min = written(failover?.min, durationText(DEFAULT_MECHANICS.sentinel.failoverMinS));
    const max = written(failover?.max, durationText(DEFAULT_MECHANICS.sentinel.failoverMaxS));
    const blameMax = failover?.max !== undefined || failover?.min === undefined;
    return [
      {
        path: ['mechanics', 'sentinel', 'failover', blameMax ? 'max' : 'min'],
        expected: blameMax ? `a failover max ≥ min (${min})` : `a failover min ≤ max (${max})`,
        found: blameMax ? `max ${max}` : `min ${min}`,
        hint: 'a failover takes a time drawn uniformly between min and max',
        related: [
          ['mechanics', 'sentinel', 'failover', 'min'],
          ['mechanics', 'sentinel', 'failover', 'max'],
        ],
      },
    ];
  },
};

export const SCENARIO_RULES: readonly ScenarioRule[] = [
  warmupBeforeEnd,
  windowWithinRun,
  hotRowsAreWrites,
  hitsOnlyWhenCacheable,
  scaledNeedsPro48,
  autoscalingOnScaled,
  replicasFitTheCluster,
  failoverMinWithinMax,
  ...TIMELINE_RULES,
  rabbitmqCrashOnItsNode,
  runFitsInMemory,
];

/** Every rule's problems, in rule order. */
export function checkScenarioRules(scenario: Scenario, raw: RawScenario): Problem[] {
  return SCENARIO_RULES.flatMap((rule) => rule.check(scenario, raw));
}
