import type { Database } from '../db/client.ts';
import type { SessionRow, TurnRow, TurnScoreRow } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import {
  initialMood,
  nextMood,
  type PersonaReply,
  RolePlayError,
  type RolePlayer,
} from '../roleplay/index.ts';
import { type Judge, scoreHeuristic, scoreReply, summarizeSession } from '../rubric/index.ts';
import type { RubricResult } from '../rubric/types.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { scenarioVersion } from '../scenarios/version.ts';
import type { Announce } from './events.ts';
import { createSessionScenarios } from './session-scenario.ts';
import { createSessionStore, TURN_LEASE_RENEW_MS, type TurnWithScore } from './store.ts';
import { settlementOf, type TokenBudget, type TokenCharge } from './token-budget.ts';
import { type Mood, moodView, sessionView, type TurnView, turnView } from './views.ts';

export type RehearsalDeps = {
  db: Database;
  scenarios: ScenarioRegistry;
  rolePlayer: RolePlayer;
  judge: Judge | null;
  clock: () => Date;
  logger: Logger;
  limits: { maxTurnsPerSession: number; maxReplyChars: number };
  /** The consumers' daily model-token budget, when there is one. */
  budget?: TokenBudget | null;
  /** Told of each change once it is stored (webhooks, the LRS); never throws. */
  announce?: Announce;
};

export type TurnEvent =
  | { type: 'learner'; data: TurnView }
  | { type: 'feedback'; data: RubricResult }
  | { type: 'mood'; data: Mood }
  | { type: 'delta'; data: { text: string } }
  | { type: 'persona'; data: TurnView }
  | { type: 'done'; data: { sessionStatus: 'active' | 'ended' } };

export type PendingTurn = {
  /** Emits the turn's events in order; a failure after the learner turn was stored rejects with an AppError. */
  run(emit: (event: TurnEvent) => void | Promise<void>, signal: AbortSignal): Promise<void>;
};

export const MAX_REPLY_CHARS = 4000;

