import { assertComplete, createSession, endSession, LEARNER_REPLIES, streamTurn } from '../session-client.ts';
import { collectGarbage, mb } from './rss.ts';
import { pool, slope } from './stats.ts';

// Whether finished sessions leave memory behind: short sessions (start, one streamed turn, end) in
// batches, a full GC after each, and the slope of what remains. A leak shows as a steady slope.

export type MemoryResult = {
  sessions: number;
  batches: { finished: number; rssMb: number; heapMb: number }[];
  rssMbPer1000: number;
  heapMbPer1000: number;
  seconds: number;
};

export async function benchMemory(options: {
  coachUrl: string;
  sessions: number;
  batchSize: number;
  concurrency: number;
  /** Runs before each measurement (e.g. to drop what the fake upstream recorded). */
  afterBatch?: () => void;
}): Promise<MemoryResult> {
  const { coachUrl, sessions, batchSize, concurrency, afterBatch } = options;
  const batches: MemoryResult['batches'] = [];
  const started = performance.now();
  const measure = (finished: number) => {
    collectGarbage();
    const { rss, heapUsed } = process.memoryUsage();
    batches.push({ finished, rssMb: mb(rss), heapMb: mb(heapUsed) });
  };
  afterBatch?.();
  measure(0);
  for (let finished = 0; finished < sessions; finished += batchSize) {
    await pool(Array.from({ length: batchSize }), concurrency, async (_, index) => {
      const id = await createSession(coachUrl);
      assertComplete(await streamTurn(coachUrl, id, LEARNER_REPLIES[index % LEARNER_REPLIES.length]!));
      await endSession(coachUrl, id);
    });
    afterBatch?.();
    measure(finished + batchSize);
  }
  // The first batch warms caches and the JIT; the trend is read from there on.
  const trend = batches.slice(1);
  return {
    sessions,
    batches,
    rssMbPer1000: slope(trend.map((b) => ({ x: b.finished / 1000, y: b.rssMb }))),
    heapMbPer1000: slope(trend.map((b) => ({ x: b.finished / 1000, y: b.heapMb }))),
    seconds: (performance.now() - started) / 1000,
  };
}
