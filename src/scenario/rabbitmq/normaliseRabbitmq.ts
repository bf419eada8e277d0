import type { RawScenario } from '../schema/rawScenarioSchema.js';
import type { RabbitMq } from '../Scenario.js';
import { parseDurationS } from '../units.js';
import { DEFAULT_RABBITMQ as D } from './rabbitmqDefaults.js';

/** The `rabbitmq` section with its defaults (a file without one does not model the queue). */
export function normaliseRabbitmq(raw: NonNullable<RawScenario['rabbitmq']>): RabbitMq {
  const publish: Record<string, number> = {};
  for (const [c, n] of Object.entries(raw.publish ?? D.publish)) if (n !== undefined) publish[c] = n;
  return {
    publish,
    processes: raw.processes ?? D.processes,
    cronEveryS: raw.cronEvery === undefined ? D.cronEveryS : parseDurationS(raw.cronEvery),
    maxMessages: raw.maxMessages ?? D.maxMessages,
    messageCpuS: raw.messageCpu === undefined ? D.messageCpuS : parseDurationS(raw.messageCpu),
    messageDbWrites: raw.messageDbWrites ?? D.messageDbWrites,
  };
}
