import type { SessionRow, TurnRow } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import { initialMood } from '../roleplay/index.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { isUuid } from '../vocabulary.ts';
import type { TurnWithScore } from './store.ts';
import { parentOf, pathTaken } from './tree.ts';

// A point of the conversation a learner goes back to: to take a reply back and try another (attempts), to
// ask a hint while doing so, or to hear what the persona would have answered another reply (counterfactuals).
// One place says which replies can be gone back to, and what the session was at that point.

/**
 * The learner turn `turnId` of the path taken, or the error that says why it is not one: 404 for no such
 * turn, 422 for a persona turn, 409 for a reply taken back already.
 */
export function replyOfPath<T extends TurnRow>(turns: T[], turnId: string, what: { takeBack: boolean }): T {
  const turn = isUuid(turnId) ? turns.find((one) => one.id === turnId) : undefined;
  if (!turn) throw new AppError('not_found', `No turn '${turnId}' in this session.`);
  if (turn.role !== 'learner') {
    throw new AppError(
      'unprocessable',
      what.takeBack
        ? "Only the learner's own replies can be taken back."
        : "Only the learner's own replies can be played again with other words.",
      { path: 'turnId' },
    );
  }
  if (!pathTaken(turns).includes(turn)) {
    throw new AppError(
      'conflict',
      what.takeBack
        ? 'That reply was taken back already: try again from a reply of the conversation as it stands.'
        : 'That reply was taken back: choose a reply of the conversation as it stands.',
    );
  }
  return turn;
}

/**
 * The session as it stood before a learner turn: the mood the reply before it on the path left (or the
 * scenario's starting mood), and what the conversation held once the persona had answered the turn it follows.
 */
export function rewound<S extends SessionRow>(
  session: S,
  scenario: Scenario,
  path: TurnWithScore[],
  learner: { seq: number; parentSeq: number | null },
): S {
  const before = path.filter((turn) => turn.seq < learner.seq);
  const scored = before.findLast((turn) => turn.role === 'learner' && turn.score)?.score;
  const start = initialMood(scenario);
  const mood = scored
    ? { trust: scored.trust, tension: scored.tension, moodLabel: scored.moodLabel }
    : { trust: start.trust, tension: start.tension, moodLabel: start.label };
  const parent = before.find((turn) => turn.seq === parentOf(learner));
  return { ...session, ...mood, dialogue: parent?.role === 'persona' ? parent.dialogue : null };
}
