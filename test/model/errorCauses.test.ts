import { describe, expect, it } from 'vitest';
import * as causes from '../../src/model/errorCauses.js';

describe('error causes', () => {
  it('each number the hot loop uses is its name’s index in ERROR_CAUSES, and every name has one', () => {
    const codes: [number, string][] = [
      [causes.CAUSE_502, 'backlog-full-502'],
      [causes.CAUSE_504, 'timeout-504'],
      [causes.CAUSE_1213, 'certification-1213'],
      [causes.CAUSE_NODE_DOWN, 'node-down-504'],
      [causes.CAUSE_DB_DOWN, 'db-unavailable-503'],
      [causes.CAUSE_REDIS_DOWN, 'redis-unavailable-503'],
      [causes.CAUSE_PHP_DOWN, 'php-down-502'],
    ];
    for (const [code, name] of codes) expect(causes.ERROR_CAUSES[code]).toBe(name);
    expect(new Set(codes.map(([c]) => c)).size).toBe(causes.ERROR_CAUSES.length);
  });
});
