import type { Distribution } from '../../sim/distributions/Distribution.js';
import { Deterministic } from '../../sim/distributions/Deterministic.js';
import { Exponential } from '../../sim/distributions/Exponential.js';
import { Uniform } from '../../sim/distributions/Uniform.js';
import { LogNormal } from '../../sim/distributions/LogNormal.js';
import { Gamma } from '../../sim/distributions/Gamma.js';
import type { ModelInput, ClassInput, QueueInput, TimelineInput } from '../model/ModelInput.js';
import { nodeNumbering } from '../scenario/normalise/nodeNumbering.js';
import { AZS, type ClassName, type RabbitMq, type Scenario, type DistSpec } from '../scenario/Scenario.js';
import { SERVICE_BIT } from '../model/services.js';
import { DB_PART } from '../model/Topology.js';
import { BACKUP_RETENTION } from '../scenario/normalise/defaults.js';

/** A scenario's distribution as a sampler. */
export function toDistribution(d: DistSpec): Distribution {
  switch (d.dist) {
    case 'deterministic':
      return new Deterministic(d.valueS);
    case 'exponential':
      return new Exponential(d.meanS);
    case 'uniform':
      return new Uniform(d.minS, d.maxS);
    case 'lognormal':
      return LogNormal.fromMeanP95(d.meanS, d.p95S);
    case 'gamma':
      return Gamma.fromMeanCv(d.meanS, d.cv);
  }
}



/**
 * Compiles a normalised scenario into the model's input: classes become indices in the
 * scenario's order (the built-ins, then its own), distributions become samplers, a disabled CDN or an
 * uncacheable class gets hit ratio 0.
 */
export function compileScenario(s: Scenario): ModelInput {
  const names = Object.keys(s.classes);
  const classIndex = (c: ClassName): number => names.indexOf(c);
  const classes: ClassInput[] = names.map((name) => {
    const d = s.classes[name];
    return {
      name,
      phpCpu: toDistribution(d.phpCpu),
      dbReads: d.dbReads,
      dbWrites: d.dbWrites,
      redisOps: d.redisOps,
      searches: d.searches,
      hitRatio: s.cdn.enabled && d.cacheable ? s.cdn.hitRatio[name] : 0,
      dbPart: DB_PART[d.dbPart],
      hotRowWrites: d.hotRowWrites,
      cdnObjects: s.mechanics.cdnObjects[name],
      pageAssets: d.pageAssets,
      isStatic: name === 'static',
    };
  });
  const c = s.cluster;
  const t = s.traffic;
  return {
    seed: s.seed,
    durationS: s.durationS,
    warmupS: s.warmupS,
    windowS: s.windowS,
    classes,
    staticClass: classIndex('static'),
    cluster: {
      node: { vcpu: c.tier.vcpuPerNode, ramGb: c.tier.ramGbPerNode },
      scaled: c.architecture.kind === 'scaled' ? { webNodes: c.architecture.webNodes, webNode: c.architecture.webNode, coreNode: c.architecture.coreNode } : null,
      autoscaling: c.autoscaling,
      multiWriter: c.db.writes === 'multi-writer',
      localReads: c.db.reads === 'local',
      splitParts: c.db.split.map((p) => DB_PART[p]),
      replicasPerSplit: c.db.replicasPerSplit,
      phpWorkersPerNode: c.phpWorkersPerNode,
      listenBacklog: c.listenBacklog,
      fastcgiReadTimeoutS: c.fastcgiReadTimeoutS,
      sameAzRttS: c.network.sameAzRttS,
      crossAzRttS: c.network.crossAzRttS,
      balancing: c.balancing,
      ...c.services,
    },
    // Without Fastly there is no edge and no Fastly ↔ origin leg: latency is measured at the load balancer.
    cdn: s.cdn.enabled ? { edgeLatencyS: s.cdn.edgeLatencyS, originRttS: s.cdn.originRttS, serveStale: s.cdn.serveStale } : { edgeLatencyS: 0, originRttS: 0, serveStale: false },
    traffic:
      t.kind === 'sessions'
        ? {
            kind: 'sessions',
            ratePerS: t.ratePerS,
            profile: t.profile,
            behaviourWeights: Object.values(t.behaviours),
            journeys: Object.keys(t.behaviours).map((b) => t.journeys[b].map(classIndex)),
            thinkBaseS: t.thinkTime.baseS,
            thinkJitterS: t.thinkTime.jitterS,
            assetsPerPage: t.assetsPerPage,
          }
        : { kind: 'requests', ratePerS: t.ratePerS, profile: t.profile, mix: names.map((k) => t.mix[k] ?? 0) },
    mechanics: {
      elb: s.mechanics.elb,
      haproxy: s.mechanics.haproxy,
      galera: s.mechanics.galera,
      sentinel: s.mechanics.sentinel,
      redisClientTimeoutS: s.mechanics.redisClientTimeoutS,
      redisReplication: s.mechanics.redisReplication,
      databaseBytes: s.mechanics.databaseBytes,
      backup: s.mechanics.backup,
      backupRetention: BACKUP_RETENTION,
      upscale: s.mechanics.upscale,
      scaleOut: s.mechanics.scaleOut,
    },
    queue: s.rabbitmq === undefined ? null : compileQueue(s, s.rabbitmq, names),
    timeline: s.events.flatMap((e): TimelineInput[] => {
      // Events the model reads as the scenario states them pass through (the type checker
      // holds each to the model's TimelineInput); only these three change form.
      switch (e.type) {
        case 'upscale':
          return [{ type: 'upscale', atS: e.atS, vcpu: e.to.vcpuPerNode, ramGb: e.to.ramGbPerNode }];
        case 'service-crash':
          return [{ type: 'service-crash', atS: e.atS, node: e.node, service: SERVICE_BIT[e.service], forS: e.forS }];
        case 'az-outage':
          return [{ type: 'az-outage', atS: e.atS, az: AZS.indexOf(e.az), forS: e.forS }];
        default:
          return [{ ...e }];
      }
    }),
  };
}

/** RabbitMQ's input: publish counts by class index; broker and consumers on the first core node. */
function compileQueue(s: Scenario, q: RabbitMq, classNames: readonly string[]): QueueInput {
  const firstCore = nodeNumbering(s.cluster.architecture).core[0] - 1;
  return {
    publish: classNames.map((c) => q.publish[c] ?? 0),
    brokerNode: firstCore,
    consumerNode: firstCore,
    processes: q.processes,
    cronEveryS: q.cronEveryS,
    maxMessages: q.maxMessages,
    messageCpuS: q.messageCpuS,
    messageDbCpuS: q.messageDbWrites * s.cluster.services.dbWriteCpuS,
  };
}
