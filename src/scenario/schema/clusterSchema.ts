/** Schema of the `cluster` section: tier, architecture, database, PHP-FPM, network, services. */
import { z } from 'zod';
import { BALANCING, DB_READ_MODES, DB_SPLITS, DB_WRITE_MODES, TIER_NAMES } from '../Scenario.js';
import {
  countSchema,
  durationSchema,
  enumSchema,
  fractionSchema,
  positiveNumberSchema,
} from './unitSchemas.js';
import { durationText, percentText, withDefault } from './defaultText.js';
import { DEFAULT_AUTOSCALING, DEFAULT_DB, DEFAULT_FASTCGI_READ_TIMEOUT_S, DEFAULT_LISTEN_BACKLOG, DEFAULT_NETWORK, DEFAULT_SCALED, DEFAULT_SERVICES, DEFAULT_TIER, MIN_SCALED_WEB_NODES, TIER_SIZES } from '../normalise/defaults.js';

/** A node size as descriptions write it: `8 vCPU, 16 GB`. */
const nodeText = (n: { vcpu: number; ramGb: number }, between: string): string => `${n.vcpu} vCPU${between}${n.ramGb} GB`;

export const TIER_EXPECTED = `a tier: ${TIER_NAMES.join(', ')}, or { vcpuPerNode, ramGbPerNode }`;

/** A plan name or a custom node size, without a description: each use gives its own. */
export const tierValueSchema = z.union(
  [
    z.enum(TIER_NAMES),
    z.strictObject(
      {
        vcpuPerNode: countSchema(1, 'vCPUs of each of the three nodes.'),
        ramGbPerNode: positiveNumberSchema('RAM of each of the three nodes, GB.'),
      },
      { error: TIER_EXPECTED },
    ),
  ],
  { error: TIER_EXPECTED },
);

/** `Pro12 (4 vCPU / 16 GB per node), Pro24 (8/32), …`, from the table of plans. */
const tierList = Object.entries(TIER_SIZES)
  .map(([name, t], i) => `${name} (${t.vcpuPerNode}${i === 0 ? ' vCPU / ' : '/'}${t.ramGbPerNode}${i === 0 ? ' GB per node' : ''})`)
  .join(', ');

const tierSchema = tierValueSchema.describe(`Adobe Commerce Cloud Pro plan: ${tierList}, or a custom { vcpuPerNode, ramGbPerNode }. Default ${DEFAULT_TIER}.`);

const nodeSizeSchema = (what: string) =>
  z
    .strictObject(
      {
        vcpu: countSchema(1, `vCPUs of a ${what}.`).optional(),
        ramGb: positiveNumberSchema(`RAM of a ${what}, GB.`).optional(),
      },
      { error: `a node size { vcpu, ramGb }` },
    )
    .optional();

const ARCHITECTURE_EXPECTED = 'standard, scaled, or { scaled: { webNodes, webNode, coreNode } }';

const architectureSchema = z
  .union(
    [
      z.enum(['standard', 'scaled']),
      z.strictObject(
        {
          scaled: z
            .strictObject(
              {
                webNodes: countSchema(MIN_SCALED_WEB_NODES, withDefault(`Web (NGINX + PHP-FPM) nodes; at least ${MIN_SCALED_WEB_NODES}.`, DEFAULT_SCALED.webNodes)).optional(),
                webNode: nodeSizeSchema(`web node (default c5.2xlarge: ${nodeText(DEFAULT_SCALED.webNode, ', ')})`).describe(
                  `Size of each web node. Default c5.2xlarge: ${nodeText(DEFAULT_SCALED.webNode, ' / ')}.`,
                ),
                coreNode: nodeSizeSchema(`core node (default m5.2xlarge: ${nodeText(DEFAULT_SCALED.coreNode, ', ')})`).describe(
                  `Size of each of the 3 core nodes (database, Redis, search). Default m5.2xlarge: ${nodeText(DEFAULT_SCALED.coreNode, ' / ')}.`,
                ),
              },
              { error: 'a map { webNodes, webNode, coreNode }' },
            )
            .describe('Scaled architecture: separate web nodes in front of 3 core nodes.'),
        },
        { error: ARCHITECTURE_EXPECTED },
      ),
    ],
    { error: ARCHITECTURE_EXPECTED },
  )
  .describe('standard (3 nodes run everything) or scaled (Pro48 and up only). Default standard.');

