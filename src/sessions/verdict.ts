import type { SessionRow, TurnRow, TurnScoreRow } from '../db/schema/index.ts';
import { nextMood, repeatsOf } from '../roleplay/index.ts';
import {
  type Judge,
  type JudgeInput,
  scenarioContext,
  scoreHeuristic,
  withConfidence,
} from '../rubric/index.ts';
import type { RubricResult } from '../rubric/types.ts';
import type { Scenario } from '../scenarios/schema.ts';
import type { Mood } from '../vocabulary.ts';
import { moodView } from './api-shapes.ts';
import { spokenBefore } from './transcript.ts';

/**
 * A learner reply's verdict in two steps. The heuristic reads the reply at once: its verdict moves the
 * mood, so the persona can be asked without waiting for anything. The LLM judge, when there is one, answers
 * later; its verdict is the one stored and shown, with the mood the heuristic moved.
 */
export type Verdict = {
  /** The heuristic's verdict and the mood it moves: what the persona answers to. */
  now: TurnScoreRow;
  /** The verdict to store and show: the judge's when it is asked, else `now`. Never rejects. */
  judged: ((signal: AbortSignal) => Promise<TurnScoreRow>) | null;
};

/**
 * The heuristic's verdict on a reply and the mood it moves, from the conversation so far: what the persona
 * answers to, in a session and in the studio's preview alike.
 */
export function readHeuristically(
  input: JudgeInput,
  scenario: Scenario,
  before: { mood: Mood; earlier: readonly string[] },
): { result: RubricResult; mood: Mood } {
  const result = withConfidence(input.reply, scoreHeuristic(input), { language: scenario.language });
  // The same reply sent again earns less each time: it is no new act.
  const repeats = repeatsOf(input.reply, before.earlier, scenario.language);
  return { result, mood: nextMood(before.mood, { ...result, repeats }, scenario) };
}

export function readReply(
  deps: { judge: Judge | null; clock: () => Date },
  session: SessionRow,
  scenario: Scenario,
  history: TurnRow[],
  turn: TurnRow,
): Verdict {
  const input: JudgeInput = {
    reply: turn.content,
    language: scenario.language,
    history: spokenBefore(history, turn.seq),
    focus: scenario.focus,
    scenario: scenarioContext(scenario),
  };
  const earlier = history.filter((spoken) => spoken.role === 'learner' && spoken.seq < turn.seq);
  const { result: heuristic, mood } = readHeuristically(input, scenario, {
    mood: moodView(session),
    earlier: earlier.map((spoken) => spoken.content),
  });
  const now: TurnScoreRow = {
    turnId: turn.id,
    engine: heuristic.engine,
    overall: heuristic.overall,
    result: heuristic,
    trust: mood.trust,
    tension: mood.tension,
    moodLabel: mood.label,
    createdAt: deps.clock(),
  };
  const { judge } = deps;
  // An empty reply has nothing for a judge to read: the heuristic's verdict stands.
  if (!judge || heuristic.flags.some((flag) => flag.id === 'empty')) return { now, judged: null };
  return {
    now,
    judged: async (signal) => {
      // The judge falls back to the heuristic itself; only an abort (the learner left) throws. A judge
      // stopped because nobody waits for it did not fail: the rules' verdict is stored as the rules'.
      const result: RubricResult | null = await judge
        .score({ ...input, heuristic }, signal)
        .catch(() => (signal.aborted ? null : { ...heuristic, engine: 'heuristic-fallback' as const }));
      if (!result) return now;
      return {
        ...now,
        engine: result.engine,
        overall: result.overall,
        // How far the judge and the rules agree is part of how far to trust the verdict.
        result: withConfidence(turn.content, result, { language: scenario.language, heuristic }),
        createdAt: deps.clock(),
      };
    },
  };
}
