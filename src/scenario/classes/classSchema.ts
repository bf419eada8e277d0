/**
 * The schema of request classes and of the maps keyed by class or behaviour. A map
 * accepts the built-in names (each with its own description for editors) and any other
 * key, checked by the same value schema: whether such a key names a class the scenario
 * defines is a cross-field question, answered by `classNameProblems` before normalising.
 */
import { z } from 'zod';
import { DB_SPLITS } from '../Scenario.js';
import { phpCpuSchema } from '../schema/phpCpuSchema.js';
import { countSchema, enumSchema } from '../schema/unitSchemas.js';
import { CUSTOM_CLASS_DEFAULTS } from './customClassDefaults.js';

/** Demand of one request of class `c`; `custom` for a class the scenario defines itself. */
export const classSchema = (c: string | undefined) =>
  z
    .strictObject(
      {
        phpCpu: phpCpuSchema.optional(),
        dbReads: countSchema(0, 'Database read queries per request.').optional(),
        dbWrites: countSchema(0, 'Write transactions per request, committed through Galera.').optional(),
        redisOps: countSchema(0, 'Redis operations per request (cache, page cache, sessions).').optional(),
        searches: countSchema(0, 'Search (OpenSearch) queries per request.').optional(),
        cacheable: z
          .boolean({ error: 'true or false' })
          .optional()
          .describe('Whether Fastly may cache it; an uncacheable class must have hit ratio 0.'),
        dbPart: enumSchema(
          ['main', ...DB_SPLITS] as const,
          'Master database of its writes when split; a part not in cluster.db.split means main.',
        ).optional(),
        hotRowWrites: countSchema(0, 'Writes per request that touch one hot row (≤ dbWrites), e.g. a flash-sale SKU.').optional(),
        pageAssets: z
          .boolean({ error: 'true or false' })
          .optional()
          .describe('Whether a session\'s request of this class is a page that pulls traffic.assetsPerPage static assets. Default true for the built-in pages, false for static and for classes of the scenario\'s own (API calls).'),
      },
      { error: `a map of ${c ?? 'request class'} demand fields` },
    )
    .describe(
      c === undefined
        ? `A request class of this scenario's own (a GraphQL query, a REST call, an admin page): phpCpu is required; ${CUSTOM_CLASS_DEFAULTS.text}.`
        : `Demand of one ${c} request, merged field by field over the default.`,
    );

/**
 * A map keyed by request class or session behaviour: the built-in names `builtIn` by
 * name (`value(name)`, described one by one), and any other key (`value(undefined)`),
 * a name the scenario defines.
 */
export function openMapSchema<K extends string, V extends z.ZodType>(builtIn: readonly K[], value: (name: K | undefined) => V, what: string) {
  const shape = Object.fromEntries(builtIn.map((name) => [name, value(name).optional()])) as Record<K, z.ZodOptional<V>>;
  return z.object(shape, { error: `a map of ${what}` }).catchall(value(undefined));
}
