/** The kinds of resource the cluster has, as reports name them (resources.csv, timeseries.csv). */
export const RESOURCE = { cpu: 'cpu', php: 'php-fpm', redis: 'redis', galeraApply: 'galera-apply', dbThreads: 'db-threads', searchThreads: 'search-threads' } as const;
export type ResourceKind = (typeof RESOURCE)[keyof typeof RESOURCE];

/** A resource's name: its kind and its node (0-based here), numbered from 1 as in scenario files: `php-fpm.node2`. */
export const resourceName = (kind: ResourceKind, node: number): string => `${kind}.node${node + 1}`;

/** The prefix every resource of a kind shares: `php-fpm.`. */
export const resourcePrefix = (kind: ResourceKind): string => `${kind}.`;
