/**
 * Schema of the `events` section: the timeline of failures and operations, one strict
 * map per event, told apart by `type`. Checks that need the cluster or the order of
 * the timeline (nodes that exist, crash before recover, a larger tier) are rules
 * (timelineRules).
 */
import { z } from 'zod';
import { tierValueSchema } from './clusterSchema.js';
import { AZS, SERVICES } from '../Scenario.js';
import { countSchema, durationSchema, enumSchema } from './unitSchemas.js';
import { OLDEST_BACKUP_S } from '../normalise/defaults.js';

const NODE_EXPECTED = 'a node number: a whole number ≥ 1 (node 1 is the first)';

const at = durationSchema('nonnegative', 'When it happens, since the start of the run; before `duration`.');

const forSchema = (what: string) => durationSchema('positive', what);

function nodeSchema(description: string) {
  const error = NODE_EXPECTED;
  return z.number({ error }).int({ error }).min(1, { error }).describe(description);
}

const nodeListSchema = z
  .array(nodeSchema('A node cut off from the others.'), { error: 'a list of node numbers, such as [3]' })
  .min(1, { error: 'a list of at least one node number, such as [3]' })
  .superRefine((nodes, ctx) => {
    nodes.forEach((node, i) => {
      if (nodes.indexOf(node) !== i) ctx.addIssue({ code: 'custom', path: [i], message: 'each node at most once', input: node });
    });
  })
  .describe('Nodes cut off from the rest of the cluster (they still reach each other); some nodes, not all.');

/** One event type: `{ at, type, …fields }`, unknown keys refused. */
function eventSchema<const T extends string, S extends z.ZodRawShape>(type: T, fields: S, description: string) {
  const keys = ['at', 'type', ...Object.keys(fields)].join(', ');
  return z
    .strictObject({ at, type: z.literal(type).describe('What happens.'), ...fields }, { error: `a ${type} event { ${keys} }` })
    .describe(`${type}: ${description}`);
}

const EVENTS = [
  eventSchema('node-crash', { node: nodeSchema('The VM that goes silent.') }, 'the whole VM goes silent, ungracefully.'),
  eventSchema(
    'node-recover',
    { node: nodeSchema('A VM crashed earlier in the timeline.') },
    'a crashed VM boots and rejoins (Galera IST or SST, Redis resync, health checks).',
  ),
  eventSchema(
    'service-crash',
    {
      node: nodeSchema('The node whose service dies.'),
      service: enumSchema(SERVICES, 'The service that dies: galera (MariaDB), redis, php (PHP-FPM) or search (OpenSearch).'),
      for: forSchema('Restart after this long; without it the service stays down.').optional(),
    },
    'one service dies on one node; the VM and its other services stay up.',
  ),
  eventSchema(
    'partition',
    { nodes: nodeListSchema, for: forSchema('How long until the network heals (required).') },
    'the listed nodes are cut off from the others, then the network heals.',
  ),
  eventSchema(
    'az-outage',
    {
      az: enumSchema(AZS, 'The availability zone: a, b or c (standard architecture: node 1 is in a, 2 in b, 3 in c).'),
      for: forSchema('How long until the zone returns (required).'),
    },
    'every VM in one availability zone goes silent, then returns.',
  ),
  eventSchema(
    'upscale',
    { to: tierValueSchema.describe('The new tier: larger in vCPU per node than the one before.') },
    'rolling resize of the three nodes, one at a time (standard architecture only).',
  ),
  eventSchema('cache-purge', {}, 'Fastly purge all: every cacheable object misses until fetched again.'),
  eventSchema('backup', {}, 'a snapshot, with its I/O cost on the node.'),
  eventSchema(
    'restore',
    {
      backup: durationSchema(
        'nonnegative',
        `How old the restored snapshot must at least be: 0 (default) for the latest, 3h for the newest taken at least 3 hours before (a corruption found late); at most ${OLDEST_BACKUP_S / (7 * 24 * 3600)} weeks (the retention).`,
      ).optional(),
    },
    'the database is restored from a backup snapshot: the site is down for the restore time of the database size, and the writes since the snapshot are lost.',
  ),
  eventSchema(
    'web-scale-out',
    { count: countSchema(1, 'Web nodes added.') },
    'web nodes added to the scaled architecture (scaled only).',
  ),
] as const;

export const EVENT_TYPES = EVENTS.map((e) => e.shape.type.value);

const EVENT_TYPE_EXPECTED = `an event type: ${EVENT_TYPES.join(', ')}`;

const isMap = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

const timelineEventSchema = z.discriminatedUnion('type', EVENTS, {
  error: (issue) => (isMap(issue.input) ? EVENT_TYPE_EXPECTED : 'an event { at, type, … }'),
});

export const eventsSchema = z
  .array(timelineEventSchema, { error: 'a list of events { at, type, … }' })
  .optional()
  .describe(
    'The timeline of failures and operations: [{ at, type, … }, …] in any order; nodes count from 1. ' +
      `Types: ${EVENT_TYPES.join(', ')}. Default none.`,
  );
