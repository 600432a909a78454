import { findAct } from '../rubric/context.ts';
import type { ActCheck, Language, RubricResult, ScenarioActs } from '../rubric/index.ts';
import { analysisText } from '../rubric/text.ts';

// Which replies did the scenario's own acts: the core act a good reply must do, and the acts it must not.
// The report shows them beside the overall and the goals (they cap the scores and meet act goals), and
// derives what to practise next from the acts a session lacked. Read with the rubric's own act check.

/** One of the scenario's acts, in its language, with the replies (by seq) that did it. */
export type ActInSession = { label: string; tip: string | null; doneIn: number[] };
export type SessionActs = { core: ActInSession | null; mustNot: ActInSession[] };

type ScoredTurn = { seq: number; content: string; result: Pick<RubricResult, 'moves'> };

/** null when the scenario names no acts. */
export function actsInSession(
  acts: ScenarioActs | undefined,
  language: Language,
  turns: ScoredTurn[],
): SessionActs | null {
  if (!acts?.core && !acts?.mustNot?.length) return null;
  const doneIn = (check: ActCheck, negation: boolean) =>
    turns
      .filter((turn) => findAct(check, analysisText(turn.content), turn.result.moves, language, negation))
      .map((turn) => turn.seq);
  // A must-not phrase inside a negation is no must-not act ("I won't promise"); a core phrase is taken
  // as written, since many of them are refusals themselves: as the rubric reads them.
  const entry = (check: ActCheck, negation: boolean): ActInSession => ({
    label: check.label,
    tip: check.tip ?? null,
    doneIn: doneIn(check, negation),
  });
  return {
    core: acts.core ? entry(acts.core, false) : null,
    mustNot: (acts.mustNot ?? []).map((check) => entry(check, true)),
  };
}
