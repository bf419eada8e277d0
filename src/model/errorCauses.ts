/** Why a request failed. */
export const ERROR_CAUSES = [
  'backlog-full-502',
  'timeout-504',
  'certification-1213',
  /** The VM serving it died: the ELB could not reach it, or lost it in flight. */
  'node-down-504',
  /** Its database or search node was gone (HAProxy failing over, or no primary component: 1047). */
  'db-unavailable-503',
  /** The Redis master was gone (before Sentinel's failover). */
  'redis-unavailable-503',
  /** PHP-FPM on its web node was down: NGINX answered 502. */
  'php-down-502',
] as const;
export type ErrorCause = (typeof ERROR_CAUSES)[number];

// The same causes as numbers, for the hot loop: each is its name's index in ERROR_CAUSES
// (errorCauses.test.ts holds them to it).
export const CAUSE_502 = 0;
export const CAUSE_504 = 1;
export const CAUSE_1213 = 2;
export const CAUSE_NODE_DOWN = 3;
export const CAUSE_DB_DOWN = 4;
export const CAUSE_REDIS_DOWN = 5;
export const CAUSE_PHP_DOWN = 6;
