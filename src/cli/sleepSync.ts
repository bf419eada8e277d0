/** Blocks the thread for `ms` milliseconds without spinning (the CLI's file steps are synchronous). */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
