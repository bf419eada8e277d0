import { createRequire } from 'node:module';
import { RandomStreams } from '../../sim/RandomStreams.js';

/** The slice of simjs's API the comparison uses (the package ships no types). */
interface SimjsRequest {
  done(callback: () => void, context?: object): SimjsRequest;
}
interface SimjsEntity {
  time(): number;
  setTimer(durationS: number): SimjsRequest;
  useFacility(facility: object, durationS: number): SimjsRequest;
}
interface SimjsApi {
  Sim: new () => { addEntity(klass: object, name?: string): SimjsEntity; simulate(endTime: number): void };
  Entity: new (...args: unknown[]) => SimjsEntity;
  Facility: (new (name: string, discipline?: number, servers?: number) => object) & { FCFS: number };
  DataSeries: new (name?: string) => { record(value: number): void; count(): number; average(): number };
}

/** simjs's bundle only exports through `window`; give it one, load it, take it back. */
function loadSimjs(): SimjsApi {
  const g = globalThis as { window?: { Sim?: SimjsApi } };
  const hadWindow = 'window' in g;
  g.window = g.window ?? {};
  createRequire(import.meta.url)('simjs');
  const api = g.window.Sim!;
  if (!hadWindow) delete g.window;
  return api;
}

const simjs = loadSimjs();

/**
 * The same M/M/c as MmcModel written the way simjs's documentation models a queue:
 * a generator entity re-arms a timer per arrival and each customer uses a FCFS
 * facility, its response time recorded in a DataSeries. Same random streams.
 */
export function runSimjsMmc(servers: number, rho: number, customers: number, seed = 1): { served: number; meanResponseS: number } {
  const streams = new RandomStreams(seed);
  const arrivals = streams.stream('arrivals');
  const services = streams.stream('service');
  const meanInterarrivalS = 1 / (rho * servers);
  const sim = new simjs.Sim();
  const station = new simjs.Facility('station', simjs.Facility.FCFS, servers);
  const response = new simjs.DataSeries('response');
  let remaining = customers;
  class Generator extends simjs.Entity {
    start(): void {
      const arrivedS = this.time();
      this.useFacility(station, services.exponential(1)).done(() => response.record(this.time() - arrivedS));
      if (--remaining > 0) this.setTimer(arrivals.exponential(meanInterarrivalS)).done(this.start);
    }
  }
  sim.addEntity(Generator);
  sim.simulate(Infinity);
  return { served: response.count(), meanResponseS: response.average() };
}
