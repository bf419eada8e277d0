/**
 * The seed rule, the one place it is written: replication i (from 0) runs with the
 * scenario's seed + i — the replications of a run, and those of every cell and probe of
 * a sweep, which so share their random numbers (common random numbers: cells differ by
 * what the sweep varies, not by luck).
 */
export const replicationSeed = (seed: number, i: number): number => seed + i;

/** The seeds of replications 0 … n − 1. */
export const replicationSeeds = (seed: number, n: number): number[] => Array.from({ length: n }, (_, i) => replicationSeed(seed, i));

/** The rule as sweep.json states it. */
export const SEED_RULE = "replication i (from 0) of every cell and probe runs with the cell scenario's seed + i: common random numbers";
