import type { CounterfactualRow } from '../db/schema/index.ts';
import { AppError, toAppError } from '../errors.ts';
import { buildHint } from '../hints/index.ts';
import type { Logger } from '../logger.ts';
import { parseDialogue, RolePlayError, type RolePlayer } from '../roleplay/index.ts';
import type { Judge } from '../rubric/index.ts';
import type { Scenario } from '../scenarios/schema.ts';
import type { CounterfactualSource } from '../vocabulary.ts';
import { moodView } from './api-shapes.ts';
import { withTurnLease } from './lease.ts';
import type { SessionLookup } from './lookup.ts';
import { replyOfPath, rewound } from './point.ts';
import { checkReply } from './reply.ts';
import type { SessionStore, TenantSession, TurnWithScore } from './store.ts';
import type { TokenBudget } from './token-budget.ts';
import { spokenBefore } from './transcript.ts';
import { pathTo } from './tree.ts';
import { readReply } from './verdict.ts';

// "What if I had said…": another reply played against the persona from the point of a learner turn, without
// leaving the path taken. It is scored as the reply was, heard in the mood the reply was heard in, answered by
// the persona from what the conversation held then, and kept beside the turn. The session's mood, dialogue
// and path stay as they are. It runs under the session's turn lease, one at a time with the turns, and counts
// toward the replies a session may have: each is a model call like any reply.

export type WhatIf = { source: CounterfactualSource; content?: string | undefined };
/** The alternative as kept, the seq of the turn it was played at, and whether this request made it. */
type Played = { row: CounterfactualRow; seq: number; created: boolean };

