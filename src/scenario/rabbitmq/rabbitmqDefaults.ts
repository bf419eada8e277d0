import type { RabbitMq } from '../Scenario.js';

/**
 * RabbitMQ and its consumers when a scenario has a `rabbitmq` section.
 * - cron every minute: Adobe Commerce on cloud, "Crons property" (Pro Staging and
 *   Production run `cron:run` once per minute) and Magento_MessageQueue's crontab.xml
 *   (`consumers_runner` on `* * * * *`);
 * - 10 000 messages per consumer run, then it exits; one process per consumer; consumers
 *   exit when the queue is empty (consumers_wait_for_messages off): Adobe Commerce
 *   Configuration Guide, "Manage message queues", and the CRON_CONSUMERS_RUNNER and
 *   CONSUMERS_WAIT_FOR_MAX_MESSAGES deploy variables;
 * - ASSUMED: an order publishes 2 messages (inventory salability update, coupon usage),
 *   a message costs 50 ms of PHP CPU and 1 write transaction; broker and consumers on the
 *   first core node (Magento's cron lock lets one node run the consumers group).
 */
export const DEFAULT_RABBITMQ: Readonly<RabbitMq> = {
  publish: { placeOrder: 2 },
  processes: 1,
  cronEveryS: 60,
  maxMessages: 10_000,
  messageCpuS: 0.05,
  messageDbWrites: 1,
};
