import { describe, it, expect } from 'vitest';
import { compileScenario } from '../../src/run/compileScenario.js';
import { DEFAULT_RABBITMQ } from '../../src/scenario/rabbitmq/rabbitmqDefaults.js';
import { errorsOf } from './errorCase.js';
import { scenarioOf as load } from '../support/scenarioOf.js';


describe('the rabbitmq section', () => {
  it('is absent unless the file has one, so scenarios without it load as before', () => {
    const s = load('name: t\n');
    expect('rabbitmq' in s).toBe(false);
    expect(compileScenario(s).queue).toBeNull();
  });

  it('with {} models the queue with the documented defaults, on the first core node', () => {
    const s = load('name: t\nrabbitmq: {}\n');
    expect(s.rabbitmq).toEqual(DEFAULT_RABBITMQ);
    const q = compileScenario(s).queue!;
    const order = Object.keys(s.classes).indexOf('placeOrder');
    expect(q.publish[order]).toBe(2);
    expect(q.publish.reduce((a, b) => a + b, 0)).toBe(2);
    expect([q.brokerNode, q.consumerNode, q.cronEveryS, q.maxMessages, q.processes]).toEqual([0, 0, 60, 10_000, 1]);
    expect(q.messageDbCpuS).toBe(s.cluster.services.dbWriteCpuS);
    const scaled = compileScenario(load('name: t\ncluster: { tier: Pro48, architecture: scaled }\nrabbitmq: {}\n')).queue!;
    expect(scaled.brokerNode).toBe(3);
  });

  it('publishes from the classes the file names, its own included', () => {
    const s = load('name: t\nclasses: { massUpdate: { phpCpu: 1s } }\nrabbitmq: { publish: { massUpdate: 200 }, processes: 4, cronEvery: 5m, messageCpu: 20ms, messageDbWrites: 3 }\n');
    expect(s.rabbitmq).toEqual({ publish: { massUpdate: 200 }, processes: 4, cronEveryS: 300, maxMessages: 10_000, messageCpuS: 0.02, messageDbWrites: 3 });
  });

  it('refuses a rabbitmq crash without the section or away from its node, and an unknown publishing class', () => {
    expect(errorsOf('name: t\nevents:\n  - { at: 5m, type: service-crash, node: 1, service: rabbitmq }\n').map((e) => e.path)).toEqual(['events[0].service']);
    expect(errorsOf('name: t\nrabbitmq: {}\nevents:\n  - { at: 5m, type: service-crash, node: 3, service: rabbitmq }\n').map((e) => [e.path, e.expected])).toEqual([
      ['events[0].node', 'node 1, where RabbitMQ runs (the first core node)'],
    ]);
    expect(errorsOf('name: t\nrabbitmq: { publish: { placeOrdr: 1 } }\n').map((e) => [e.path, e.hint])).toEqual([['rabbitmq.publish.placeOrdr', 'did you mean `placeOrder`?']]);
  });
});
