import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Memory measurements for the benchmark: the peak RSS over a phase, and a full GC on demand.

/** Samples the resident set size until stopped; resolves with the peak in bytes. */
export function sampleRss(intervalMs = 25) {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

let gc: (() => void) | undefined;

/** A full collection, so what remains is what is still referenced (the `npm run bench` line takes no node flags). */
export function collectGarbage() {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
  gc();
}

export const mb = (bytes: number) => bytes / 1024 / 1024;
