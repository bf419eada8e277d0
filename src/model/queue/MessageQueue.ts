import type { EventHandler, Kernel } from '../../../sim/Kernel.js';
import type { ProcessorSharingCpu } from '../../../sim/ProcessorSharingCpu.js';
import type { QueueInput } from '../ModelInput.js';
import { S_RABBITMQ } from '../services.js';

/** What the queue reads of the cluster's health: services up per node (bits), and the main database's node now. */
export interface QueueHealth {
  readonly up: Uint8Array;
  /** HAProxy: `main` is the node port 3306 goes to. */
  readonly haproxy: { readonly main: number };
}

/** Where the queue's figures go, window by window. */
export interface QueueMetrics {
  queueCounted(nowS: number, published: number, consumed: number, backlog: number): void;
}

/** The queue's totals over the run, for the reports. */
export interface QueueResult {
  published: number;
  consumed: number;
  /** Messages published while RabbitMQ was down (the publisher's call failed; the request still answered). */
  lost: number;
  /** Largest backlog, and when it was first reached, s. */
  peakBacklog: number;
  peakAtS: number;
  /** When the backlog was next empty after its peak, s; null if it never was within the run. */
  drainedAtS: number | null;
  backlogAtEnd: number;
}

const CRON = 0;

/**
 * RabbitMQ and its consumers: requests publish messages (`publish` per class), which
 * wait in one durable queue until a consumer takes them. Consumers are not daemons: the
 * `consumers_runner` cron job starts `processes` of them every `cronEveryS` on the
 * consumer node; each takes messages one at a time — PHP CPU on its node, then its
 * write transactions' CPU on the main database node — and exits when the queue is
 * empty or after `maxMessages` (Magento's defaults: consumers_wait_for_messages off).
 * A consumer's CPU jobs are numbered −1 − process, apart from requests' rows.
 */
export class MessageQueue implements EventHandler {
  private backlog = 0;
  private readonly result: QueueResult = { published: 0, consumed: 0, lost: 0, peakBacklog: 0, peakAtS: 0, drainedAtS: null, backlogAtEnd: 0 };
  /** Per process: messages it may still take (0: not running), and whether its message is at the database. */
  private readonly remaining: Float64Array;
  private readonly atDatabase: Uint8Array;
  private readonly kind: number;

  constructor(
    private readonly kernel: Kernel,
    /** Each node's CPU: consumers compete there with PHP and the database. */
    private readonly cpus: readonly ProcessorSharingCpu[],
    private readonly health: QueueHealth,
    private readonly metrics: QueueMetrics,
    private readonly input: QueueInput,
  ) {
    this.remaining = new Float64Array(input.processes);
    this.atDatabase = new Uint8Array(input.processes);
    this.kind = kernel.defineOccasionalKind(this, CRON, 'queue.cron');
  }

  begin(): void {
    this.kernel.scheduleAt(this.input.cronEveryS, this.kind, 0);
  }

  /** A request of class `cls` was answered: it published its messages. */
  published(cls: number): void {
    const n = this.input.publish[cls];
    if (n === 0) return;
    if (!(this.health.up[this.input.brokerNode] & S_RABBITMQ)) {
      this.result.lost += n;
      return;
    }
    this.result.published += n;
    this.backlog += n;
    if (this.backlog > this.result.peakBacklog) {
      this.result.peakBacklog = this.backlog;
      this.result.peakAtS = this.kernel.nowS;
      this.result.drainedAtS = null;
    }
    this.metrics.queueCounted(this.kernel.nowS, n, 0, this.backlog);
  }

  /** The cron job runs: consumer processes not running start, if there is anything to take. */
  handle(): void {
    this.kernel.schedule(this.input.cronEveryS, this.kind, 0);
    for (let p = 0; p < this.input.processes; p++) {
      if (this.remaining[p] > 0) continue;
      this.remaining[p] = this.input.maxMessages;
      this.next(p);
    }
  }

  /** A consumer's CPU job finished (`job` = −1 − process). */
  cpuDone(job: number): void {
    const p = -1 - job;
    const i = this.input;
    if (!this.atDatabase[p] && i.messageDbCpuS > 0) {
      this.atDatabase[p] = 1;
      this.cpus[this.health.haproxy.main].arrive(job, i.messageDbCpuS);
      return;
    }
    this.atDatabase[p] = 0;
    this.result.consumed++;
    this.metrics.queueCounted(this.kernel.nowS, 0, 1, this.backlog);
    this.next(p);
  }

  /** Process `p` takes the next message, or exits (queue empty, its quota done, or RabbitMQ down). */
  private next(p: number): void {
    const up = this.health.up[this.input.brokerNode] & S_RABBITMQ;
    if (this.backlog === 0 || this.remaining[p] === 0 || !up) {
      this.remaining[p] = 0;
      return;
    }
    this.remaining[p]--;
    this.backlog--;
    if (this.backlog === 0 && this.result.drainedAtS === null) this.result.drainedAtS = this.kernel.nowS;
    this.cpus[this.input.consumerNode].arrive(-1 - p, this.input.messageCpuS);
  }

  /** The totals at the end of the run. */
  finish(): QueueResult {
    return { ...this.result, backlogAtEnd: this.backlog };
  }
}