/** The rehearsal use-cases: start, take a turn, end, report, progress. Stateless: everything lives in the database. */
export function createRehearsal(deps: RehearsalDeps) {
  const store = createSessionStore(deps.db);
  const announce: Announce = deps.announce ?? (async () => {});

  const scenarioOf = (id: string) => {
    const scenario = deps.scenarios.get(id);
    if (!scenario) throw new AppError('not_found', `The scenario '${id}' is not in the library.`);
    return scenario;
  };
  const sessionScenario = createSessionScenarios({ scenarios: deps.scenarios, store });
  /** The version the session started on, even when the library has moved on. */
  const scenarioOfSession = async (session: SessionRow) => {
    const scenario = await sessionScenario(session);
    if (!scenario) {
      throw new AppError('not_found', `The scenario '${session.scenarioId}' is not in the library.`);
    }
    return scenario;
  };

  /** Settles a turn's token charge outside the persona's statement; a failure here only leaves it charged. */
  const settle = async (charge: TokenCharge | null, spent: number) => {
    if (!charge || charge.settled) return;
    await deps.budget!.settle(charge, spent).catch((error: unknown) => {
      deps.logger.warn({ err: error, tenantId: charge.tenantId }, 'could not settle a token charge');
    });
  };

  const loadSession = async (tenantId: string, id: string) => {
    const session = UUID.test(id) ? await store.findSession(tenantId, id) : null;
    if (!session) throw new AppError('not_found', `No session '${id}'.`);
    return session;
  };

  const view = async (tenantId: string, id: string) => {
    const session = await loadSession(tenantId, id);
    const [turns, learnerId] = await Promise.all([
      store.listTurns(session.id),
      store.externalLearnerId(session.learnerId),
    ]);
    return sessionView(session, turns, {
      learnerId,
      scenarioTitle: (await sessionScenario(session))?.title ?? null,
    });
  };

  async function start(
    tenantId: string,
    input: { scenarioId: string; mode: 'practice' | 'assessment'; learnerId?: string | undefined },
  ) {
    const scenario = scenarioOf(input.scenarioId);
    const now = deps.clock();
    const learnerId = input.learnerId ? await store.upsertLearner(tenantId, input.learnerId) : null;
    const mood = initialMood(scenario);
    const opening = scenario.opening.speaker === 'persona' ? scenario.opening.lines.join('\n\n') : null;
    const session = await store.insertSession(
      {
        tenantId,
        learnerId,
        scenarioId: scenario.id,
        language: scenario.language,
        mode: input.mode,
        trust: mood.trust,
        tension: mood.tension,
        moodLabel: mood.label,
        createdAt: now,
        updatedAt: now,
      },
      opening,
      { hash: scenarioVersion(scenario), scenarioId: scenario.id, scenario },
    );
    await announce({
      type: 'session.started',
      tenantId,
      sessionId: session.id,
      data: {
        sessionId: session.id,
        scenarioId: session.scenarioId,
        language: session.language,
        mode: session.mode,
        learnerId: input.learnerId ?? null,
      },
    });
    return view(tenantId, session.id);
  }

  /**
   * One learner turn: store it, score it, move the mood, let the persona answer. The learner turn is stored
   * before any model is asked; the persona turn is stored complete, or interrupted when the answer broke off.
   */
  async function takeTurn(
    tenantId: string,
    id: string,
    input: { content: string; idempotencyKey?: string | undefined },
  ): Promise<PendingTurn> {
    const content = input.content.trim();
    if (!content.replace(INVISIBLE, '')) {
      throw new AppError('invalid_request', 'The reply is empty.', { path: 'content' });
    }
    // PostgreSQL text cannot hold U+0000: refused here, it would fail the insert as an internal error.
    if (content.includes('\u0000')) {
      throw new AppError('invalid_request', 'The reply contains a NUL character.', { path: 'content' });
    }
    if (content.length > deps.limits.maxReplyChars) {
      throw new AppError(
        'reply_too_long',
        `A reply may be at most ${deps.limits.maxReplyChars} characters.`,
        {
          path: 'content',
          length: content.length,
        },
      );
    }
    // With a daily budget the turn is charged first, so a spent budget refuses it before anything is stored.
    const charge = deps.budget ? await deps.budget.charge(tenantId, deps.clock()) : null;
    // A turn that never gets as far as an answer gives back what it was charged.
    const refund = () => settle(charge, 0);
    // The lease, the history and the stored reply come from one statement: the only one before the model.
    const opened = UUID.test(id)
      ? await store.openTurn(
          tenantId,
          id,
          {
            content,
            idempotencyKey: input.idempotencyKey ?? null,
            maxLearnerTurns: deps.limits.maxTurnsPerSession,
          },
          deps.clock(),
        )
      : null;
    if (!opened) {
      await refund();
      return refuseOrReplay(tenantId, id, content, input.idempotencyKey);
    }
    const { session, history } = opened;
    // The lease is renewed while the turn runs. A turn the persona answered frees it with its last write;
    // any other end frees it here.
    let leaseHeld = true;
    const renewal = setInterval(() => {
      store.renewTurnLease(session.id, deps.clock()).catch((error: unknown) => {
        deps.logger.warn({ err: error, sessionId: session.id }, 'could not renew the turn lease');
      });
    }, TURN_LEASE_RENEW_MS);
    renewal.unref();
    const release = async () => {
      clearInterval(renewal);
      if (!leaseHeld) return;
      leaseHeld = false;
      await store.releaseTurnLease(session.id).catch((error: unknown) => {
        deps.logger.warn(
          { err: error, sessionId: session.id },
          'could not release the turn lease; it will expire',
        );
      });
    };
    try {
      const scenario = await scenarioOfSession(session);
      const retried = input.idempotencyKey
        ? history.find((turn) => turn.idempotencyKey === input.idempotencyKey)
        : undefined;
      if (retried) checkRetry(history, retried, content);
      if (retried && answerTo(history, retried)) {
        await Promise.all([release(), refund()]);
        return { run: (emit) => replayTurn(session, retried.seq, history, emit) };
      }
      // A retry of the latest turn, whose answer never came or broke off, asks the persona again.
      const learner = retried ?? (opened.learner ? { ...opened.learner, score: null } : null);
      if (!learner) {
        throw new AppError(
          'turn_limit_reached',
          `A session may have at most ${deps.limits.maxTurnsPerSession} replies. End it to see the report.`,
        );
      }
      // Scored now, saved with the persona's answer: nothing is written between the reply and the model.
      const verdict = learner.score ?? (await score(session, scenario, history, learner));
      const finish: TurnFinish = {
        unsavedVerdict: learner.score ? null : verdict,
        charge,
        leaseReleased: () => {
          clearInterval(renewal);
          leaseHeld = false;
        },
        verdictSaved: () => announceScored(session, learner, verdict),
      };
      return {
        run: (emit, signal) =>
          respond(tenantId, session, scenario, history, { ...learner, score: verdict }, finish, emit, signal)
            .catch((error: unknown) => {
              // A streamed turn's failure reaches the client as an event only: the cause is logged here.
              if (!(error instanceof AppError)) {
                deps.logger.error({ err: error, sessionId: session.id }, 'a turn failed');
              }
              throw error;
            })
            .finally(() => Promise.all([release(), refund()])),
      };
    } catch (error) {
      await Promise.all([release(), refund()]);
      throw error;
    }
  }

  /** Without the lease: an unknown session (404), an ended or busy one (409), or a retry to replay. */
  async function refuseOrReplay(
    tenantId: string,
    id: string,
    content: string,
    idempotencyKey: string | undefined,
  ): Promise<PendingTurn> {
    const session = await loadSession(tenantId, id);
    const retried = idempotencyKey ? await store.findTurnByIdempotencyKey(session.id, idempotencyKey) : null;
    if (retried) {
      const turns = await store.listTurns(session.id);
      checkRetry(turns, retried, content);
      if (answerTo(turns, retried) || session.status === 'ended') {
        return { run: (emit) => replayTurn(session, retried.seq, turns, emit) };
      }
    }
    if (session.status === 'ended') throw new AppError('session_ended', 'This session has ended.');
    throw new AppError('turn_in_progress', 'Another turn of this session is in progress.');
  }

  /**
   * Sends the learner turn's verdict, then the persona's answer as it streams. The model is asked before
   * the verdict's events are written, so writing them does not delay the model request; the events still
   * leave in order, because every event waits for the one before it. The verdict is stored with the
   * persona's answer, or on its own when the persona failed.
   */
  async function respond(
    tenantId: string,
    session: SessionRow,
    scenario: Scenario,
    history: TurnWithScore[],
    learnerTurn: TurnWithScore & { score: TurnScoreRow },
    finish: TurnFinish,
    emit: (event: TurnEvent) => void | Promise<void>,
    signal: AbortSignal,
  ) {
    const result = learnerTurn.score.result as RubricResult;
    const mood = moodView(learnerTurn.score);
    let sent: Promise<void> = Promise.resolve();
    const send = (event: TurnEvent) => {
      sent = sent.then(() => emit(event));
      return sent;
    };

    const transcript = [
      ...history.filter((turn) => turn.status === 'complete' && turn.id !== learnerTurn.id),
      learnerTurn,
    ].map(({ role, content }) => ({ role, content }));
    // Queued first, so they lead the stream; written once this function yields, the model request under way.
    send({ type: 'learner', data: turnView(learnerTurn, { withFeedback: false }) });
    if (session.mode === 'practice') send({ type: 'feedback', data: result });
    const moodSent = send({ type: 'mood', data: mood });
    const persona = answer(scenario, session.id, transcript, {
      mood,
      result,
      learnerTurns: transcript.filter((turn) => turn.role === 'learner').length,
      seq: Math.max(learnerTurn.seq, history.at(-1)?.seq ?? 0) + 1,
      emit: send,
      signal,
      finish,
    });
    // Observed now: a model failing before the verdict is out must wait for it, not go unhandled.
    persona.catch(() => {});
    await moodSent;

    const answered = await persona.finally(() => sent);
    await emit({
      type: 'persona',
      data: turnView({ ...answered.turn, score: null }, { withFeedback: false }),
    });
    if (answered.closing) await end(tenantId, session.id);
    await emit({ type: 'done', data: { sessionStatus: answered.closing ? 'ended' : 'active' } });
  }

  /** Scores the turn and moves the mood: the verdict to save, as a row. */
  async function score(
    session: SessionRow,
    scenario: Scenario,
    history: TurnWithScore[],
    turn: TurnWithScore,
  ) {
    const result = await scoreReply(
      {
        reply: turn.content,
        language: scenario.language,
        history: history
          .filter((past) => past.status === 'complete' && past.seq < turn.seq)
          .map(({ role, content }) => ({ role, content })),
        focus: scenario.focus,
      },
      { engine: 'auto', judge: deps.judge ?? undefined },
    );
    const mood = nextMood(moodView(session), result, scenario);
    return {
      turnId: turn.id,
      engine: result.engine,
      overall: result.overall,
      result,
      trust: mood.trust,
      tension: mood.tension,
      moodLabel: mood.label,
      createdAt: deps.clock(),
    } satisfies TurnScoreRow;
  }

  async function answer(
    scenario: Scenario,
    sessionId: string,
    transcript: { role: 'learner' | 'persona'; content: string }[],
    turn: {
      mood: Mood;
      result: RubricResult;
      learnerTurns: number;
      seq: number;
      emit: (event: TurnEvent) => void | Promise<void>;
      signal: AbortSignal;
      finish: TurnFinish;
    },
  ) {
    let reply: PersonaReply | undefined;
    try {
      reply = await deps.rolePlayer.respond(
        {
          scenario,
          sessionId,
          transcript,
          mood: turn.mood,
          lastResult: turn.result,
          learnerTurns: turn.learnerTurns,
        },
        { signal: turn.signal, onDelta: (text) => void turn.emit({ type: 'delta', data: { text } }) },
      );
      const stored = await store.finishTurn(
        {
          sessionId,
          seq: turn.seq,
          role: 'persona',
          content: reply.text,
          status: 'complete',
          source: reply.source,
          promptTokens: reply.usage?.promptTokens ?? null,
          completionTokens: reply.usage?.completionTokens ?? null,
          createdAt: deps.clock(),
          completedAt: deps.clock(),
        },
        turn.finish.unsavedVerdict,
        deps.clock(),
        {
          // Nothing starts on a session the persona is closing: ending it frees the lease.
          keepLease: reply.closing,
          tokens: turn.finish.charge && settlementOf(turn.finish.charge, spentTokens(reply.usage)),
        },
      );
      if (turn.finish.charge) turn.finish.charge.settled = true;
      if (!reply.closing) turn.finish.leaseReleased();
      if (turn.finish.unsavedVerdict) await turn.finish.verdictSaved();
      return { turn: stored, closing: reply.closing };
    } catch (error) {
      const failure = error instanceof RolePlayError ? error : null;
      // What the model spent counts, whatever became of the answer.
      await settle(turn.finish.charge, spentTokens(reply?.usage ?? failure?.usage));
      if (!(await store.sessionExists(sessionId).catch(() => true))) {
        // Erased (the session or its learner) while the persona answered: nothing of the turn is kept.
        deps.logger.warn({ sessionId, err: error }, 'the session was erased while its turn ran');
        throw new AppError(
          'session_erased',
          'The session was erased while the persona answered: nothing of this turn was kept.',
        );
      }
      // The verdict is the learner turn's, whatever became of the persona's answer.
      if (turn.finish.unsavedVerdict) {
        await store.saveScore(sessionId, turn.finish.unsavedVerdict, deps.clock());
        await turn.finish.verdictSaved();
      }
      const partial = failure?.partialText.trim() ?? '';
      if (partial) {
        // What the persona said before it broke off is kept, and marked so it is never taken as complete.
        await store.insertTurn({
          sessionId,
          seq: turn.seq,
          role: 'persona',
          content: partial,
          status: 'interrupted',
          source: 'llm',
          promptTokens: failure?.usage?.promptTokens ?? null,
          completionTokens: failure?.usage?.completionTokens ?? null,
          createdAt: deps.clock(),
        });
      }
      throw error instanceof RolePlayError ? toUpstreamError(error) : error;
    }
  }

  async function replayTurn(
    session: SessionRow,
    learnerSeq: number,
    turns: TurnWithScore[],
    emit: (event: TurnEvent) => void | Promise<void>,
  ) {
    const learner = turns.find((turn) => turn.seq === learnerSeq)!;
    const persona = answerTo(turns, learner);
    await emit({ type: 'learner', data: turnView(learner, { withFeedback: false }) });
    if (learner.score) {
      if (session.mode === 'practice')
        await emit({ type: 'feedback', data: learner.score.result as RubricResult });
      await emit({ type: 'mood', data: moodView(learner.score) });
    }
    if (persona) await emit({ type: 'persona', data: turnView(persona, { withFeedback: false }) });
    await emit({ type: 'done', data: { sessionStatus: session.status } });
  }

  async function end(tenantId: string, id: string) {
    const session = await loadSession(tenantId, id);
    const existing = await store.findReport(session.id);
    if (existing) return existing.report as SessionReport;
    const turns = await store.listTurns(session.id);
    const report = buildReport(session, turns, await sessionScenario(session));
    if (await store.endSession(session.id, { overall: report.overall, report }, deps.clock())) {
      const abandoned = report.outcome === 'abandoned';
      await announce({
        type: 'session.ended',
        tenantId,
        sessionId: session.id,
        data: {
          sessionId: session.id,
          scenarioId: session.scenarioId,
          learnerId: await store.externalLearnerId(session.learnerId),
          outcome: report.outcome,
          overall: abandoned ? null : report.overall,
          principles: abandoned ? [] : report.principles.map(({ id, mean }) => ({ id, mean })),
        },
      });
    }
    return report;
  }

  /** The learner turn's verdict is stored: say so, with its scores unless an assessment keeps them back. */
  async function announceScored(
    session: SessionRow,
    turn: { id: string; seq: number },
    verdict: TurnScoreRow,
  ) {
    const result = verdict.result as RubricResult;
    const withScores = session.mode === 'practice';
    await announce({
      type: 'turn.scored',
      tenantId: session.tenantId,
      sessionId: session.id,
      data: {
        sessionId: session.id,
        turnId: turn.id,
        seq: turn.seq,
        overall: withScores ? result.overall : null,
        principles: withScores ? result.criteria.map(({ id, score }) => ({ id, score })) : [],
      },
    });
  }

  function buildReport(session: SessionRow, turns: TurnWithScore[], scenario: Scenario | undefined) {
    const scored = turns.flatMap((turn) => {
      if (turn.role !== 'learner') return [];
      // The verdict is stored with the persona's answer: one lost with a process that died mid-turn is
      // worked out again here, by the heuristic, so the report still covers every reply.
      const result =
        (turn.score?.result as RubricResult | undefined) ??
        scoreHeuristic({
          reply: turn.content,
          language: session.language,
          history: turns
            .filter((past) => past.status === 'complete' && past.seq < turn.seq)
            .map(({ role, content }) => ({ role, content })),
          focus: scenario?.focus,
        });
      return [{ seq: turn.seq, content: turn.content, result }];
    });
    const summary = summarizeSession({
      language: session.language,
      focus: scenario?.focus,
      success: scenario?.success,
      turns: scored,
    });
    return {
      sessionId: session.id,
      scenarioId: session.scenarioId,
      scenarioTitle: scenario?.title ?? null,
      // Ended without a single reply: nothing was rehearsed, so nothing was completed.
      outcome: scored.length === 0 ? ('abandoned' as const) : ('completed' as const),
      ...summary,
      createdAt: deps.clock().toISOString(),
    };
  }

  async function report(tenantId: string, id: string) {
    const session = await loadSession(tenantId, id);
    const row = await store.findReport(session.id);
    if (!row) throw new AppError('conflict', 'The session has not ended yet: end it to get the report.');
    return row.report as SessionReport;
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
        const stored = report.report as SessionReport;
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
        };
      }),
    };
  }

  return { start, view, takeTurn, end, report, progress };
}

