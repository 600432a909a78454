// Checking as the author types: one check a pause after the last keystroke, and every answer to the newest
// request handed on whole, so the panels are always drawn from the latest answer (an answer to an older text
// is dropped: a newer one is on its way).

export type CheckLoop = {
  /** The text changed: check it after the pause. */
  schedule(text: string): void;
  /** Check now (a file just opened). */
  now(text: string): void;
  /** Nothing to check (an empty text): the pending check and any answer on its way are dropped. */
  cancel(): void;
  dispose(): void;
};

export function createCheckLoop<A>(options: {
  check: (text: string) => Promise<A>;
  onAnswer: (answer: A, text: string) => void;
  onError: (error: unknown) => void;
  delayMs?: number;
  timers?: Pick<typeof globalThis, 'setTimeout' | 'clearTimeout'>;
}): CheckLoop {
  const { check, onAnswer, onError, delayMs = 400, timers = globalThis } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let disposed = false;

  const run = (text: string) => {
    const request = ++latest;
    check(text).then(
      (answer) => {
        if (!disposed && request === latest) onAnswer(answer, text);
      },
      (error: unknown) => {
        if (!disposed && request === latest) onError(error);
      },
    );
  };

  return {
    schedule(text) {
      timers.clearTimeout(timer);
      timer = timers.setTimeout(() => run(text), delayMs);
    },
    now(text) {
      timers.clearTimeout(timer);
      run(text);
    },
    cancel() {
      timers.clearTimeout(timer);
      latest++;
    },
    dispose() {
      disposed = true;
      timers.clearTimeout(timer);
    },
  };
}
