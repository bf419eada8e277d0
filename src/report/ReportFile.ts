/** A report file's content: a string, or chunks written one after another (a long timeseries; a chunk is written before the next is asked for). */
export type ReportFile = string | Iterable<string | Uint8Array>;