export type Rehearsal = ReturnType<typeof createRehearsal>;
export type SessionReport = ReturnType<typeof summarizeSession> & {
  sessionId: string;
  scenarioId: string;
  scenarioTitle: string | null;
  outcome: 'completed' | 'abandoned';
  createdAt: string;
};

/**
 * How a turn ends: the verdict still to save with the persona's answer, the token charge to settle with it,
 * word that the lease is free, and that the verdict is saved.
 */
type TurnFinish = {
  unsavedVerdict: TurnScoreRow | null;
  charge: TokenCharge | null;
  leaseReleased: () => void;
  verdictSaved: () => Promise<void>;
};

const spentTokens = (usage: { promptTokens: number; completionTokens: number } | null | undefined) =>
  (usage?.promptTokens ?? 0) + (usage?.completionTokens ?? 0);

/**
 * The persona's complete answer to a learner turn: a complete persona turn after it and before the next
 * learner turn. Words of an answer that broke off are never the answer.
 */
function answerTo<T extends TurnRow>(turns: T[], learner: { seq: number }): T | null {
  for (const turn of turns) {
    if (turn.seq <= learner.seq) continue;
    if (turn.role === 'learner') return null;
    if (turn.status === 'complete') return turn;
  }
  return null;
}

/**
 * The rules for a retried turn (the same Idempotency-Key): it must carry the reply it was first sent with;
 * once answered it is replayed; a turn whose answer never came or broke off is asked again while it is the
 * latest, and refused once a later reply has been sent (the conversation went on without that answer).
 */
