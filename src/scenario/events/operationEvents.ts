import { normaliseTier } from '../normalise/normaliseCluster.js';
import { tierValueSchema } from '../schema/clusterSchema.js';
import { countSchema } from '../schema/unitSchemas.js';
import type { Tier } from '../Scenario.js';
import { defineEvent } from './defineEvent.js';

/** Operations: a resize, a CDN purge, a backup, web nodes added. */
export const UPSCALE = defineEvent(
  'upscale',
  { to: tierValueSchema.describe('The new tier: larger in vCPU per node than the one before.') },
  'rolling resize of the three nodes, one at a time (standard architecture only).',
  (raw, atS): { type: 'upscale'; atS: number; to: Tier } => ({ type: raw.type, atS, to: normaliseTier(raw.to) }),
);

export const CACHE_PURGE = defineEvent('cache-purge', {}, 'Fastly purge all: every cacheable object misses until fetched again.', (raw, atS) => ({ type: raw.type, atS }));

export const BACKUP = defineEvent('backup', {}, 'a snapshot, with its I/O cost on the node.', (raw, atS) => ({ type: raw.type, atS }));

export const WEB_SCALE_OUT = defineEvent('web-scale-out', { count: countSchema(1, 'Web nodes added.') }, 'web nodes added to the scaled architecture (scaled only).', (raw, atS) => ({
  type: raw.type,
  atS,
  count: raw.count,
}));
