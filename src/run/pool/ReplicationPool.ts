import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ClusterModel } from '../../model/ClusterModel.js';
import type { RunResult } from '../../model/RunResult.js';
import type { Scenario } from '../../scenario/Scenario.js';
import { compileScenario } from '../compileScenario.js';
import { replicationFigures, type ReplicationFigures } from '../sweep/ReplicationFigures.js';
import type { ReplicationMessage } from './replicationWorker.js';

const workerFile = fileURLToPath(new URL('./replicationWorker.js', import.meta.url));

/** Whether replications can run on worker threads (the compiled worker exists; not when the test runner runs the sources). */
export const threadsAvailable = (): boolean => existsSync(workerFile);

/**
 * Workers a closed pool left idle, for the next pool in this process (a test suite, a
 * script that runs several scenarios): it takes them warm, with the model already
 * loaded and compiled, instead of starting threads anew. They do not hold the process
 * open (unref), and at most one per core is kept.
 */
const spare: Worker[] = [];
const SPARE_MAX = availableParallelism();

interface Task {
  message: ReplicationMessage;
  onProgress?: (nowS: number, events: number) => void;
  resolve: (value: never) => void;
  reject: (e: Error) => void;
}

/**
 * The one executor of replications, for a run's replications and a sweep's cells and
 * probes alike: `size` long-lived worker threads, first come first served. What a
 * replication returns depends only on its scenario and seed, never on which worker ran
 * it or when, so callers that gather results by task get the same bytes for any pool
 * size. With no compiled worker file the replications run in this thread, one per turn
 * of the event loop.
 */
export class ReplicationPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly running = new Map<number, Task>();
  private nextId = 0;
  private failed: Error | null = null;
  readonly inThread: boolean;

  /** How many idle workers wait for the next pool in this process. */
  static spareWorkers(): number {
    return spare.length;
  }

  constructor(readonly size: number) {
    this.inThread = !threadsAvailable();
  }

  /**
   * Starts another worker thread. Workers start when there is work for them, up to
   * `size`: a shard with one cell, or a run with one replication, starts one, not a
   * worker per core (each loads the model afresh).
   */
  private start(): void {
    const w = spare.pop() ?? new Worker(workerFile);
    w.removeAllListeners();
    w.ref();
    w.on('message', (m: { id: number; value?: unknown; progress?: [number, number]; error?: string }) => {
      const task = this.running.get(m.id)!;
      if (m.progress !== undefined) {
        task.onProgress?.(m.progress[0], m.progress[1]);
        return;
      }
      this.running.delete(m.id);
      this.idle.push(w);
      if (m.error === undefined) task.resolve(m.value as never);
      else task.reject(new Error(m.error));
      this.pump();
    });
    w.on('error', (e) => this.fail(e));
    w.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`a replication worker stopped with exit code ${code}`));
    });
    this.workers.push(w);
    this.idle.push(w);
  }

  /** One replication's whole result (a run's replication), with its progress. */
  run(scenario: Scenario, seed: number, onProgress?: (nowS: number, events: number) => void): Promise<RunResult> {
    return this.submit<RunResult>({ id: this.nextId++, kind: 'run', scenario, seed, progress: onProgress !== undefined }, onProgress, () =>
      new ClusterModel({ ...compileScenario(scenario), seed }).run(onProgress),
    );
  }

  /** One replication's figures (a sweep's cell or probe). */
  figures(scenario: Scenario, seed: number): Promise<ReplicationFigures> {
    return this.submit<ReplicationFigures>({ id: this.nextId++, kind: 'figures', scenario, seed, progress: false }, undefined, () => replicationFigures(scenario, seed));
  }

  private submit<T>(message: ReplicationMessage, onProgress: ((nowS: number, events: number) => void) | undefined, here: () => T): Promise<T> {
    if (this.failed !== null) return Promise.reject(this.failed);
    if (this.inThread) {
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(here());
          } catch (e) {
            reject(e as Error);
          }
        }),
      );
    }
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ message, onProgress, resolve: resolve as (value: never) => void, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > this.idle.length && this.workers.length < this.size) this.start();
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const t = this.queue.shift()!;
      this.running.set(t.message.id, t);
      w.postMessage(t.message);
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const t of [...this.running.values(), ...this.queue]) t.reject(e);
    this.running.clear();
    this.queue.length = 0;
  }

  /**
   * Ends the pool. Its idle workers wait, unreferenced, for the next pool in this
   * process (up to one per core); a worker still busy (a failed pool) is stopped.
   */
  async close(): Promise<void> {
    const stop: Worker[] = [];
    for (const w of this.workers) {
      w.removeAllListeners();
      if (this.failed === null && this.idle.includes(w) && spare.length < SPARE_MAX) {
        w.unref();
        w.once('exit', () => {
          const i = spare.indexOf(w);
          if (i >= 0) spare.splice(i, 1);
        });
        spare.push(w);
      } else stop.push(w);
    }
    this.workers.length = 0;
    this.idle.length = 0;
    await Promise.all(stop.map((w) => w.terminate()));
  }
}
