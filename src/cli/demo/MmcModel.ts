import { Kernel, type EventHandler } from '../../../sim/Kernel.js';
import { FcfsStation } from '../../../sim/FcfsStation.js';
import type { JobListener } from '../../../sim/JobListener.js';
import { RandomStreams } from '../../../sim/RandomStreams.js';
import type { RandomStream } from '../../../sim/RandomStream.js';
import { LatencyHistogram } from '../../../sim/stats/LatencyHistogram.js';

const ARRIVE = 0;

/**
 * M/M/c through the kernel's own FCFS station: Poisson arrivals, exponential service,
 * each customer's response time recorded in a streaming histogram. Customers are rows
 * (arrival time) recycled through a free list: memory does not grow with customers.
 */
export class MmcModel implements EventHandler, JobListener {
  readonly kernel = new Kernel(64);
  readonly station: FcfsStation;
  readonly response = new LatencyHistogram();
  private readonly arrivals: RandomStream;
  private readonly services: RandomStream;
  private readonly arriveKind: number;
  private readonly meanInterarrivalS: number;
  private readonly meanServiceS: number;
  private arrivedS = new Float64Array(1024);
  private free = new Int32Array(1024);
  private freeCount = 0;
  private rows = 0;
  private remaining: number;

  constructor(servers: number, rho: number, customers: number, seed = 1) {
    const streams = new RandomStreams(seed);
    this.arrivals = streams.stream('arrivals');
    this.services = streams.stream('service');
    this.meanServiceS = 1;
    this.meanInterarrivalS = this.meanServiceS / (rho * servers);
    this.remaining = customers;
    this.station = new FcfsStation(this.kernel, this, { name: 'station', servers });
    this.arriveKind = this.kernel.defineKind(this, ARRIVE, 'arrive');
    this.kernel.schedule(this.arrivals.exponential(this.meanInterarrivalS), this.arriveKind, 0);
  }

  handle(_code: number, _subject: number): void {
    if (--this.remaining > 0) this.kernel.schedule(this.arrivals.exponential(this.meanInterarrivalS), this.arriveKind, 0);
    const row = this.freeCount > 0 ? this.free[--this.freeCount] : this.newRow();
    this.arrivedS[row] = this.kernel.nowS;
    this.station.arrive(row, this.services.exponential(this.meanServiceS));
  }

  jobDone(_tag: number, row: number): void {
    this.response.record(this.kernel.nowS - this.arrivedS[row]);
    this.free[this.freeCount++] = row;
  }

  run(): this {
    this.kernel.run();
    return this;
  }

  private newRow(): number {
    if (this.rows === this.arrivedS.length) {
      const arrived = new Float64Array(this.rows * 2);
      arrived.set(this.arrivedS);
      this.arrivedS = arrived;
      this.free = new Int32Array(this.rows * 2);
    }
    return this.rows++;
  }
}
