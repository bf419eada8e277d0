/**
 * A yardstick, not a simulator: the M/M/c of the benchmark written as one plain
 * JavaScript loop, with everything the kernel generalises taken out — no event kinds,
 * no sequence numbers (ties are left to chance), no cancellation, no station
 * statistics, no listener; one heap of (time, payload) pairs, the Alea recurrence and
 * `Math.log` inline, the response time recorded in the same log-linear buckets as
 * LatencyHistogram. What it reaches is about as fast as this machine runs the model in
 * JavaScript, so the benchmark prints it beside the kernel's rate.
 */
const INV_2_32 = 2.3283064365386963e-10;
const QUEUE = 1 << 16;

export function runPlainMmc(servers: number, rho: number, customers: number): { served: number; meanResponseS: number } {
  const lambda = rho * servers;
  // Heap of (time, payload): payload −1 is the next arrival, otherwise a departing
  // customer's arrival time.
  const heap = new Float64Array(2 * (servers + 2));
  const waiting = new Float64Array(QUEUE);
  const counts = new Float64Array(4096);
  let n = 0;
  let busy = 0;
  let left = customers;
  let served = 0;
  let sum = 0;
  let qHead = 0;
  let qLen = 0;
  // Alea states of the two streams (arrivals a, services b), seeded with fixed values.
  let a0 = 0.8633289230056107;
  let a1 = 0.15019597043283284;
  let a2 = 0.9730867035686970;
  let ac = 1;
  let b0 = 0.3255228393245488;
  let b1 = 0.6470616308506578;
  let b2 = 0.0934563742391765;
  let bc = 1;
  let t = 2091639 * a0 + ac * INV_2_32;
  a0 = a1;
  a1 = a2;
  ac = t | 0;
  a2 = t - ac;
  heap[0] = -Math.log(1 - a2) / lambda;
  heap[1] = -1;
  n = 1;
  while (n > 0) {
    const now = heap[0];
    const payload = heap[1];
    n--;
    {
      const key = heap[2 * n];
      const value = heap[2 * n + 1];
      const half = n >> 1;
      let i = 0;
      while (i < half) {
        let c = 2 * i + 1;
        let ck = heap[2 * c];
        if (c + 1 < n && heap[2 * c + 2] < ck) {
          c++;
          ck = heap[2 * c];
        }
        if (ck >= key) break;
        heap[2 * i] = ck;
        heap[2 * i + 1] = heap[2 * c + 1];
        i = c;
      }
      heap[2 * i] = key;
      heap[2 * i + 1] = value;
    }
    let k1 = -1;
    let v1 = 0;
    let k2 = -1;
    // Arrival time of the customer who starts service now, or −1.
    let starts = -1;
    if (payload < 0) {
      if (--left > 0) {
        t = 2091639 * a0 + ac * INV_2_32;
        a0 = a1;
        a1 = a2;
        ac = t | 0;
        a2 = t - ac;
        k1 = now - Math.log(1 - a2) / lambda;
        v1 = -1;
      }
      if (busy < servers) {
        busy++;
        starts = now;
      } else {
        if (qLen === QUEUE) throw new RangeError('plain M/M/c: more than 65 536 waiting');
        waiting[(qHead + qLen++) & (QUEUE - 1)] = now;
      }
    } else {
      const x = now - payload;
      const q = Math.floor(x * 1e6);
      let index = q;
      if (q >= 256) {
        const shift = 31 - Math.clz32(q) - 7;
        index = shift * 128 + (q >>> shift);
      }
      counts[index]++;
      served++;
      sum += x;
      if (qLen > 0) {
        starts = waiting[qHead];
        qHead = (qHead + 1) & (QUEUE - 1);
        qLen--;
      } else busy--;
    }
    if (starts >= 0) {
      t = 2091639 * b0 + bc * INV_2_32;
      b0 = b1;
      b1 = b2;
      bc = t | 0;
      b2 = t - bc;
      k2 = now - Math.log(1 - b2);
    }
    for (let r = 0; r < 2; r++) {
      const key = r === 0 ? k1 : k2;
      if (key < 0) continue;
      const value = r === 0 ? v1 : starts;
      let i = n++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        const pk = heap[2 * p];
        if (pk <= key) break;
        heap[2 * i] = pk;
        heap[2 * i + 1] = heap[2 * p + 1];
        i = p;
      }
      heap[2 * i] = key;
      heap[2 * i + 1] = value;
    }
  }
  return { served, meanResponseS: sum / served };
}
