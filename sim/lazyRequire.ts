import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A CommonJS package loaded on first use rather than at start-up: the stdlib
 * distribution functions take a tenth of a second or more to load, which every
 * `magesim` command would otherwise pay even when it never needs them (`--help`,
 * `validate`, a run with one replication).
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}
