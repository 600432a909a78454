import type { SessionReport, SessionRow } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import {
  confidenceOf,
  type RubricResult,
  scenarioContext,
  scoreHeuristic,
  summarizeSession,
} from '../rubric/index.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { CONFIDENCE_LEVELS } from '../vocabulary.ts';
import type { Announce } from './events.ts';
import type { SessionLookup } from './lookup.ts';
import { actsInSession } from './report-acts.ts';
import { compareAttempts, compareCounterfactuals } from './report-attempts.ts';
import type { SessionStore, TurnWithScore } from './store.ts';
import { spokenBefore } from './transcript.ts';
import { pathTaken, pathTo } from './tree.ts';

export type { SessionReport };

/** A session's ending and its report, and a learner's progress over the sessions that ended. */
export function createReports(deps: {
  store: SessionStore;
  lookup: SessionLookup;
  scenarios: ScenarioRegistry;
  clock: () => Date;
  announce: Announce;
}) {
  const { store, lookup } = deps;

  /** Ends the session with its report; ending it again answers the same report. */
  async function end(tenantId: string, id: string): Promise<SessionReport> {
    const session = await lookup.session(tenantId, id);
    const existing = await store.findReport(session);
    if (existing) return existing.report;
    const turns = await store.listTurns(session);
    const report = buildReport(session, turns, await lookup.scenarioOfSession(session), deps.clock());
    if (await store.endSession(session, { overall: report.overall, report }, deps.clock())) {
      const abandoned = report.outcome === 'abandoned';
      await deps.announce({
        type: 'session.ended',
        tenantId,
        sessionId: session.id,
        data: {
          sessionId: session.id,
          scenarioId: session.scenarioId,
          learnerId: await store.externalLearnerId(session),
          outcome: report.outcome,
          overall: abandoned ? null : report.overall,
          principles: abandoned ? [] : report.principles.map(({ id, mean }) => ({ id, mean })),
        },
      });
    }
    return report;
  }

  async function report(tenantId: string, id: string): Promise<SessionReport> {
    const session = await lookup.session(tenantId, id);
    const row = await store.findReport(session);
    if (!row) throw new AppError('conflict', 'The session has not ended yet: end it to get the report.');
    return row.report;
  }

  /** One page of the learner's scored reports, oldest first: `limit` rows (one more when there is a next page). */
  async function progress(
    tenantId: string,
    externalLearnerId: string,
    page: { limit: number; after: [string, string] | null },
  ) {
    const learner = await store.findLearner(tenantId, externalLearnerId);
    if (!learner) throw new AppError('not_found', `No learner '${externalLearnerId}'.`);
    const rows = await store.learnerReports(tenantId, learner.id, page);
    return {
      learnerId: externalLearnerId,
      reports: rows.map(({ session, report }) => {
        const stored = report.report;
        return {
          sessionId: session.id,
          scenarioId: session.scenarioId,
          scenarioTitle:
            deps.scenarios.get(session.scenarioId)?.title ?? stored.scenarioTitle ?? session.scenarioId,
          language: session.language,
          mode: session.mode,
          endedAt: session.endedAt!.toISOString(),
          overall: report.overall,
          principles: stored.principles.map(({ id, mean }) => ({ id, mean })),
          hintCount: stored.hints?.length ?? 0,
        };
      }),
    };
  }

  return { end, report, progress };
}

/** The report over every learner turn of the session, each with its stored verdict. */
export function buildReport(
  session: SessionRow,
  turns: TurnWithScore[],
  scenario: Scenario | undefined,
  now: Date,
): SessionReport {
  // The verdict is stored with the persona's answer: one lost with a process that died mid-turn is
  // worked out again here, by the heuristic, so the report still covers every reply.
  const resultOf = (turn: TurnWithScore) =>
    turn.score?.result ??
    scoreHeuristic({
      reply: turn.content,
      language: session.language,
      history: spokenBefore(pathTo(turns, turn.seq), turn.seq),
      focus: scenario?.focus,
      scenario: scenario ? scenarioContext(scenario) : undefined,
    });
  // The report reads the path taken; the replies taken back are compared with the ones that stayed.
  const path = pathTaken(turns);
  const scored = path.flatMap((turn) =>
    turn.role === 'learner' ? [{ seq: turn.seq, content: turn.content, result: resultOf(turn) }] : [],
  );
  const summary = summarizeSession({
    language: session.language,
    focus: scenario?.focus,
    success: scenario?.success,
    acts: scenario?.acts,
    turns: scored,
  });
  return {
    sessionId: session.id,
    scenarioId: session.scenarioId,
    scenarioTitle: scenario?.title ?? null,
    // Ended without a single reply: nothing was rehearsed, so nothing was completed.
    outcome: scored.length === 0 ? ('abandoned' as const) : ('completed' as const),
    ...summary,
    acts: actsInSession(scenario?.acts, session.language, scored),
    comparisons: compareAttempts(turns, path, resultOf),
    counterfactuals: compareCounterfactuals(turns, path, resultOf),
    hints: path.flatMap((turn) =>
      turn.role === 'learner' && turn.hint ? [{ seq: turn.seq, principle: turn.hint.hint.principle }] : [],
    ),
    confidence: confidenceOfReplies(scored, session.language),
    createdAt: now.toISOString(),
  };
}

/** Each reply's confidence as stored with it (worked out again for verdicts stored before it existed). */
function confidenceOfReplies(
  scored: { seq: number; content: string; result: RubricResult }[],
  language: SessionRow['language'],
): NonNullable<SessionReport['confidence']> {
  const replies = scored.map(({ seq, content, result }) => ({
    seq,
    level: (result.confidence ?? confidenceOf(content, result, { language })).level,
  }));
  const counts = Object.fromEntries(
    CONFIDENCE_LEVELS.map((level) => [level, replies.filter((reply) => reply.level === level).length]),
  ) as Record<(typeof CONFIDENCE_LEVELS)[number], number>;
  return { ...counts, replies };
}
