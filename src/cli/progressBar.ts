import cliProgress from 'cli-progress';
import type { RunProgress } from '../run/runScenario.js';

/** A progress display for a run, and how to end it. */
export interface Progress {
  onProgress: RunProgress | undefined;
  stop(): void;
}

/**
 * Progress of a run on stderr when stderr is a terminal (and not `--quiet`): the done
 * fraction of all replications' simulated time, the simulated time of the slowest,
 * events per second and an ETA, redrawn in place by cli-progress. When stderr is not a
 * terminal (a log, a pipe, CI) nothing is drawn, so no `\r` ever lands in a file.
 */
export function progressBar(durationS: number, replications: number, quiet: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (quiet || !stream.isTTY) return { onProgress: undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: ' {bar} {percentage}% | simulated {simulated} of {end} | {rate} events/s | ETA {eta_formatted}',
      // Not hidden: Ctrl-C ends a run at once (the simulation holds the thread, so no
      // handler runs), and a hidden cursor would stay hidden in the user's shell.
      hideCursor: false,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  const nowS = new Float64Array(replications);
  const events = new Float64Array(replications);
  const started = Date.now();
  const total = durationS * replications;
  bar.start(total, 0, { simulated: fmt(0), end: fmt(durationS), rate: '0' });
  return {
    onProgress(replication, atS, count) {
      nowS[replication] = atS;
      events[replication] = count;
      const done = nowS.reduce((a, b) => a + b, 0);
      const elapsedS = Math.max(1e-3, (Date.now() - started) / 1000);
      const rate = events.reduce((a, b) => a + b, 0) / elapsedS;
      bar.update(done, { simulated: fmt(Math.min(...nowS)), rate: rate >= 1e6 ? `${(rate / 1e6).toFixed(2)} M` : `${Math.round(rate / 1e3)} k` });
    },
    stop: () => bar.stop(),
  };
}

/** Simulated time for the bar: `12m 30s`, `3h 05m`. */
function fmt(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = Math.floor(s % 60);
  return h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m ${String(sec).padStart(2, '0')}s`;
}
