import cliProgress from 'cli-progress';
import type { SweepProgress } from '../run/sweep/runSweep.js';

/** A sweep's progress display, and how to end it. */
export interface SweepProgressDisplay {
  progress: SweepProgress;
  stop(): void;
}

/**
 * Progress of a sweep on stderr: on a terminal (and not `--quiet`) a cli-progress bar
 * of cells done, with the replications run and an ETA; otherwise (a log, CI) a plain
 * line every `everyS` seconds at most, as cells finish, so a long sweep shows it is
 * alive without a `\r` in the log. Nothing at all with `--quiet`.
 */
export function sweepProgress(cells: number, quiet: boolean, stream: NodeJS.WriteStream = process.stderr, everyS = 10): SweepProgressDisplay {
  let done = 0;
  let runs = 0;
  if (quiet || cells === 0) return { progress: {}, stop: () => undefined };
  if (!stream.isTTY) {
    const started = Date.now();
    let last = started;
    return {
      progress: {
        onReplication: () => void runs++,
        onCell: () => {
          done++;
          const now = Date.now();
          if (now - last >= everyS * 1000 || done === cells) {
            last = now;
            stream.write(`magesim: sweep: ${done}/${cells} cells, ${runs} runs, ${((now - started) / 1000).toFixed(0)} s\n`);
          }
        },
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: ' {bar} {value}/{total} cells | {runs} runs | ETA {eta_formatted}', hideCursor: false, clearOnComplete: true, etaBuffer: 10 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(cells, 0, { runs: 0 });
  return {
    progress: {
      onReplication: () => bar.update(done, { runs: ++runs }),
      onCell: () => bar.update(++done, { runs }),
    },
    stop: () => bar.stop(),
  };
}
