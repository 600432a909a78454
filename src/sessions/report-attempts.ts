import type { CounterfactualRow } from '../db/schema/index.ts';
import type { Evidence, RubricResult } from '../rubric/types.ts';
import type { Mood } from '../vocabulary.ts';
import type { Comparison, CounterfactualComparison, Side } from './comparison.ts';
import { answerTo } from './retry.ts';
import type { TurnWithScore } from './store.ts';
import { attemptsBeside } from './tree.ts';

// The report's side-by-side view: at each reply of the path taken that was tried more than once, each earlier
// attempt beside the reply that stayed, with the scores per principle and their difference, the evidence that
// changed, and the persona's two answers. The alternatives played at a reply ("What if I had said…") are set
// beside it the same way.

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

/** Each alternative played at a reply of the path taken, beside that reply. */
export function compareCounterfactuals(
  turns: TurnWithScore[],
  path: TurnWithScore[],
  resultOf: (turn: TurnWithScore) => RubricResult,
): CounterfactualComparison[] {
  return path
    .filter((turn) => turn.role === 'learner')
    .flatMap((said) =>
      (said.counterfactuals ?? []).map((played) => counterfactual(turns, said, played, resultOf(said))),
    );
}

function counterfactual(
  turns: TurnWithScore[],
  said: TurnWithScore,
  played: CounterfactualRow,
  result: RubricResult,
): CounterfactualComparison {
  const saidSide: Side = {
    seq: said.seq,
    reply: said.content,
    overall: result.overall,
    answer: answerTo(turns, said)?.content ?? null,
  };
  const playedSide: Side = {
    seq: said.seq,
    reply: played.content,
    overall: played.result.overall,
    answer: played.answer,
  };
  return {
    seq: said.seq,
    ...sideBySide(saidSide, result, playedSide, played.result),
    source: played.source,
    mood: {
      before: played.moodBefore,
      said: said.score ? moodOf(said.score) : null,
      alternative: moodOf(played),
    },
  };
}

function compare(
  turns: TurnWithScore[],
  before: TurnWithScore,
  after: TurnWithScore,
  resultOf: (turn: TurnWithScore) => RubricResult,
): Comparison {
  const side = (turn: TurnWithScore, result: RubricResult): Side => ({
    seq: turn.seq,
    reply: turn.content,
    overall: result.overall,
    answer: answerTo(turns, turn)?.content ?? null,
  });
  const was = resultOf(before);
  const now = resultOf(after);
  return { seq: after.seq, ...sideBySide(side(before, was), was, side(after, now), now) };
}

/** Two replies at one point: each side, the scores per principle with their difference, the evidence that changed. */
function sideBySide(
  before: Side,
  was: RubricResult,
  after: Side,
  now: RubricResult,
): Omit<Comparison, 'seq'> {
  return {
    before,
    after,
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

/** A verdict's mood as the API names it (api-shapes reads this module, so it cannot be imported here). */
const moodOf = (row: { trust: number; tension: number; moodLabel: Mood['label'] }): Mood => ({
  trust: row.trust,
  tension: row.tension,
  label: row.moodLabel,
});
