import type { EventHandler, Kernel } from '../../../sim/Kernel.js';
import type { ProcessorSharingCpu } from '../../../sim/ProcessorSharingCpu.js';
import type { Topology } from '../Topology.js';
import type { Health } from '../Health.js';
import type { EventLog } from '../EventLog.js';
import type { AutoscalingInput, MechanicsInput } from '../ModelInput.js';

// The autoscaler's event codes.
const CHECK = 0;
const DRAIN = 1;

/** How often a scale-in looks whether the node has drained, s. */
const DRAIN_POLL_S = 1;

/** What the autoscaler needs from the cluster model. */
export interface AutoscaleHost {
  readonly kernel: Kernel;
  readonly topology: Topology;
  readonly health: Health;
  readonly log: EventLog;
  readonly mechanics: MechanicsInput;
  /** Requests that have reached the origin (missed Fastly) since the start. */
  readonly originArrivals: number;
  /** The CPU of web node position `w`. */
  webCpu(w: number): ProcessorSharingCpu;
  /** Whether web node position `w` is booting after a scale-out. */
  launching(w: number): boolean;
  /** Launches one spare web node; returns its position, or -1 if none is left. */
  launchWebNode(): number;
  inFlightOn(w: number): number;
}

/**
 * Adobe's web-tier autoscaling for the scaled architecture (`autoscaling.md`). Every
 * `checkEvery` it samples the mean CPU of the active web nodes (those the ELB sends
 * traffic to) and the origin requests of that span. It adds a web node when the last
 * `scaleOut.for` of samples were all above `cpuAbove` and the origin traffic of the
 * last `growthOver` exceeds that of the `growthOver` before by `trafficGrowth`; it
 * removes one when the last `scaleIn.for` of samples were all at or below `cpuBelow`.
 * Nodes leave in the order they were added, never below `minWebNodes`; no more than
 * `maxWebNodes` ever run.
 *
 * Our reading where the documentation is silent (ASSUMED, docs/model.md): one action at
 * a time — a new node must be in service, a leaving node drained (at most the ELB's
 * deregistration delay), before the next decision; and the CPU samples restart after
 * each action, so the thresholds are judged on the new cluster, while the traffic
 * history carries on.
 */
export class Autoscaler implements EventHandler {
  private readonly cpu: Float64Array;
  private readonly traffic: Float64Array;
  /** Samples taken in all, and CPU samples since the last action. */
  private samples = 0;
  private cpuSamples = 0;
  private lastS: number;
  private lastArrivals = 0;
  private readonly lastBusy: Float64Array;
  private readonly outSamples: number;
  private readonly growthSamples: number;
  private readonly inSamples: number;
  /** Positions added by scaling out, in order. */
  private readonly added: number[] = [];
  private pendingIn = -1;
  private pendingOut = -1;
  private drainDeadlineS = 0;
  private readonly kinds: Int32Array;

  /** `endS`: the run's horizon (no look is scheduled past it). */
  constructor(
    private readonly host: AutoscaleHost,
    private readonly p: AutoscalingInput,
    private readonly endS: number,
  ) {
    this.kinds = Int32Array.from([CHECK, DRAIN], (code) => host.kernel.defineOccasionalKind(this, code, `autoscale.${code}`));
    const every = p.checkEveryS;
    this.outSamples = Math.max(1, Math.ceil(p.scaleOut.forS / every - 1e-9));
    this.growthSamples = Math.max(1, Math.ceil(p.scaleOut.growthOverS / every - 1e-9));
    this.inSamples = Math.max(1, Math.ceil(p.scaleIn.forS / every - 1e-9));
    const keep = Math.max(this.outSamples, 2 * this.growthSamples, this.inSamples);
    this.cpu = new Float64Array(keep);
    this.traffic = new Float64Array(keep);
    this.lastBusy = new Float64Array(host.topology.webNodes.length);
    this.lastS = host.kernel.nowS;
  }

  /** Schedules the first look. */
  begin(): void {
    this.after(this.p.checkEveryS, CHECK);
  }

  handle(code: number): void {
    if (code === CHECK) this.check();
    else this.drain();
  }

  private after(delayS: number, code: number): void {
    const k = this.host.kernel;
    const at = k.nowS + delayS;
    if (at <= this.endS) k.scheduleAt(at, this.kinds[code], 0);
  }

  /** Web nodes running or booting (`booting` true), or only those the ELB sends traffic to. */
  private countWebNodes(booting: boolean): number {
    const h = this.host;
    const web = h.topology.webNodes;
    let n = 0;
    for (let w = 0; w < web.length; w++) {
      const up = h.health.vmUp[web[w]] === 1;
      if (booting ? up || h.launching(w) : up && h.health.elbInService[w] === 1) n++;
    }
    return n;
  }

  /** Takes this span's samples; then decides, unless an action is still under way. */
  private check(): void {
    const h = this.host;
    const now = h.kernel.nowS;
    this.sample(now);
    this.after(this.p.checkEveryS, CHECK);
    if (this.pendingIn >= 0) return;
    if (this.pendingOut >= 0) {
      // Wait until the new node is in service (or gone: crashed before it got there).
      const node = h.topology.webNodes[this.pendingOut];
      if (!h.health.elbInService[this.pendingOut] && (h.launching(this.pendingOut) || h.health.vmUp[node])) return;
      this.pendingOut = -1;
      this.cpuSamples = 0;
      return;
    }
    if (this.shouldScaleOut()) this.scaleOut(now);
    else if (this.shouldScaleIn()) this.scaleIn(now);
  }

