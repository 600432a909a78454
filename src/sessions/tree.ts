import type { TurnRow } from '../db/schema/index.ts';

// The turns of a session form a tree of attempts: a learner who takes a reply back and tries another adds a
// new branch at the same point, and nothing is deleted. The path taken runs from the root to the newest turn;
// the conversation, the persona and the report read that path.

type Node = Pick<TurnRow, 'seq' | 'parentSeq'>;
type Spoken = Node & Pick<TurnRow, 'role' | 'status'>;

/** The turn a turn follows; 0 at the root. Turns stored before attempts existed follow the one before them. */
export const parentOf = (turn: Node) => turn.parentSeq ?? turn.seq - 1;

/**
 * The turns from the root to `headSeq`, oldest first, with the words of answers that broke off along the way:
 * shown as they were, never read as said.
 */
export function pathTo<T extends Spoken>(turns: T[], headSeq: number): T[] {
  const bySeq = new Map(turns.map((turn) => [turn.seq, turn]));
  const path: T[] = [];
  for (let turn = bySeq.get(headSeq); turn; turn = bySeq.get(parentOf(turn))) {
    path.push(turn);
    // A parent always comes before its child: this bounds the walk, whatever the rows say.
    if (parentOf(turn) >= turn.seq) break;
  }
  const replies = new Set(path.filter((turn) => turn.role === 'learner').map((turn) => turn.seq));
  const broken = turns.filter(
    (turn) =>
      turn.role === 'persona' &&
      turn.status !== 'complete' &&
      turn.seq < headSeq &&
      replies.has(parentOf(turn)) &&
      !path.includes(turn),
  );
  return [...path, ...broken].sort((a, b) => a.seq - b.seq);
}

/** The path taken: to the newest turn. */
export function pathTaken<T extends Spoken>(turns: T[]): T[] {
  const head = turns.reduce((max, turn) => Math.max(max, turn.seq), 0);
  return head === 0 ? [] : pathTo(turns, head);
}

/** The other learner turns at the same point as `turn` (the same parent), oldest first. */
export function attemptsBeside<T extends Node & Pick<TurnRow, 'role'>>(turns: T[], turn: T): T[] {
  const point = parentOf(turn);
  return turns.filter(
    (other) => other.role === 'learner' && other.seq !== turn.seq && parentOf(other) === point,
  );
}

/** True for a learner turn that branches off: it follows an earlier turn than the one stored just before it. */
export const branches = (turn: Node) => parentOf(turn) < turn.seq - 1;
