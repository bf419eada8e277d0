/**
 * Schema of the `mechanics` section: timings and sizes of the failure and operation
 * mechanisms, each merged over DEFAULT_MECHANICS (defaultMechanics.ts cites the sources).
 */
import { z } from 'zod';
import { REQUEST_CLASSES } from '../Scenario.js';
import { openMapSchema } from '../classes/classSchema.js';
import { CUSTOM_CLASS_DEFAULTS } from '../classes/customClassDefaults.js';
import { bytesPerSSchema, bytesSchema, countSchema, durationSchema, fractionSchema, numberAtLeastSchema } from './unitSchemas.js';
import { bytesText, durationText, listText, percentText, withDefault } from './defaultText.js';
import { DEFAULT_MECHANICS } from '../normalise/defaultMechanics.js';

const positive = (description: string) => durationSchema('positive', description).optional();
/** The defaults the descriptions show. */
const M = DEFAULT_MECHANICS;

const elbSchema = z
  .strictObject(
    {
      interval: positive(withDefault('Time between two health checks of a node.', durationText(M.elb.intervalS))),
      timeout: positive(withDefault('A check unanswered after this fails.', durationText(M.elb.timeoutS))),
      unhealthy: countSchema(1, withDefault('Failed checks in a row that take a node out.', M.elb.unhealthy)).optional(),
      healthy: countSchema(1, withDefault('Passed checks in a row that put a node back.', M.elb.healthy)).optional(),
      connectTimeout: positive(withDefault('A request to a silent node fails after this (502).', durationText(M.elb.connectTimeoutS))),
      idleTimeout: positive(withDefault('A request in flight on a node that went silent fails after this (504).', durationText(M.elb.idleTimeoutS))),
      deregistrationDelay: durationSchema('nonnegative', withDefault('Time a removed node keeps its requests in flight (connection draining).', durationText(M.elb.deregistrationDelayS))).optional(),
    },
    { error: 'a map { interval, timeout, unhealthy, healthy, connectTimeout, idleTimeout, deregistrationDelay }' },
  )
  .optional()
  .describe('The AWS load balancer in front of the web nodes: health checks and timeouts.');

const haproxySchema = z
  .strictObject(
    {
      inter: positive(withDefault('Time between two HAProxy checks of a backend.', durationText(M.haproxy.interS))),
      fall: countSchema(1, withDefault('Failed checks in a row that mark a backend down.', M.haproxy.fall)).optional(),
    },
    { error: 'a map { inter, fall }' },
  )
  .optional()
  .describe('HAProxy in front of the database and Redis: health checks.');

const galeraSchema = z
  .strictObject(
    {
      suspectTimeout: positive(withDefault('evs.suspect_timeout: silence after which a node is dropped from the view.', durationText(M.galera.suspectTimeoutS))),
      gcache: bytesSchema(withDefault('gcache.size: write-sets kept for IST; a longer gap needs a full SST.', bytesText(M.galera.gcacheBytes))).optional(),
      writesetSize: bytesSchema(withDefault('Size of one replicated write-set (fills the gcache).', bytesText(M.galera.writesetBytes))).optional(),
      sstRate: bytesPerSSchema(withDefault('Transfer rate of a full state transfer (SST).', `${bytesText(M.galera.sstBytesPerS)}/s`)).optional(),
    },
    { error: 'a map { suspectTimeout, gcache, writesetSize, sstRate }' },
  )
  .optional()
  .describe('Galera: failure detection and the rejoin of a node (IST or SST).');

const failoverSchema = z
  .strictObject(
    {
      min: positive(withDefault('Shortest time from down-after to a promoted replica.', durationText(M.sentinel.failoverMinS))),
      max: positive(withDefault('Longest time from down-after to a promoted replica; ≥ min.', durationText(M.sentinel.failoverMaxS))),
    },
    { error: 'a map { min, max }' },
  )
  .optional()
  .describe('Objective down, election and promotion after down-after: uniform in [min, max].');

const sentinelSchema = z
  .strictObject(
    {
      downAfter: positive(withDefault('down-after-milliseconds: silence before a Redis master is subjectively down.', durationText(M.sentinel.downAfterS))),
      failover: failoverSchema,
    },
    { error: 'a map { downAfter, failover }' },
  )
  .optional()
  .describe('Redis Sentinel: how long a dead Redis master goes unnoticed and unreplaced.');

const redisReplicationSchema = z
  .strictObject(
    {
      lag: durationSchema('nonnegative', withDefault('How far the replicas trail the master: writes acknowledged this recently die with it.', durationText(M.redisReplication.lagS))).optional(),
      writeShare: fractionSchema(withDefault('Share of Redis operations that are writes (sessions, cache saves).', percentText(M.redisReplication.writeShare))).optional(),
    },
    { error: 'a map { lag, writeShare }' },
  )
  .optional()
  .describe('Redis asynchronous replication: the writes a crashed master takes with it.');

const backupSchema = z
  .strictObject(
    {
      rate: bytesPerSSchema(withDefault('Rate at which a backup snapshot reads the database.', `${bytesText(M.backup.bytesPerS)}/s`)).optional(),
      cpuFactor: numberAtLeastSchema(1, withDefault('Multiplier of database CPU time on the node being backed up; ≥ 1.', M.backup.cpuFactor)).optional(),
    },
    { error: 'a map { rate, cpuFactor }' },
  )
  .optional()
  .describe('A backup: how long it lasts (databaseSize ÷ rate) and what it costs the node.');

const upscaleSchema = z
  .strictObject(
    { resizePerNode: positive(withDefault('Time one node is out while it is resized.', durationText(M.upscale.resizePerNodeS))) },
    { error: 'a map { resizePerNode }' },
  )
  .optional()
  .describe('A tier upscale: the nodes are resized one at a time.');

const scaleOutSchema = z
  .strictObject(
    { boot: positive(withDefault('Time a new web node takes to launch and deploy before its health checks start.', durationText(M.scaleOut.bootS))) },
    { error: 'a map { boot }' },
  )
  .optional()
  .describe('A web scale-out (scaled architecture).');

export const mechanicsSchema = z
  .strictObject(
    {
      elb: elbSchema,
      haproxy: haproxySchema,
      galera: galeraSchema,
      sentinel: sentinelSchema,
      redisClientTimeout: positive(withDefault('A Redis call to a dead master fails after this.', durationText(M.redisClientTimeoutS))),
      redisReplication: redisReplicationSchema,
      databaseSize: bytesSchema(withDefault('Size of the database: SST and backup durations.', bytesText(M.databaseBytes))).optional(),
      backup: backupSchema,
      upscale: upscaleSchema,
      scaleOut: scaleOutSchema,
      cdnObjects: openMapSchema(
        REQUEST_CLASSES,
        (c) => countSchema(1, c === undefined ? 'Distinct cacheable objects of this class.' : `Distinct cacheable ${c} objects.`),
        'request classes to object counts',
      )
        .optional()
        .describe(
          'Distinct cacheable objects per class: how fast Fastly refills after a purge. Merged over the defaults ' +
            `(${listText(DEFAULT_MECHANICS.cdnObjects, CUSTOM_CLASS_DEFAULTS.cdnObjects)}; ${CUSTOM_CLASS_DEFAULTS.cdnObjects} for the rest).`,
        ),
    },
    { error: 'a map of mechanics: elb, haproxy, galera, sentinel, redisClientTimeout, redisReplication, databaseSize, backup, upscale, scaleOut, cdnObjects' },
  )
  .optional()
  .describe('Timings and sizes of the failure and operation mechanisms, merged field by field over the defaults.');
