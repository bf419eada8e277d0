import v8 from 'node:v8';

/**
 * Lets V8 inline deeper call chains (handler → schedule → event set → heap) into the
 * event loop, so doubles are not boxed at every call boundary. Measured on the M/M/c
 * benchmark: about +15 % customers/s. Call once, before any simulation runs; it only
 * changes optimisation heuristics, never results.
 */
export function tuneEngine(): void {
  v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=3000');
}
