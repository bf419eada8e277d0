import { describe, it, expect } from 'vitest';
import { PATH_WIDTH, requestPaths } from '../../src/model/request/requestPath.js';
import { PH_DB_READ, PH_DB_WRITE, PH_DONE, PH_PHP, PH_REDIS, PH_SEARCH } from '../../src/model/request/phases.js';
import { klass } from './fixtures.js';

describe('request paths as data', () => {
  it('each class goes from a phase to the next one it has calls in, and ends after its last', () => {
    const paths = requestPaths([
      klass('all', { redisOps: 3, dbReads: 2, searches: 1, dbWrites: 1 }),
      klass('readsOnly', { redisOps: 0, dbReads: 5, searches: 0, dbWrites: 0 }),
      klass('none', { redisOps: 0, dbReads: 0, searches: 0, dbWrites: 0 }),
    ]);
    const next = (c: number, p: number) => paths[c * PATH_WIDTH + p];
    expect([PH_PHP, PH_REDIS, PH_DB_READ, PH_SEARCH, PH_DB_WRITE].map((p) => next(0, p))).toEqual([PH_REDIS, PH_DB_READ, PH_SEARCH, PH_DB_WRITE, PH_DONE]);
    expect(next(1, PH_PHP)).toBe(PH_DB_READ);
    expect(next(1, PH_DB_READ)).toBe(PH_DONE);
    // A hot-row retry goes back to the search phase and on to the writes from there.
    expect(next(0, PH_SEARCH)).toBe(PH_DB_WRITE);
    expect(next(2, PH_PHP)).toBe(PH_DONE);
  });
});
