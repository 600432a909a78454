import type { RubricResult } from '../rubric/types.ts';
import type { Mood, SessionStatus } from '../vocabulary.ts';
import type { TurnView } from './api-shapes.ts';

// What a turn sends its client, in order, and the turn as the routes hold it before it runs.

export type TurnEvent =
  | { type: 'learner'; data: TurnView }
  | { type: 'feedback'; data: RubricResult }
  | { type: 'mood'; data: Mood }
  | { type: 'delta'; data: { text: string } }
  | { type: 'persona'; data: TurnView }
  | { type: 'done'; data: { sessionStatus: SessionStatus } };

export type Emit = (event: TurnEvent) => void | Promise<void>;

export type PendingTurn = {
  /** Emits the turn's events in order; a failure after the learner turn was stored rejects with an AppError. */
  run(emit: Emit, signal: AbortSignal): Promise<void>;
};

/** The turn `prepare` makes, with `cleanup` run once it has run, or at once when it could not be made. */
export async function cleanupAfter(
  prepare: () => Promise<PendingTurn>,
  cleanup: () => Promise<unknown>,
): Promise<PendingTurn> {
  let pending: PendingTurn;
  try {
    pending = await prepare();
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { run: (emit, signal) => pending.run(emit, signal).finally(cleanup) };
}
