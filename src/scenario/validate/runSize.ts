import type { FieldPath } from '../errors/Problem.js';
import type { Scenario } from '../Scenario.js';

/**
 * What a run of the scenario holds in memory, estimated from the normalised scenario
 * before anything is simulated, so that a run that cannot fit is refused with the
 * field to change rather than dying of an out-of-memory error halfway.
 *
 * The per-unit costs are the model's data structures, rounded up: a window keeps its
 * sums (about 64 columns), its row in the result and its CSV line (`BYTES_PER_WINDOW`);
 * a session in progress keeps a session row, a pending event and, while a page is at
 * the origin, a request row, all in arrays that grow by doubling (`BYTES_PER_SESSION`);
 * a request in flight keeps a request row and its events (`BYTES_PER_REQUEST`); the
 * static-asset table holds one double per possible count of a page's misses.
 */
export const BYTES_PER_WINDOW = 2048;
export const BYTES_PER_SESSION = 128;
export const BYTES_PER_REQUEST = 256;
/** The estimate a run may reach: well under what a 64-bit Node process is allowed by default. */
export const RUN_MEMORY_BUDGET_BYTES = 2 * 2 ** 30;
/** Seconds a page is assumed to take at the origin when estimating how long a session lasts (**assumed**, a generous allowance). */
const RESPONSE_ALLOWANCE_S = 1;

export interface RunSizePart {
  /** What grows: the field to change and a sentence describing the estimate. */
  path: FieldPath;
  what: string;
  bytes: number;
  hint: string;
}

export interface RunSize {
  parts: RunSizePart[];
  totalBytes: number;
}

/** The memory a run of `s` needs, by part. */
export function estimateRunSize(s: Scenario): RunSize {
  const parts: RunSizePart[] = [];
  const windows = Math.ceil(s.durationS / s.windowS);
  const web = webNodes(s);
  // A window keeps ~64 columns for a standard cluster, and three more per web node beyond three.
  const perWindow = BYTES_PER_WINDOW + Math.max(0, web.total - 3) * 3 * 8 * 4;
  parts.push({
    path: ['window'],
    what: `${fmtCount(windows)} timeseries windows of ${s.windowS} s over ${s.durationS} s, ${fmtCount(web.total)} web nodes`,
    bytes: windows * perWindow,
    hint: 'use a wider window or a shorter duration',
  });
  if (web.total > 3) {
    parts.push({
      path: web.path,
      what: `${fmtCount(web.total)} web nodes, each with its CPU, PHP-FPM pool and health checks`,
      bytes: web.total * BYTES_PER_NODE,
      hint: 'a Pro cluster runs tens of web nodes at most',
    });
  }
  const t = s.traffic;
  const peakRatePerS = t.ratePerS * Math.max(1, ...t.profile.map((p) => p.x));
  if (t.kind === 'sessions') {
    let pages = 0;
    for (const [b, share] of Object.entries(t.behaviours)) pages += share * t.journeys[b as keyof typeof t.journeys].length;
    const sessionS = pages * (t.thinkTime.baseS + t.thinkTime.jitterS / 2 + RESPONSE_ALLOWANCE_S);
    const sessions = peakRatePerS * sessionS;
    parts.push({
      path: ['traffic', 'sessions', 'rate'],
      what: `${fmtCount(sessions)} sessions at once (${fmtCount(peakRatePerS)} new per second at the peak, each about ${sessionS.toFixed(1)} s long)`,
      bytes: sessions * BYTES_PER_SESSION,
      hint: 'lower the session rate or the profile peak',
    });
    // Each page's assets that miss Fastly are requests at the origin, each about a
    // response allowance long; the model also keeps a table of one double per possible
    // count of a page's misses.
    const missShare = s.cdn.enabled ? 1 - s.cdn.hitRatio.static : 1;
    const assetRequests = peakRatePerS * pages * t.assetsPerPage * missShare * RESPONSE_ALLOWANCE_S;
    parts.push({
      path: ['traffic', 'assetsPerPage'],
      what: `${fmtCount(t.assetsPerPage)} static assets a page (${fmtCount(assetRequests)} asset requests at the origin at once, and a table of ${fmtCount(t.assetsPerPage + 1)} entries)`,
      bytes: (t.assetsPerPage + 1) * 8 + assetRequests * BYTES_PER_REQUEST,
      hint: 'a page pulls tens to hundreds of assets',
    });
  } else {
    const requests = peakRatePerS * s.cluster.fastcgiReadTimeoutS;
    parts.push({
      path: ['traffic', 'requests', 'rate'],
      what: `up to ${fmtCount(requests)} requests in flight (${fmtCount(peakRatePerS)} per second at the peak for the ${s.cluster.fastcgiReadTimeoutS} s read timeout)`,
      bytes: requests * BYTES_PER_REQUEST,
      hint: 'lower the request rate or the profile peak',
    });
  }
  return { parts, totalBytes: parts.reduce((a, p) => a + p.bytes, 0) };
}

/** What one web node costs the model: its CPU, PHP-FPM pool, health state and columns, bytes (rounded up). */
const BYTES_PER_NODE = 4096;
/** Web nodes the model can tell apart (a request row stores its web node in 16 bits). */
export const MAX_WEB_NODES = 32_767;

/** Web nodes the run may hold: the scaled architecture's, plus those scale-outs and autoscaling may add; and the field that asks for the most. */
export function webNodes(s: Scenario): { total: number; path: FieldPath } {
  const a = s.cluster.architecture;
  if (a.kind !== 'scaled') return { total: 3, path: ['cluster', 'tier'] };
  const scaleOut = s.events.reduce((n, e) => n + (e.type === 'web-scale-out' ? e.count : 0), 0);
  const autoscaled = s.cluster.autoscaling === null ? 0 : Math.max(0, s.cluster.autoscaling.maxWebNodes - a.webNodes);
  const path: FieldPath =
    scaleOut >= autoscaled && scaleOut >= a.webNodes ? ['events'] : autoscaled >= a.webNodes ? ['cluster', 'autoscaling', 'maxWebNodes'] : ['cluster', 'architecture', 'scaled', 'webNodes'];
  return { total: a.webNodes + scaleOut + autoscaled, path };
}

/** A count for a message: `60 480`, `1.2 million`, `3.6 billion`, `3.0e+15`. */
export function fmtCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (n >= 1e12) return n.toExponential(1);
  if (n >= 1e9) return `${(n / 1e9).toPrecision(3)} billion`;
  if (n >= 1e6) return `${(n / 1e6).toPrecision(3)} million`;
  // Groups of three digits by hand: toLocaleString's first call loads the number
  // formatter, about 20 ms of every command's start-up.
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** Bytes for a message: `1.5 GiB`, `820 MiB`. */
export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes >= 2 ** 50) return `${bytes.toExponential(1)} bytes`;
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
  return `${Math.ceil(bytes / 2 ** 20)} MiB`;
}
