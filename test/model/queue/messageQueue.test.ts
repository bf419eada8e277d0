import { describe, it, expect } from 'vitest';
import { Deterministic } from '../../../sim/distributions/Deterministic.js';
import { ClusterModel } from '../../../src/model/ClusterModel.js';
import type { QueueInput, TimelineInput } from '../../../src/model/ModelInput.js';
import { S_RABBITMQ } from '../../../src/model/services.js';
import { baseInput, klass } from '../fixtures.js';

const D = 0.1;

/** Requests of one light class, each publishing one message; one consumer process taking D core-seconds a message. */
function run(ratePerS: number, timeline: TimelineInput[] = [], over: Partial<QueueInput> = {}) {
  const queue: QueueInput = { publish: [1, 0], brokerNode: 0, consumerNode: 0, processes: 1, cronEveryS: 60, maxMessages: 1e9, messageCpuS: D, messageDbCpuS: 0, ...over };
  return new ClusterModel(
    baseInput({
      durationS: 600,
      warmupS: 0,
      classes: [klass('pub', { phpCpu: new Deterministic(0.002), dbReads: 0, redisOps: 0 }), klass('static', { dbReads: 0, redisOps: 0, isStatic: true })],
      staticClass: 1,
      traffic: { kind: 'requests', ratePerS, profile: [{ atS: 0, x: 1 }], mix: [1, 0] },
      timeline,
      queue,
    }),
  ).run();
}

describe('RabbitMQ and its cron-run consumers', () => {
  it('one consumer above its capacity takes 1/D messages a second from the first cron run on, and the rest wait', () => {
    const q = run(20).queue!;
    // Poisson(20/s × 600 s) published; consumed from t = 60 s at 10/s on an otherwise idle core.
    expect(Math.abs(q.published - 12000)).toBeLessThan(4 * Math.sqrt(12000));
    expect(q.consumed).toBeLessThanOrEqual(5400);
    expect(q.consumed).toBeGreaterThan(5300);
    expect(q.drainedAtS).toBeNull();
    expect(q.published - q.consumed - q.backlogAtEnd).toBeGreaterThanOrEqual(0);
    expect(q.published - q.consumed - q.backlogAtEnd).toBeLessThanOrEqual(1);
  });

  it('below capacity the backlog builds between cron runs and drains at each: its peak is about a minute of messages', () => {
    const q = run(5).queue!;
    expect(q.peakBacklog).toBeGreaterThan(300 - 4 * Math.sqrt(300));
    // The first cron run finds a minute's messages; later peaks are smaller (the consumer drains as they come).
    expect(q.peakBacklog).toBeLessThan(300 + 4 * Math.sqrt(300) + 10);
    expect(q.drainedAtS).not.toBeNull();
    expect(q.drainedAtS! - q.peakAtS).toBeLessThan(60);
    expect(q.backlogAtEnd).toBeLessThan(5 * 60 + 4 * Math.sqrt(300));
  });

  it('while RabbitMQ is down, what requests publish is lost, and consumers start again after it returns', () => {
    const r = run(5, [{ type: 'service-crash', atS: 200, node: 0, service: S_RABBITMQ, forS: 100 }]);
    const q = r.queue!;
    expect(Math.abs(q.lost - 500)).toBeLessThan(4 * Math.sqrt(500));
    expect(q.published - q.consumed - q.backlogAtEnd).toBeLessThanOrEqual(1);
    expect(q.consumed).toBeGreaterThan(q.published - 5 * 60 - 4 * Math.sqrt(300));
    expect(r.log.filter((e) => e.component === 'rabbitmq').map((e) => [e.event, e.atS])).toEqual([
      ['crashed', 200],
      ['restarted', 300],
    ]);
  });

  it('publishes nothing and runs no cron without a queue', () => {
    const r = new ClusterModel(baseInput({ durationS: 120 })).run();
    expect(r.queue).toBeNull();
    expect(r.windows.columns.some((c) => c.startsWith('queue_'))).toBe(false);
  });
});
