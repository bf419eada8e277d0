/** One state change, for events.csv. Times in seconds; node is 0-based, -1 for none. */
export interface LoggedEvent {
  atS: number;
  component: string;
  node: number;
  event: string;
  detail: string;
}

/**
 * The run's state changes in time order (failures, detections, view changes, purges…).
 * They are rare, so plain objects are fine here; nothing is logged per request.
 */
export class EventLog {
  readonly events: LoggedEvent[] = [];

  add(atS: number, component: string, node: number, event: string, detail = ''): void {
    this.events.push({ atS, component, node, event, detail });
  }
}
