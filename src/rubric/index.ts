import { withConfidence } from './confidence.ts';
import { scoreHeuristic } from './heuristic.ts';
import type { Judge, JudgeInput } from './judge.ts';
import type { RubricResult } from './types.ts';

export { calibrate, openingHistory, RATING_THRESHOLDS, ratingOf } from './calibrate.ts';
export {
  CALIBRATED_WORDS,
  confidenceOf,
  RECOGNISED,
  recognisedShare,
  withConfidence,
} from './confidence.ts';
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

/**
 * Reads one short reply in each language, so the rules' index is built and their expressions compiled
 * before the first learner's reply is: it takes a good part of a second, once a process has its port.
 */
export function warmRubric(): void {
  for (const [language, reply] of [
    ['nl', 'Ik begrijp dat dit lastig is. Wat heb je nodig?'],
    ['en', 'I understand this is hard. What do you need?'],
  ] as const)
    scoreHeuristic({ reply, language, history: [] });
}

export type EngineChoice = 'auto' | 'heuristic' | 'llm';

/** Asked for the LLM judge when none is configured: the HTTP layer answers 422 or 503. */
export class JudgeUnavailableError extends Error {
  readonly code = 'llm_not_configured';
  constructor(message = 'No LLM judge is configured; use the heuristic engine.') {
    super(message);
    this.name = 'JudgeUnavailableError';
  }
}

/** `auto`: the judge when there is one, else the heuristic. `llm` without a judge throws. Carries its confidence. */
export async function scoreReply(
  input: JudgeInput,
  options: { engine?: EngineChoice; judge?: Judge | undefined; signal?: AbortSignal } = {},
): Promise<RubricResult> {
  const engine = options.engine ?? 'auto';
  const language = input.feedbackLanguage ?? input.language;
  if (engine === 'llm' && !options.judge) throw new JudgeUnavailableError();
  const heuristic = input.heuristic ?? scoreHeuristic(input);
  if (engine === 'heuristic' || !options.judge) return withConfidence(input.reply, heuristic, { language });
  const judged = await options.judge.score({ ...input, heuristic }, options.signal);
  return withConfidence(input.reply, judged, { language, heuristic });
}