const AUTOSCALING_EXPECTED = 'true, false, or a map { minWebNodes, maxWebNodes, checkEvery, scaleOut, scaleIn }';

const autoscalingSchema = z
  .union(
    [
      z.boolean({ error: AUTOSCALING_EXPECTED }),
      z.strictObject(
        {
          minWebNodes: countSchema(3, 'Fewest web nodes the policy keeps. Default: architecture.scaled.webNodes.').optional(),
          maxWebNodes: countSchema(3, `Most web nodes the contract allows. Default: webNodes + ${DEFAULT_AUTOSCALING.extraWebNodes} (ASSUMED).`).optional(),
          checkEvery: durationSchema('positive', `How often the policy looks at CPU and traffic. Default ${durationText(DEFAULT_AUTOSCALING.checkEveryS)} (ASSUMED).`).optional(),
          scaleOut: z
            .strictObject(
              {
                cpuAbove: fractionSchema(withDefault('Mean CPU of the active web nodes that triggers a scale-out.', percentText(DEFAULT_AUTOSCALING.scaleOut.cpuAbove))).optional(),
                for: durationSchema('positive', withDefault('How long CPU must stay above it.', durationText(DEFAULT_AUTOSCALING.scaleOut.forS))).optional(),
                trafficGrowth: fractionSchema(withDefault('Growth of origin traffic needed as well.', percentText(DEFAULT_AUTOSCALING.scaleOut.trafficGrowth))).optional(),
                growthOver: durationSchema('positive', withDefault('Traffic over this span is compared with the same span before it.', durationText(DEFAULT_AUTOSCALING.scaleOut.growthOverS))).optional(),
              },
              { error: 'a map { cpuAbove, for, trafficGrowth, growthOver }' },
            )
            .optional()
            .describe('When a web node is added.'),
          scaleIn: z
            .strictObject(
              {
                cpuBelow: fractionSchema(withDefault('Mean CPU of the active web nodes at or below which one is removed.', percentText(DEFAULT_AUTOSCALING.scaleIn.cpuBelow))).optional(),
                for: durationSchema('positive', withDefault('How long CPU must stay at or below it.', durationText(DEFAULT_AUTOSCALING.scaleIn.forS))).optional(),
              },
              { error: 'a map { cpuBelow, for }' },
            )
            .optional()
            .describe('When a web node is removed (nodes leave in the order they were added).'),
        },
        { error: AUTOSCALING_EXPECTED },
      ),
    ],
    { error: AUTOSCALING_EXPECTED },
  )
  .optional()
  .describe(
    'Web-tier autoscaling (scaled architecture only): true for the documented thresholds, or a map overriding them. Default off.',
  );

const dbSchema = z
  .strictObject(
    {
      writes: enumSchema(
        DB_WRITE_MODES,
        'single-writer: Cloud proxies all writes to one elected Galera node (default); multi-writer: every node accepts writes.',
      ).optional(),
      reads: enumSchema(
        DB_READ_MODES,
        'Where main-database reads go: main (the elected node behind port 3306) or local (the web node\'s own node, through the read-only port 3304). Default main.',
      ).optional(),
      split: z
        .array(enumSchema(DB_SPLITS, 'A part of the schema with its own master database.'), {
          error: `a list of ${DB_SPLITS.join(', ')}`,
        })
        .superRefine((parts, ctx) => {
          parts.forEach((part, i) => {
            if (parts.indexOf(part) !== i) {
              ctx.addIssue({ code: 'custom', path: [i], message: 'each part at most once', input: part });
            }
          });
        })
        .optional()
        .describe('Split database: parts (checkout, sales) with their own master. Default none.'),
      replicasPerSplit: countSchema(0, withDefault('Read replicas of each split master.', DEFAULT_DB.replicasPerSplit)).optional(),
    },
    { error: 'a map { writes, reads, split, replicasPerSplit }' },
  )
  .optional()
  .describe('Galera database: write mode and split.');

