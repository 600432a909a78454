import type { Logger } from '../logger.ts';
import type { Eraser } from './erase.ts';

const DAY_MS = 86_400_000;
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/**
 * Erases what is older than `days`, now and then every interval. The timer is unref'd: it never keeps the
 * process alive. Several instances may run it at once; deleting twice is harmless.
 */
export function startRetention(deps: {
  eraser: Eraser;
  days: number;
  clock: () => Date;
  logger: Logger;
  intervalMs?: number;
}): { runOnce(): Promise<void>; stop(): void } {
  const runOnce = async () => {
    try {
      const erased = await deps.eraser.eraseOlderThan(retentionCutoff(deps.clock(), deps.days));
      if (erased.sessions > 0 || erased.learners > 0) {
        deps.logger.info({ ...erased, retentionDays: deps.days }, 'retention: erased old data');
      }
    } catch (error) {
      deps.logger.error({ err: error }, 'retention: erasing old data failed; will retry');
    }
  };
  const timer = setInterval(() => void runOnce(), deps.intervalMs ?? RETENTION_INTERVAL_MS);
  timer.unref();
  void runOnce();
  return { runOnce, stop: () => clearInterval(timer) };
}
