import { Kernel, type EventHandler } from '../../sim/Kernel.js';
import { FcfsStation } from '../../sim/FcfsStation.js';
import { ProcessorSharingCpu } from '../../sim/ProcessorSharingCpu.js';
import { Admission, JobOutcome, type JobListener } from '../../sim/JobListener.js';
import { RandomStreams } from '../../sim/RandomStreams.js';
import type { RandomStream } from '../../sim/RandomStream.js';

export interface Sampler {
  sample(rng: RandomStream): number;
}

export interface OpenStationOptions {
  seed: number;
  lambda: number;
  service: Sampler;
  servers: number;
  discipline?: 'fcfs' | 'ps';
  queueLimit?: number;
  warmupS: number;
  horizonS: number;
}

export interface OpenStationResult {
  served: number;
  rejected: number;
  arrivals: number;
  queuedOnArrival: number;
  meanResponseS: number;
  meanWaitS: number;
  meanQueue: number;
  meanInSystem: number;
  utilisation: number;
  meanServiceS: number;
  throughput: number;
  events: number;
}

const ARRIVE = 0;
const WARMUP = 1;

/**
 * One station fed by Poisson arrivals: the smallest model that exercises the kernel,
 * a resource and the statistics end to end, for the queueing-theory oracles.
 */
class OpenStation implements EventHandler, JobListener {
  readonly kernel = new Kernel();
  private readonly fcfs: FcfsStation | undefined;
  private readonly ps: ProcessorSharingCpu | undefined;
  private readonly arrivals: RandomStream;
  private readonly services: RandomStream;
  private readonly arriveKind: number;
  private arrivedS = new Float64Array(1024);
  private free: number[] = [];
  private next = 0;
  responseSum = 0;
  served = 0;
  rejected = 0;
  arrivalCount = 0;
  queuedOnArrival = 0;
  inSystemArea = 0;

  constructor(private readonly o: OpenStationOptions) {
    const streams = new RandomStreams(o.seed);
    this.arrivals = streams.stream('arrivals');
    this.services = streams.stream('service');
    if (o.discipline === 'ps') this.ps = new ProcessorSharingCpu(this.kernel, this, { name: 'cpu', cores: o.servers });
    else this.fcfs = new FcfsStation(this.kernel, this, { name: 'station', servers: o.servers, queueLimit: o.queueLimit });
    this.arriveKind = this.kernel.defineKind(this, ARRIVE, 'arrive');
    this.kernel.schedule(this.arrivals.exponential(1 / o.lambda), this.arriveKind, 0);
    this.kernel.scheduleAt(o.warmupS, this.kernel.defineKind(this, WARMUP, 'warmup'), 0);
  }

  get stats() {
    return (this.fcfs ?? this.ps)!.stats;
  }

  handle(code: number): void {
    const now = this.kernel.nowS;
    if (code === WARMUP) {
      this.stats.reset(now);
      this.responseSum = this.served = this.rejected = this.arrivalCount = this.queuedOnArrival = 0;
      return;
    }
    this.kernel.schedule(this.arrivals.exponential(1 / this.o.lambda), this.arriveKind, 0);
    const job = this.free.length > 0 ? this.free.pop()! : this.next++;
    if (job >= this.arrivedS.length) {
      const grown = new Float64Array(this.arrivedS.length * 2);
      grown.set(this.arrivedS);
      this.arrivedS = grown;
    }
    this.arrivedS[job] = now;
    this.arrivalCount++;
    const s = this.o.service.sample(this.services);
    if (this.ps) {
      this.ps.arrive(job, s);
      return;
    }
    const admitted = this.fcfs!.arrive(job, s);
    if (admitted === Admission.Queued) this.queuedOnArrival++;
    if (admitted === Admission.Rejected) {
      this.rejected++;
      this.free.push(job);
    }
  }

  jobDone(_tag: number, job: number, outcome: JobOutcome): void {
    if (outcome === JobOutcome.Served && this.arrivedS[job] >= this.o.warmupS) {
      this.responseSum += this.kernel.nowS - this.arrivedS[job];
      this.served++;
    }
    this.free.push(job);
  }

  run(): OpenStationResult {
    const { events } = this.kernel.run(this.o.horizonS);
    const end = this.o.horizonS;
    const st = this.stats;
    const meanQueue = st.queue.mean(end);
    const meanBusy = st.busy.mean(end);
    return {
      served: this.served,
      rejected: this.rejected,
      arrivals: this.arrivalCount,
      queuedOnArrival: this.queuedOnArrival,
      meanResponseS: this.responseSum / this.served,
      meanWaitS: st.waitSumS / st.started,
      meanQueue,
      meanInSystem: meanQueue + meanBusy,
      utilisation: st.utilisation(end),
      meanServiceS: st.serviceSumS / st.started,
      throughput: st.completed / (end - st.startS),
      events,
    };
  }
}

/** Runs one replication of a single-station open model. */
export function runOpenStation(o: OpenStationOptions): OpenStationResult {
  return new OpenStation(o).run();
}

/** Runs `replications` independent replications (seeds seed, seed+1, …). */
export function replicate(o: OpenStationOptions, replications: number): OpenStationResult[] {
  const out: OpenStationResult[] = [];
  for (let r = 0; r < replications; r++) out.push(runOpenStation({ ...o, seed: o.seed + r }));
  return out;
}

export const exponentialService = (meanS: number): Sampler => ({ sample: (rng) => rng.exponential(meanS) });
export const deterministicService = (valueS: number): Sampler => ({ sample: () => valueS });