  private sample(now: number): void {
    const h = this.host;
    const t = h.topology;
    let busy = 0;
    let capacity = 0;
    for (let w = 0; w < t.webNodes.length; w++) {
      const cpu = h.webCpu(w);
      const integral = cpu.stats.busy.integral(now);
      // The busy integral runs over the whole run (the model snapshots it at warm-up).
      const delta = integral - this.lastBusy[w];
      this.lastBusy[w] = integral;
      if (!h.health.elbInService[w] || !h.health.vmUp[t.webNodes[w]]) continue;
      busy += delta;
      capacity += cpu.cores * (now - this.lastS);
    }
    const i = this.samples % this.cpu.length;
    this.cpu[i] = capacity > 0 ? busy / capacity : 0;
    this.traffic[i] = h.originArrivals - this.lastArrivals;
    this.lastArrivals = h.originArrivals;
    this.lastS = now;
    this.samples++;
    this.cpuSamples++;
  }

  /** Sample `back` steps before the newest (0 = newest). */
  private at(series: Float64Array, back: number): number {
    return series[(this.samples - 1 - back) % series.length];
  }

  private cpuMean(count: number): number {
    let sum = 0;
    for (let b = 0; b < count; b++) sum += this.at(this.cpu, b);
    return sum / count;
  }

  private trafficSum(fromBack: number, count: number): number {
    let sum = 0;
    for (let b = fromBack; b < fromBack + count; b++) sum += this.at(this.traffic, b);
    return sum;
  }

  private shouldScaleOut(): boolean {
    const { cpuAbove, trafficGrowth } = this.p.scaleOut;
    const g = this.growthSamples;
    if (this.cpuSamples < this.outSamples || this.samples < 2 * g) return false;
    if (this.countWebNodes(true) >= this.p.maxWebNodes) return false;
    for (let b = 0; b < this.outSamples; b++) if (this.at(this.cpu, b) <= cpuAbove) return false;
    return this.trafficSum(0, g) > (1 + trafficGrowth) * this.trafficSum(g, g);
  }

  private shouldScaleIn(): boolean {
    if (this.cpuSamples < this.inSamples) return false;
    if (this.countWebNodes(false) <= this.p.minWebNodes) return false;
    for (let b = 0; b < this.inSamples; b++) if (this.at(this.cpu, b) > this.p.scaleIn.cpuBelow) return false;
    return true;
  }

  private scaleOut(now: number): void {
    const h = this.host;
    const before = this.countWebNodes(true);
    const w = h.launchWebNode();
    if (w < 0) return;
    const g = this.growthSamples;
    const growth = this.trafficSum(g, g) > 0 ? this.trafficSum(0, g) / this.trafficSum(g, g) - 1 : Infinity;
    this.added.push(w);
    this.pendingOut = w;
    h.log.add(
      now,
      'autoscale',
      h.topology.webNodes[w],
      'scale-out',
      `web CPU ${percent(this.cpuMean(this.outSamples))} over ${minutes(this.outSamples * this.p.checkEveryS)}, ` +
        `origin traffic ${growth === Infinity ? 'up from none' : `+${percent(growth)}`} over ${minutes(g * this.p.checkEveryS)}: ` +
        `launching a web node (${before} → ${before + 1})`,
      'action',
    );
  }

  private scaleIn(now: number): void {
    const h = this.host;
    const t = h.topology;
    // Nodes leave in the order they were added; then original ones, last first.
    let w = this.added.findIndex((a) => h.health.elbInService[a] && h.health.vmUp[t.webNodes[a]]);
    if (w >= 0) w = this.added.splice(w, 1)[0];
    else for (let i = t.webNodes.length - 1; i >= 0 && w < 0; i--) if (h.health.elbInService[i] && h.health.vmUp[t.webNodes[i]]) w = i;
    if (w < 0) return;
    const active = this.countWebNodes(false);
    h.health.elbInService[w] = 0;
    this.pendingIn = w;
    this.drainDeadlineS = now + h.mechanics.elb.deregistrationDelayS;
    h.log.add(
      now,
      'autoscale',
      t.webNodes[w],
      'scale-in',
      `web CPU ${percent(this.cpuMean(this.inSamples))} over ${minutes(this.inSamples * this.p.checkEveryS)}: ` +
        `deregistered from the ELB, draining (${active} → ${active - 1} active)`,
      'action',
    );
    this.after(DRAIN_POLL_S, DRAIN);
  }

  /** A leaving node is stopped once its requests are done or the deregistration delay is over. */
  private drain(): void {
    const h = this.host;
    const w = this.pendingIn;
    const now = h.kernel.nowS;
    if (h.inFlightOn(w) > 0 && now < this.drainDeadlineS) return this.after(DRAIN_POLL_S, DRAIN);
    const node = h.topology.webNodes[w];
    h.log.add(now, 'autoscale', node, 'drained', `${h.inFlightOn(w)} requests still in flight`);
    h.health.stop(node);
    this.pendingIn = -1;
    this.cpuSamples = 0;
  }
}

function percent(x: number): string {
  return `${Math.round(x * 100)} %`;
}

function minutes(s: number): string {
  return s % 60 === 0 ? `${s / 60} min` : `${s} s`;
}
