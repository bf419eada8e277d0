/** How a job left a resource. */
export const JobOutcome = {
  /** Service completed. */
  Served: 0,
  /** Waited in the queue longer than the queue timeout and was dropped. */
  TimedOut: 1,
} as const;
export type JobOutcome = (typeof JobOutcome)[keyof typeof JobOutcome];

/** What `arrive` did with a job. */
export const Admission = {
  /** A server was free: service began at once. */
  Started: 0,
  /** All servers busy: the job waits in the queue. */
  Queued: 1,
  /** The queue was full: the job was turned away (the listener is not called). */
  Rejected: 2,
} as const;
export type Admission = (typeof Admission)[keyof typeof Admission];

/**
 * Told when a job leaves a resource. `tag` is the number the owner gave the resource
 * when making it (so one listener can own many resources without a closure each).
 */
export interface JobListener {
  jobDone(tag: number, job: number, outcome: JobOutcome): void;
}