export function createCounterfactuals(deps: {
  store: SessionStore;
  lookup: SessionLookup;
  rolePlayer: RolePlayer;
  judge: Judge | null;
  clock: () => Date;
  logger: Logger;
  limits: { maxTurnsPerSession: number; maxReplyChars: number };
  budget?: TokenBudget | null | undefined;
}) {
  const { store, lookup } = deps;

  return async function whatIf(
    tenantId: string,
    id: string,
    turnId: string,
    input: WhatIf,
    options: { idempotencyKey?: string | undefined; signal?: AbortSignal | undefined } = {},
  ): Promise<Played> {
    const own = input.source === 'own' ? checkReply(input.content ?? '', deps.limits.maxReplyChars) : null;
    const session = await lookup.session(tenantId, id);
    if (session.mode !== 'practice') {
      throw new AppError(
        'counterfactuals_not_offered',
        '"What if I had said…" is offered in practice mode only: this session is an assessment.',
      );
    }
    const replayed = await kept(session, turnId, input, options.idempotencyKey);
    if (replayed) return replayed;
    if (session.status === 'ended') throw new AppError('session_ended', 'This session has ended.');

    const charge = deps.budget ? await deps.budget.charge(tenantId, deps.clock()) : null;
    let spent = 0;
    let played: Played | undefined;
    try {
      const pending = await withTurnLease(
        deps,
        async () => {
          const leased = await store.takeTurnLease(tenantId, id, deps.clock());
          return leased ? { session: leased } : null;
        },
        async ({ session: leased }) => ({
          run: async () => {
            played = await play(leased, turnId, input, own, options, (tokens) => {
              spent = tokens;
            });
          },
        }),
      );
      if (!pending) {
        const now = await lookup.session(tenantId, id);
        const late = await kept(now, turnId, input, options.idempotencyKey);
        if (late) return late;
        if (now.status === 'ended') throw new AppError('session_ended', 'This session has ended.');
        throw new AppError('turn_in_progress', 'Another turn of this session is in progress.');
      }
      await pending.run(() => {}, options.signal ?? new AbortController().signal);
      return played!;
    } finally {
      if (charge) {
        await deps.budget!.settle(charge, spent).catch((error: unknown) => {
          deps.logger.warn({ err: error, tenantId }, 'could not settle a token charge');
        });
      }
    }
  };

  /** The alternative kept with this key: the same request again is answered with it, another one refused. */
  async function kept(
    session: TenantSession,
    turnId: string,
    input: WhatIf,
    idempotencyKey: string | undefined,
  ): Promise<Played | null> {
    if (!idempotencyKey) return null;
    const found = await store.findCounterfactualByKey(session, idempotencyKey);
    if (!found) return null;
    const { row } = found;
    const same =
      row.turnId === turnId &&
      row.source === input.source &&
      (input.source !== 'own' || row.content === input.content?.trim());
    if (!same) {
      throw new AppError(
        'idempotency_key_reused',
        'This Idempotency-Key was sent before with another alternative. Send a new one with a new key.',
      );
    }
    return { ...found, created: false };
  }

  /** With the lease: the alternative scored, answered and kept. */
  async function play(
    session: TenantSession,
    turnId: string,
    input: WhatIf,
    own: string | null,
    options: { idempotencyKey?: string | undefined; signal?: AbortSignal | undefined },
    spend: (tokens: number) => void,
  ): Promise<Played> {
    // Another request with the key may have finished while this one waited for the lease.
    const late = await kept(session, turnId, input, options.idempotencyKey);
    if (late) return late;
    const turns = await store.listTurns(session);
    const turn = replyOfPath(turns, turnId, { takeBack: false });
    const answered =
      turns.filter((one) => one.role === 'learner').length +
      turns.reduce((sum, one) => sum + (one.counterfactuals?.length ?? 0), 0);
    if (answered >= deps.limits.maxTurnsPerSession) {
      throw new AppError(
        'turn_limit_reached',
        `A session may have at most ${deps.limits.maxTurnsPerSession} replies, alternatives included. End it to see the report.`,
      );
    }
    const scenario = await lookup.scenarioToPlay(session);
    const path = pathTo(turns, turn.seq);
    const before = rewound(session, scenario, path, turn);
    const content = own ?? alternative(input.source, scenario, path, before, turn);
    // The alternative in the real reply's place: the same point, the same seq, nothing after it.
    const alt: TurnWithScore = { ...turn, content, score: null, hint: null };
    const history = [...path.filter((one) => one.seq < turn.seq), alt];
    const signal = options.signal ?? new AbortController().signal;
    const verdict = readReply(deps, before, scenario, history, alt);
    const transcript = [...spokenBefore(history, turn.seq), { role: 'learner' as const, content }];
    // Nothing streams here (no first word to keep ahead): both are asked at once, the alternative is ready
    // when both have answered.
    const [score, reply] = await Promise.all([
      verdict.judged ? verdict.judged(signal) : Promise.resolve(verdict.now),
      deps.rolePlayer
        .respond(
          {
            scenario,
            sessionId: session.id,
            transcript,
            mood: moodView(verdict.now),
            lastResult: verdict.now.result,
            learnerTurns: transcript.filter((spoken) => spoken.role === 'learner').length,
            dialogue: parseDialogue(before.dialogue),
          },
          { signal, onDelta: () => {} },
        )
        .catch((error: unknown) => {
          if (error instanceof RolePlayError) {
            spend((error.usage?.promptTokens ?? 0) + (error.usage?.completionTokens ?? 0));
            throw toAppError(error);
          }
          throw error;
        }),
    ]);
    spend((reply.usage?.promptTokens ?? 0) + (reply.usage?.completionTokens ?? 0));
    try {
      const row = await store.insertCounterfactual(session, {
        turnId: turn.id,
        source: input.source,
        content,
        idempotencyKey: options.idempotencyKey ?? null,
        engine: score.engine,
        overall: score.overall,
        result: score.result,
        moodBefore: moodView(before),
        trust: verdict.now.trust,
        tension: verdict.now.tension,
        moodLabel: verdict.now.moodLabel,
        answer: reply.text,
        answerSource: reply.source,
        closing: reply.closing,
        promptTokens: reply.usage?.promptTokens ?? null,
        completionTokens: reply.usage?.completionTokens ?? null,
        createdAt: deps.clock(),
      });
      return { row, seq: turn.seq, created: true };
    } catch (error) {
      if (!(await store.sessionExists(session).catch(() => true))) {
        throw new AppError(
          'session_erased',
          'The session was erased while the persona answered: nothing of this alternative was kept.',
        );
      }
      throw error;
    }
  }
}

/**
 * The words of a suggested or golden alternative. Suggested: the example opening the hint would give at that
 * point, from the rubric's scores on the replies before it (never the words the learner said there). Golden:
 * a good example reply of the scenario, the next one not yet played at this turn.
 */
function alternative(
  source: 'suggested' | 'golden' | 'own',
  scenario: Scenario,
  path: TurnWithScore[],
  before: TenantSession,
  turn: TurnWithScore,
): string {
  const earlier = path.filter((one) => one.role === 'learner' && one.seq < turn.seq);
  if (source === 'suggested') {
    return buildHint({
      scenario,
      results: earlier.flatMap((one) => one.score?.result ?? []),
      said: [...earlier.map((one) => one.content), turn.content],
      mood: before.moodLabel,
      revealed: parseDialogue(before.dialogue).revealed,
    }).opening;
  }
  const golden = scenario.examples
    .filter((example) => example.rating === 'good')
    .map((example) => example.reply.trim().replace(/\s+/g, ' '));
  const played = new Set((turn.counterfactuals ?? []).map((row) => row.content));
  const next = golden.find((reply) => !played.has(reply) && reply !== turn.content) ?? golden[0];
  if (!next) {
    throw new AppError('unprocessable', 'This scenario has no golden example reply to play.', {
      path: 'source',
    });
  }
  return next;
}
