/**
 * Schema of the `mechanics` section: timings and sizes of the failure and operation
 * mechanisms, each merged over DEFAULT_MECHANICS (defaultMechanics.ts cites the sources).
 */
import { z } from 'zod';
import { REQUEST_CLASSES } from '../Scenario.js';
import { perKeySchema } from './perKeySchema.js';
import { bytesPerSSchema, bytesSchema, countSchema, durationSchema, fractionSchema, numberAtLeastSchema } from './unitSchemas.js';

const positive = (description: string) => durationSchema('positive', description).optional();

const elbSchema = z
  .strictObject(
    {
      interval: positive('Time between two health checks of a node. Default 30s.'),
      timeout: positive('A check unanswered after this fails. Default 5s.'),
      unhealthy: countSchema(1, 'Failed checks in a row that take a node out. Default 2.').optional(),
      healthy: countSchema(1, 'Passed checks in a row that put a node back. Default 5.').optional(),
      connectTimeout: positive('A request to a silent node fails after this (502). Default 10s.'),
      idleTimeout: positive('A request in flight on a node that went silent fails after this (504). Default 60s.'),
      deregistrationDelay: durationSchema(
        'nonnegative',
        'Time a removed node keeps its requests in flight (connection draining). Default 300s.',
      ).optional(),
    },
    { error: 'a map { interval, timeout, unhealthy, healthy, connectTimeout, idleTimeout, deregistrationDelay }' },
  )
  .optional()
  .describe('The AWS load balancer in front of the web nodes: health checks and timeouts.');

const haproxySchema = z
  .strictObject(
    {
      inter: positive('Time between two HAProxy checks of a backend. Default 2s.'),
      fall: countSchema(1, 'Failed checks in a row that mark a backend down. Default 3.').optional(),
    },
    { error: 'a map { inter, fall }' },
  )
  .optional()
  .describe('HAProxy in front of the database and Redis: health checks.');

const galeraSchema = z
  .strictObject(
    {
      suspectTimeout: positive('evs.suspect_timeout: silence after which a node is dropped from the view. Default 5s.'),
      gcache: bytesSchema('gcache.size: write-sets kept for IST; a longer gap needs a full SST. Default 128MB.').optional(),
      writesetSize: bytesSchema('Size of one replicated write-set (fills the gcache). Default 2KB.').optional(),
      sstRate: bytesPerSSchema('Transfer rate of a full state transfer (SST). Default 175MB/s.').optional(),
    },
    { error: 'a map { suspectTimeout, gcache, writesetSize, sstRate }' },
  )
  .optional()
  .describe('Galera: failure detection and the rejoin of a node (IST or SST).');

const failoverSchema = z
  .strictObject(
    {
      min: positive('Shortest time from down-after to a promoted replica. Default 1s.'),
      max: positive('Longest time from down-after to a promoted replica; ≥ min. Default 4s.'),
    },
    { error: 'a map { min, max }' },
  )
  .optional()
  .describe('Objective down, election and promotion after down-after: uniform in [min, max].');

const sentinelSchema = z
  .strictObject(
    {
      downAfter: positive('down-after-milliseconds: silence before a Redis master is subjectively down. Default 30s.'),
      failover: failoverSchema,
    },
    { error: 'a map { downAfter, failover }' },
  )
  .optional()
  .describe('Redis Sentinel: how long a dead Redis master goes unnoticed and unreplaced.');

const redisReplicationSchema = z
  .strictObject(
    {
      lag: durationSchema('nonnegative', 'How far the replicas trail the master: writes acknowledged this recently die with it. Default 1ms.').optional(),
      writeShare: fractionSchema('Share of Redis operations that are writes (sessions, cache saves). Default 20%.').optional(),
    },
    { error: 'a map { lag, writeShare }' },
  )
  .optional()
  .describe('Redis asynchronous replication: the writes a crashed master takes with it.');

const backupSchema = z
  .strictObject(
    {
      rate: bytesPerSSchema('Rate at which a backup snapshot reads the database. Default 50MB/s.').optional(),
      cpuFactor: numberAtLeastSchema(1, 'Multiplier of database CPU time on the node being backed up; ≥ 1. Default 1.5.').optional(),
    },
    { error: 'a map { rate, cpuFactor }' },
  )
  .optional()
  .describe('A backup: how long it lasts (databaseSize ÷ rate) and what it costs the node.');

const upscaleSchema = z
  .strictObject(
    { resizePerNode: positive('Time one node is out while it is resized. Default 10m.') },
    { error: 'a map { resizePerNode }' },
  )
  .optional()
  .describe('A tier upscale: the nodes are resized one at a time.');

const scaleOutSchema = z
  .strictObject(
    { boot: positive('Time a new web node takes to launch and deploy before its health checks start. Default 3m.') },
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
      redisClientTimeout: positive('A Redis call to a dead master fails after this. Default 2.5s.'),
      redisReplication: redisReplicationSchema,
      databaseSize: bytesSchema('Size of the database: SST and backup durations. Default 20GB.').optional(),
      backup: backupSchema,
      upscale: upscaleSchema,
      scaleOut: scaleOutSchema,
      cdnObjects: perKeySchema(
        REQUEST_CLASSES,
        (c) => countSchema(1, `Distinct cacheable ${c} objects.`),
        'request classes to object counts',
      )
        .optional()
        .describe(
          'Distinct cacheable objects per class: how fast Fastly refills after a purge. Merged over the defaults ' +
            '(home 1, category 500, product 20000, static 5000; 1 for the rest).',
        ),
    },
    { error: 'a map of mechanics: elb, haproxy, galera, sentinel, redisClientTimeout, redisReplication, databaseSize, backup, upscale, scaleOut, cdnObjects' },
  )
  .optional()
  .describe('Timings and sizes of the failure and operation mechanisms, merged field by field over the defaults.');
