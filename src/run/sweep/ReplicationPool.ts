import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../scenario/Scenario.js';
import { replicationFigures, type ReplicationFigures } from './ReplicationFigures.js';

const workerFile = fileURLToPath(new URL('./sweepWorker.js', import.meta.url));

interface Task {
  id: number;
  scenario: Scenario;
  seed: number;
  resolve: (f: ReplicationFigures) => void;
  reject: (e: Error) => void;
}

/**
 * Runs replications on `size` long-lived worker threads, first come first served. What
 * a replication returns depends only on its scenario and seed, never on which worker
 * ran it or when, so callers that gather results by task get the same bytes for any
 * pool size. With no compiled worker file (the sources run by the test runner) the
 * replications run in this thread, one per turn of the event loop.
 */
export class ReplicationPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly running = new Map<number, Task>();
  private nextId = 0;
  private failed: Error | null = null;
  readonly inThread: boolean;

  constructor(readonly size: number) {
    this.inThread = !existsSync(workerFile);
    if (this.inThread) return;
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerFile);
      w.on('message', (m: { id: number; figures?: ReplicationFigures; error?: string }) => {
        const task = this.running.get(m.id)!;
        this.running.delete(m.id);
        this.idle.push(w);
        if (m.figures !== undefined) task.resolve(m.figures);
        else task.reject(new Error(m.error));
        this.pump();
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a sweep worker stopped with exit code ${code}`));
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** One replication's figures. */
  run(scenario: Scenario, seed: number): Promise<ReplicationFigures> {
    if (this.failed !== null) return Promise.reject(this.failed);
    if (this.inThread) {
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          try {
            resolve(replicationFigures(scenario, seed));
          } catch (e) {
            reject(e as Error);
          }
        }),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, scenario, seed, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const t = this.queue.shift()!;
      this.running.set(t.id, t);
      w.postMessage({ id: t.id, scenario: t.scenario, seed: t.seed });
    }
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const t of [...this.running.values(), ...this.queue]) t.reject(e);
    this.running.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
