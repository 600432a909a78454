import type { Evidence, RubricResult } from '../rubric/types.ts';
import type { Comparison, Side } from './comparison.ts';
import { answerTo } from './retry.ts';
import type { TurnWithScore } from './store.ts';
import { attemptsBeside } from './tree.ts';

// The report's side-by-side view: at each reply of the path taken that was tried more than once, each earlier
// attempt beside the reply that stayed, with the scores per principle and their difference, the evidence that
// changed, and the persona's two answers.

export function compareAttempts(
  turns: TurnWithScore[],
  path: TurnWithScore[],
  resultOf: (turn: TurnWithScore) => RubricResult,
): Comparison[] {
  return path
    .filter((turn) => turn.role === 'learner')
    .flatMap((after) =>
      attemptsBeside(turns, after).map((before) => compare(turns, before, after, resultOf)),
    );
}

function compare(
  turns: TurnWithScore[],
  before: TurnWithScore,
  after: TurnWithScore,
  resultOf: (turn: TurnWithScore) => RubricResult,
): Comparison {
  const was = resultOf(before);
  const now = resultOf(after);
  const side = (turn: TurnWithScore, result: RubricResult): Side => ({
    seq: turn.seq,
    reply: turn.content,
    overall: result.overall,
    answer: answerTo(turns, turn)?.content ?? null,
  });
  return {
    seq: after.seq,
    before: side(before, was),
    after: side(after, now),
    principles: now.criteria.map(({ id, score }) => {
      const earlier = was.criteria.find((criterion) => criterion.id === id)?.score ?? null;
      return {
        id,
        before: earlier,
        after: score,
        difference: earlier === null || score === null ? null : score - earlier,
      };
    }),
    evidence: now.criteria.flatMap(({ id, evidence }) => {
      const earlier = was.criteria.find((criterion) => criterion.id === id)?.evidence ?? [];
      const quotes = (list: Evidence[]) => list.map(({ quote, polarity }) => ({ quote, polarity }));
      const same = JSON.stringify(quotes(earlier)) === JSON.stringify(quotes(evidence));
      return same ? [] : [{ id, before: quotes(earlier), after: quotes(evidence) }];
    }),
  };
}
