/** The services a node runs, as bits of `Health.up` and `Health.hosts`. */
export const S_PHP = 1;
export const S_GALERA = 2;
export const S_REDIS = 4;
export const S_SEARCH = 8;
/** The message broker (on the broker node, only when the scenario models RabbitMQ). */
export const S_RABBITMQ = 16;

/** Each service's bit by the name scenario files (service-crash) and the log use. */
export const SERVICE_BIT = { php: S_PHP, galera: S_GALERA, redis: S_REDIS, search: S_SEARCH, rabbitmq: S_RABBITMQ } as const;
export type ServiceName = keyof typeof SERVICE_BIT;

/** A single service's name from its bit. */
export function serviceName(bit: number): ServiceName {
  const name = (Object.keys(SERVICE_BIT) as ServiceName[]).find((n) => SERVICE_BIT[n] === bit);
  if (name === undefined) throw new Error(`no service has bit ${bit}`);
  return name;
}
