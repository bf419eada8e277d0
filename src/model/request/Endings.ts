import type { Kernel } from '../../../sim/Kernel.js';
import type { WorkerPool } from '../../../sim/WorkerPool.js';
import type { Cdn } from '../cdn/Cdn.js';
import { CAUSE_504 } from '../errorCauses.js';
import type { Metrics } from '../Metrics.js';
import type { Traffic } from '../traffic/Traffic.js';
import { PH_STATIC } from './phases.js';
import type { RequestTable } from './RequestTable.js';

/** Takes the messages an answered request of class `cls` publishes. */
export interface Publisher {
  published(cls: number): void;
}

/** A cluster without RabbitMQ: answered requests publish nothing (no branch on the option in the event loop). */
export const NO_PUBLISHER: Publisher = { published: () => undefined };

/** The database threads (`Databases`): an ending gives back the one a request holds. */
export interface ThreadRelease {
  release(r: number): void;
}

/**
 * How a request that reached the origin ends, in one place for every component: answered
 * (`finish`, a 504 past fastcgi_read_timeout), failed with a cause now (`fail`) or as the
 * shopper will see it while work is still pending (`doom`, then `drop` when it returns),
 * or refused before it had a web node (`refused`). Each gives back the PHP worker and the
 * load balancer's count, records the outcome, lets Fastly answer a 5xx with a stale copy,
 * and tells the session.
 */
export class Endings {
  constructor(
    private readonly kernel: Kernel,
    private readonly dbThreads: ThreadRelease,
    private readonly req: RequestTable,
    private readonly php: readonly WorkerPool[],
    /** Requests in flight per web node (the load balancer's count). */
    private readonly outstanding: Int32Array,
    private readonly metrics: Metrics,
    private readonly cdn: Cdn,
    private readonly traffic: Traffic,
    /** Where an answered request's messages go (RabbitMQ, or nowhere when it is not modelled). */
    private readonly publisher: Publisher,
    /** NGINX's fastcgi_read_timeout, s. */
    private readonly timeoutS: number,
    /** The event kind that delivers `drop` (on the host's dispatch: hot kinds stay there). */
    private readonly dropKind: number,
  ) {}

  /** Request `r` is answered by the origin now. */
  finish(r: number): void {
    const req = this.req;
    const now = this.kernel.nowS;
    const w = req.web[r];
    if (req.phase[r] !== PH_STATIC) this.php[w].release();
    this.outstanding[w]--;
    // NGINX's fastcgi_read_timeout judges the time at the origin; the shopper waits the delivery on top.
    const originS = now - req.arrivedS[r];
    const responseS = originS + this.cdn.deliveryS;
    const ok = originS <= this.timeoutS;
    // A 504 went out at the timeout; its shopper has moved on since (or got a stale page).
    let stale = false;
    if (ok) {
      this.metrics.completed(req.cls[r], req.arrivedS[r], now, responseS);
      this.publisher.published(req.cls[r]);
    } else stale = this.originFailed(req.cls[r], req.arrivedS[r], req.arrivedS[r] + this.timeoutS, CAUSE_504);
    const s = req.session[r];
    req.release(r);
    if (s >= 0) this.traffic.pageDone(s, ok || stale, ok ? this.cdn.deliveryS : 0);
  }

  /** Ends request `r` in error now; `holdsWorker` when it had a PHP worker to give back. */
  fail(r: number, cause: number, holdsWorker: boolean): void {
    const req = this.req;
    const w = req.web[r];
    if (holdsWorker) this.php[w].release();
    this.outstanding[w]--;
    const stale = this.originFailed(req.cls[r], req.arrivedS[r], this.kernel.nowS, cause);
    const s = req.session[r];
    req.release(r);
    if (s >= 0) this.traffic.pageDone(s, stale, 0);
  }

  /** A request of class `cls` (session `session`, −1 for none) that got no web node fails as its shopper sees it at `atS`. */
  refused(cls: number, session: number, atS: number, cause: number): void {
    const now = this.kernel.nowS;
    const stale = this.originFailed(cls, now, atS, cause);
    if (session >= 0) this.traffic.pageDone(session, stale, stale ? atS - now + this.cdn.deliveryS : 0);
  }

  /** Fails request `r` as its shopper sees it at `atS`; the row goes when its pending work returns (`drop`). */
  doom(r: number, cause: number, atS: number): void {
    const req = this.req;
    req.doomed[r] = 1;
    const stale = this.originFailed(req.cls[r], req.arrivedS[r], atS, cause);
    const s = req.session[r];
    req.session[r] = -1;
    if (s >= 0 && stale) this.traffic.pageDone(s, true, atS - this.kernel.nowS + this.cdn.deliveryS);
    else if (s >= 0) this.traffic.pageDone(s, false, 0);
  }

  /** Like `doom`, for a request with nothing pending: its PHP worker stays held until `atS`, then it is dropped. */
  failLater(r: number, cause: number, atS: number): void {
    this.doom(r, cause, atS);
    this.kernel.scheduleAt(atS, this.dropKind, r);
  }

  /** Frees a doomed request's database thread, PHP worker and row. */
  drop(r: number): void {
    const req = this.req;
    this.dbThreads.release(r);
    const w = req.web[r];
    if (req.phase[r] !== PH_STATIC) this.php[w].release();
    this.outstanding[w]--;
    req.release(r);
  }

  /**
   * The origin failed a request of class `cls` that reached Fastly at `arrivedS`; its
   * shopper learns at `atS`. Fastly's VCL answers a 5xx with the stale copy when it has
   * one (`beresp.status >= 500 && stale.exists`: fastly-magento2 `fetch.vcl`): then it
   * counts as answered, else as an error. True when answered stale.
   */
  private originFailed(cls: number, arrivedS: number, atS: number, cause: number): boolean {
    if (this.cdn.staleCopy(cls)) {
      this.metrics.stale(cls, arrivedS, atS, atS - arrivedS + this.cdn.deliveryS);
      return true;
    }
    this.metrics.error(cls, arrivedS, atS, cause);
    return false;
  }
}