function checkRetry(turns: TurnRow[], retried: TurnRow, content: string): void {
  if (retried.content !== content) {
    throw new AppError(
      'idempotency_key_reused',
      'This Idempotency-Key was sent before with another reply. Send a new reply with a new key.',
      { path: 'content' },
    );
  }
  const later = turns.some((turn) => turn.role === 'learner' && turn.seq > retried.seq);
  if (later && !answerTo(turns, retried)) {
    throw new AppError(
      'turn_superseded',
      "The persona's answer to this reply never came or broke off, and the conversation has moved on since: it is not answered any more. Send a new reply.",
    );
  }
}

/** Blanks, and characters that show nothing (zero-width spaces and joiners, word joiners, soft hyphens, …). */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toUpstreamError(error: RolePlayError): AppError {
  const messages = {
    upstream_error: 'The persona could not answer. Your reply is saved; please send it again.',
    upstream_rate_limited: 'The language model is busy. Your reply is saved; please try again in a moment.',
    upstream_timeout: 'The persona took too long to answer. Your reply is saved; please try again.',
    upstream_interrupted: 'The answer broke off. Your reply is saved; please try again.',
    aborted: 'The request was cancelled. Your reply is saved.',
  } as const;
  return new AppError(error.code === 'aborted' ? 'upstream_interrupted' : error.code, messages[error.code]);
}