const phpSchema = z
  .strictObject(
    {
      workersPerNode: z
        .union([z.literal('auto'), countSchema(1, 'pm.max_children.')], { error: 'auto or a whole number ≥ 1' })
        .optional()
        .describe('PHP-FPM pm.max_children per web node; auto derives it from vCPU and RAM. Default auto.'),
      listenBacklog: countSchema(0, withDefault('PHP-FPM listen.backlog: requests that may wait for a worker.', DEFAULT_LISTEN_BACKLOG)).optional(),
      fastcgiReadTimeout: durationSchema('positive', withDefault('NGINX fastcgi_read_timeout: a request unanswered this long gets 504.', durationText(DEFAULT_FASTCGI_READ_TIMEOUT_S))).optional(),
    },
    { error: 'a map { workersPerNode, listenBacklog, fastcgiReadTimeout }' },
  )
  .optional()
  .describe('NGINX and PHP-FPM settings.');

const networkSchema = z
  .strictObject(
    {
      sameAzRtt: durationSchema('nonnegative', withDefault('Round trip between processes in one availability zone.', durationText(DEFAULT_NETWORK.sameAzRttS))).optional(),
      crossAzRtt: durationSchema('nonnegative', withDefault('Round trip between availability zones.', durationText(DEFAULT_NETWORK.crossAzRttS))).optional(),
    },
    { error: 'a map { sameAzRtt, crossAzRtt }' },
  )
  .optional()
  .describe('Network round-trip times.');

const servicesSchema = z
  .strictObject(
    {
      redisOp: durationSchema('nonnegative', withDefault('One Redis operation on the master thread.', durationText(DEFAULT_SERVICES.redisOpS))).optional(),
      dbReadCpu: durationSchema('nonnegative', withDefault('CPU of one database read query.', durationText(DEFAULT_SERVICES.dbReadCpuS))).optional(),
      dbWriteCpu: durationSchema('nonnegative', withDefault('CPU of one write transaction on the writer.', durationText(DEFAULT_SERVICES.dbWriteCpuS))).optional(),
      dbApplyCpu: durationSchema('nonnegative', withDefault('CPU to apply a replicated write-set on another node.', durationText(DEFAULT_SERVICES.dbApplyCpuS))).optional(),
      dbThreadsPerNode: countSchema(1, withDefault('Concurrent database queries per node.', DEFAULT_SERVICES.dbThreadsPerNode)).optional(),
      searchCpu: durationSchema('nonnegative', withDefault('CPU of one search query.', durationText(DEFAULT_SERVICES.searchCpuS))).optional(),
      searchThreadsPerNode: countSchema(1, withDefault('Concurrent search queries per node.', DEFAULT_SERVICES.searchThreadsPerNode)).optional(),
      certification: durationSchema('nonnegative', withDefault('Galera certification of one write-set.', durationText(DEFAULT_SERVICES.certificationS))).optional(),
    },
    { error: 'a map of service times' },
  )
  .optional()
  .describe('Service times of the back-end services (all ASSUMED defaults; see docs/assumptions.md).');

export const clusterSchema = z
  .strictObject(
    {
      tier: tierSchema.optional(),
      architecture: architectureSchema.optional(),
      autoscaling: autoscalingSchema,
      db: dbSchema,
      php: phpSchema,
      network: networkSchema,
      balancing: enumSchema(BALANCING, 'How HAProxy spreads requests over web nodes. Default round-robin.').optional(),
      services: servicesSchema,
    },
    { error: 'a map of cluster settings' },
  )
  .optional()
  .describe('The Pro cluster: tier, architecture, database, PHP-FPM, network, back-end services.');
