import { type MoveId, PRINCIPLE_IDS, type PrincipleId } from '../../rubric/ids.ts';
import type { RubricResult, Score } from '../../rubric/types.ts';

/** A rubric result literal with the given moves and principle scores (null when not given). */
export function result(
  moves: MoveId[] = [],
  scores: Partial<Record<PrincipleId, Score | null>> = {},
  extra: Partial<RubricResult> = {},
): RubricResult {
  return {
    engine: 'heuristic',
    language: 'en',
    overall: 50,
    criteria: PRINCIPLE_IDS.map((id) => ({ id, score: scores[id] ?? null, evidence: [], feedback: '' })),
    moves: moves.map((id) => ({ id, quote: id, start: 0, end: id.length })),
    flags: [],
    tips: [],
    ...extra,
  };
}
