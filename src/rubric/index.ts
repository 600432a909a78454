import { scoreHeuristic } from './heuristic.ts';
import type { Judge, JudgeInput } from './judge.ts';
import type { RubricResult } from './types.ts';

export { calibrate, openingHistory, RATING_THRESHOLDS, ratingOf } from './calibrate.ts';
export { scenarioContext } from './context.ts';
export {
  type Level,
  type Localised,
  MOVES,
  type MoveInfo,
  PRINCIPLES,
  type PrincipleInfo,
} from './criteria.ts';
export { scoreHeuristic } from './heuristic.ts';
export * from './ids.ts';
export {
  createLlmJudge,
  type Judge,
  type JudgeInput,
  type LlmJudgeOptions,
  locateQuote,
  neutraliseFences,
} from './judge.ts';
export { detectLanguage } from './language.ts';
export * from './session-report.ts';
export * from './types.ts';

export type EngineChoice = 'auto' | 'heuristic' | 'llm';

/** Asked for the LLM judge when none is configured: the HTTP layer answers 422 or 503. */
export class JudgeUnavailableError extends Error {
  readonly code = 'llm_not_configured';
  constructor(message = 'No LLM judge is configured; use the heuristic engine.') {
    super(message);
    this.name = 'JudgeUnavailableError';
  }
}

/** `auto`: the judge when there is one, else the heuristic. `llm` without a judge throws. */
export async function scoreReply(
  input: JudgeInput,
  options: { engine?: EngineChoice; judge?: Judge | undefined; signal?: AbortSignal } = {},
): Promise<RubricResult> {
  const engine = options.engine ?? 'auto';
  if (engine === 'heuristic') return scoreHeuristic(input);
  if (!options.judge) {
    if (engine === 'llm') throw new JudgeUnavailableError();
    return scoreHeuristic(input);
  }
  return options.judge.score(input, options.signal);
}
