import type { CounterfactualRow, HintRow, SessionRow } from '../db/schema/index.ts';
import type { Mood, MoodLabel } from '../vocabulary.ts';
import type { SessionReport } from './report.ts';
import { answerTo } from './retry.ts';
import type { TurnWithScore } from './store.ts';
import { attemptsBeside, pathTaken } from './tree.ts';

// Rows → API objects. The API shapes are a contract written by hand in the routes; these keep to them.

export function moodView(row: { trust: number; tension: number; moodLabel: MoodLabel }): Mood {
  return { trust: row.trust, tension: row.tension, label: row.moodLabel };
}

export function hintView(row: HintRow) {
  const { language, principle, mean, stage, advice, needs, opening, openingFrom, text, source } = row.hint;
  return {
    id: row.id,
    turnSeq: row.turnSeq,
    language,
    principle,
    mean,
    stage,
    advice,
    needs,
    opening,
    openingFrom,
    text,
    source,
    createdAt: row.createdAt.toISOString(),
  };
}

export type HintView = ReturnType<typeof hintView>;

export function turnView(turn: TurnWithScore, options: { withFeedback: boolean }) {
  return {
    id: turn.id,
    seq: turn.seq,
    role: turn.role,
    content: turn.content,
    status: turn.status,
    createdAt: turn.createdAt.toISOString(),
    ...(turn.role === 'learner' && turn.score
      ? {
          mood: moodView(turn.score),
          ...(options.withFeedback ? { feedback: turn.score.result } : {}),
        }
      : {}),
    ...(turn.role === 'learner' && turn.hint ? { hint: hintView(turn.hint) } : {}),
  };
}

export type TurnView = ReturnType<typeof turnView>;

/** "What if I had said…": an alternative played at the learner turn `seq`. */
export function counterfactualView(row: CounterfactualRow, seq: number) {
  return {
    id: row.id,
    turnId: row.turnId,
    seq,
    source: row.source,
    content: row.content,
    feedback: row.result,
    moodBefore: row.moodBefore,
    mood: moodView(row),
    answer: row.answer,
    closing: row.closing,
    createdAt: row.createdAt.toISOString(),
  };
}

export type CounterfactualView = ReturnType<typeof counterfactualView>;

export function sessionView(
  session: SessionRow,
  turns: TurnWithScore[],
  extra: { learnerId: string | null; scenarioTitle: string | null },
) {
  // Assessment mode keeps the per-turn feedback back until the session has ended.
  const withFeedback = session.mode === 'practice' || session.status === 'ended';
  return {
    id: session.id,
    scenarioId: session.scenarioId,
    scenarioTitle: extra.scenarioTitle,
    language: session.language,
    mode: session.mode,
    status: session.status,
    learnerId: extra.learnerId,
    mood: moodView(session),
    // The path taken; at each reply, the replies tried there before it, with the persona's answers, and the
    // alternatives played there.
    turns: pathTaken(turns).map((turn) => {
      const view = turnView(turn, { withFeedback });
      if (turn.role !== 'learner') return view;
      const played = (turn.counterfactuals ?? []).map((row) => counterfactualView(row, turn.seq));
      const attempts = attemptsBeside(turns, turn).map((attempt) => {
        const answer = answerTo(turns, attempt);
        return {
          ...turnView(attempt, { withFeedback }),
          answer: answer ? turnView(answer, { withFeedback }) : null,
        };
      });
      return {
        ...view,
        ...(attempts.length > 0 ? { attempts } : {}),
        ...(played.length > 0 ? { counterfactuals: played } : {}),
      };
    }),
    createdAt: session.createdAt.toISOString(),
    endedAt: session.endedAt?.toISOString() ?? null,
  };
}

export type SessionView = ReturnType<typeof sessionView>;

/**
 * A stored report under the API's names: one name per meaning, so a plural is always a list and a count ends
 * in `Count`. The names it had before (`turns`, `summary`, `principles[].scoredTurns`) stay for one version.
 */
export function reportView(report: SessionReport) {
  const { turns, summary, principles, hints = [], comparisons = [], counterfactuals = [], ...rest } = report;
  return {
    ...rest,
    comparisons,
    counterfactuals,
    hints,
    hintCount: hints.length,
    // Reports stored before `outcome` existed: one without a reply was abandoned.
    outcome: report.outcome ?? (turns === 0 ? 'abandoned' : 'completed'),
    learnerTurnCount: turns,
    principles: principles.map((principle) => ({ ...principle, scoredTurnCount: principle.scoredTurns })),
    leaderImage: summary,
    turns,
    summary,
  };
}
