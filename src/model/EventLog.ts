/**
 * What a logged state change is to an incident: an action the model took on its own
 * that starts one, like a timeline event (`action`: the autoscaler scaling out or in),
 * an observer noticing a failure (`detection`: the ELB removing a node, Galera
 * suspecting one, HAProxy marking a backend down, Sentinel's sdown), or anything else
 * (`change`). The incident analysis reads roles, not words.
 */
export type LogRole = 'action' | 'detection' | 'change';

/** One state change, for events.csv. Times in seconds; node is 0-based, -1 for none. */
export interface LoggedEvent {
  atS: number;
  component: string;
  node: number;
  event: string;
  detail: string;
  role: LogRole;
}

/**
 * The run's state changes in time order (failures, detections, view changes, purges…).
 * They are rare, so plain objects are fine here; nothing is logged per request.
 */
export class EventLog {
  readonly events: LoggedEvent[] = [];

  add(atS: number, component: string, node: number, event: string, detail = '', role: LogRole = 'change'): void {
    this.events.push({ atS, component, node, event, detail, role });
  }
}
