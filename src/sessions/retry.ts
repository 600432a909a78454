import type { TurnRow } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';

// A turn sent again with the same Idempotency-Key: replayed once answered, asked again while it is the latest,
// refused once the conversation went on without its answer.

/**
 * The persona's complete answer to a learner turn: a complete persona turn that follows it (in turns stored
 * before attempts existed: after it and before the next learner turn). Words of an answer that broke off are
 * never the answer.
 */
export function answerTo<T extends TurnRow>(turns: T[], learner: { seq: number }): T | null {
  const answers = turns.filter(
    (turn) => turn.role === 'persona' && turn.status === 'complete' && turn.parentSeq === learner.seq,
  );
  if (answers.length > 0) return answers.at(-1)!;
  for (const turn of turns) {
    if (turn.seq <= learner.seq || turn.parentSeq !== null) continue;
    if (turn.role === 'learner') return null;
    if (turn.status === 'complete') return turn;
  }
  return null;
}

/**
 * The rules for a retried turn (the same Idempotency-Key): it must carry the reply it was first sent with;
 * once answered it is replayed; a turn whose answer never came or broke off is asked again while it is the
 * latest, and refused once a later reply has been sent (the conversation went on without that answer).
 */
export function checkRetry(turns: TurnRow[], retried: TurnRow, content: string): void {
  if (retried.content !== content) {
    throw new AppError(
      'idempotency_key_reused',
      'This Idempotency-Key was sent before with another reply. Send a new reply with a new key.',
      { path: 'content' },
    );
  }
  const later = turns.some((turn) => turn.role === 'learner' && turn.seq > retried.seq);
  if (later && !answerTo(turns, retried)) {
    throw new AppError(
      'turn_superseded',
      "The persona's answer to this reply never came or broke off, and the conversation has moved on since: it is not answered any more. Send a new reply.",
    );
  }
}
