import type { Problem } from '../errors/Problem.js';
import { placeEvents } from '../normalise/normaliseEvents.js';
import { nodeNumbering } from '../normalise/nodeNumbering.js';
import type { ScenarioRule } from '../validate/ScenarioRule.js';

/** A service-crash of rabbitmq needs the queue modelled, on the node RabbitMQ runs on (the first core node). */
export const rabbitmqCrashOnItsNode: ScenarioRule = {
  name: 'rabbitmq crashes where it runs',
  check(s, raw) {
    const broker = nodeNumbering(s.cluster.architecture).core[0];
    return placeEvents(raw.events).flatMap((p): Problem[] => {
      if (p.raw.type !== 'service-crash' || p.raw.service !== 'rabbitmq') return [];
      if (s.rabbitmq === undefined) {
        return [{ path: ['events', p.index, 'service'], expected: 'a service the scenario runs: rabbitmq only with a rabbitmq section', found: 'rabbitmq', hint: 'add `rabbitmq: {}` to model the queue and its consumers' }];
      }
      if (p.raw.node === broker) return [];
      return [{ path: ['events', p.index, 'node'], expected: `node ${broker}, where RabbitMQ runs (the first core node)`, found: `node ${p.raw.node}` }];
    });
  },
};
