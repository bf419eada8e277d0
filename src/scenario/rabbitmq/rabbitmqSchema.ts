import { z } from 'zod';
import { openMapSchema } from '../classes/classSchema.js';
import { durationText, listText, withDefault } from '../schema/defaultText.js';
import { countSchema, durationSchema } from '../schema/unitSchemas.js';
import { REQUEST_CLASSES } from '../Scenario.js';
import { DEFAULT_RABBITMQ as D } from './rabbitmqDefaults.js';

/** The `rabbitmq` section: present (even `{}`), the scenario models the queue and its consumers. */
export const rabbitmqSchema = z
  .strictObject(
    {
      publish: openMapSchema(REQUEST_CLASSES, (c) => countSchema(0, `Messages an answered ${c ?? 'request of this class'} request publishes.`), 'request classes to message counts')
        .optional()
        .describe(`Messages each answered request of a class publishes (orders, reservations, exports). Default ${listText(D.publish)}; 0 for the rest.`),
      processes: countSchema(1, withDefault('Consumer processes each cron run starts when none is running (multiple_processes).', D.processes)).optional(),
      cronEvery: durationSchema('positive', withDefault('How often cron runs consumers_runner.', durationText(D.cronEveryS))).optional(),
      maxMessages: countSchema(1, withDefault('Messages a consumer takes before it exits (max_messages).', D.maxMessages)).optional(),
      messageCpu: durationSchema('nonnegative', withDefault('PHP CPU of one message on the consumer node (assumed).', durationText(D.messageCpuS))).optional(),
      messageDbWrites: countSchema(0, withDefault('Write transactions of one message on the main database (assumed).', D.messageDbWrites)).optional(),
    },
    { error: 'a map { publish, processes, cronEvery, maxMessages, messageCpu, messageDbWrites }' },
  )
  .optional()
  .describe('RabbitMQ and the cron-run consumers that drain it on the first core node; without this section the queue is not modelled.');
