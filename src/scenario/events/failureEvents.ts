import { z } from 'zod';
import { AZS, SERVICES } from '../Scenario.js';
import { durationSchema, enumSchema } from '../schema/unitSchemas.js';
import { parseDurationS } from '../units.js';
import { defineEvent } from './defineEvent.js';

const NODE_EXPECTED = 'a node number: a whole number ≥ 1 (node 1 is the first)';

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

const forSchema = (what: string) => durationSchema('positive', what);

/** Failures: a VM, a service, the network, a zone. Nodes count from 1 in the file, from 0 in the scenario. */
export const NODE_CRASH = defineEvent('node-crash', { node: nodeSchema('The VM that goes silent.') }, 'the whole VM goes silent, ungracefully.', (raw, atS) => ({
  type: raw.type,
  atS,
  node: raw.node - 1,
}));

export const NODE_RECOVER = defineEvent(
  'node-recover',
  { node: nodeSchema('A VM crashed earlier in the timeline.') },
  'a crashed VM boots and rejoins (Galera IST or SST, Redis resync, health checks).',
  (raw, atS) => ({ type: raw.type, atS, node: raw.node - 1 }),
);

export const SERVICE_CRASH = defineEvent(
  'service-crash',
  {
    node: nodeSchema('The node whose service dies.'),
    service: enumSchema(SERVICES, 'The service that dies: galera (MariaDB), redis, php (PHP-FPM) or search (OpenSearch).'),
    for: forSchema('Restart after this long; without it the service stays down.').optional(),
  },
  'one service dies on one node; the VM and its other services stay up.',
  (raw, atS) => ({ type: raw.type, atS, node: raw.node - 1, service: raw.service, forS: raw.for === undefined ? null : parseDurationS(raw.for) }),
);

export const PARTITION = defineEvent(
  'partition',
  { nodes: nodeListSchema, for: forSchema('How long until the network heals (required).') },
  'the listed nodes are cut off from the others, then the network heals.',
  (raw, atS) => ({ type: raw.type, atS, nodes: raw.nodes.map((n) => n - 1), forS: parseDurationS(raw.for) }),
);

export const AZ_OUTAGE = defineEvent(
  'az-outage',
  {
    az: enumSchema(AZS, 'The availability zone: a, b or c (standard architecture: node 1 is in a, 2 in b, 3 in c).'),
    for: forSchema('How long until the zone returns (required).'),
  },
  'every VM in one availability zone goes silent, then returns.',
  (raw, atS) => ({ type: raw.type, atS, az: raw.az, forS: parseDurationS(raw.for) }),
);
