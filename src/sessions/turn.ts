import { randomUUID } from 'node:crypto';
import type { SessionRow, TurnRow, TurnScoreRow } from '../db/schema/index.ts';
import { AppError, toAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { type PersonaReply, parseDialogue, RolePlayError, type RolePlayer } from '../roleplay/index.ts';
import type { Judge } from '../rubric/index.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { isUuid } from '../vocabulary.ts';
import { moodView, turnView } from './api-shapes.ts';
import { type Announce, type RehearsalEvent, told } from './events.ts';
import { type HeldSession, type HeldSessions, heldAfter, replyAfter, storedAfter } from './held-sessions.ts';
import { type TurnLease, withTurnLease } from './lease.ts';
import type { SessionLookup } from './lookup.ts';
import { replyOfPath, rewound } from './point.ts';
import { checkReply } from './reply.ts';
import { answerTo, checkRetry } from './retry.ts';
import type { ReplyToOpen, SessionStore, TenantSession, TurnWithScore } from './store.ts';
import { settlementOf, type TokenBudget, type TokenCharge } from './token-budget.ts';
import { spokenBefore } from './transcript.ts';
import { branches, parentOf, pathTo } from './tree.ts';
import { cleanupAfter, type Emit, type PendingTurn, type TurnEvent } from './turn-events.ts';
import { readReply, type Verdict } from './verdict.ts';

export type TurnDeps = {
  store: SessionStore;
  lookup: SessionLookup;
  rolePlayer: RolePlayer;
  judge: Judge | null;
  clock: () => Date;
  logger: Logger;
  limits: { maxTurnsPerSession: number; maxReplyChars: number };
  budget?: TokenBudget | null | undefined;
  announce: Announce;
  /** The sessions whose state is held in memory, so a reply that goes on is read before its statement runs. */
  held: HeldSessions;
  /**
   * No other process writes to the database (the embedded one, which one process owns): every erasure goes
   * through this one and forgets what it held, so a held session needs no look before it is read early.
   */
  soleWriter: boolean;
  /** Ends the session the persona closes, with its report. */
  end: (tenantId: string, sessionId: string) => Promise<unknown>;
};

/** A learner's reply as it was asked for, before the turn is opened. */
type Asked = {
  tenantId: string;
  id: string;
  content: string;
  idempotencyKey: string | undefined;
  /** The turn a reply tried again follows (the taken-back reply's parent); null for a reply that goes on. */
  parentSeq: number | null;
  charge: TokenCharge | null;
  /** The learner turn's id and time, chosen before the statement that stores it: a turn read early has them. */
  turnId: string;
  now: Date;
};

type OpenedTurn = NonNullable<Awaited<ReturnType<SessionStore['openTurn']>>>;
type HeldOpened = NonNullable<Awaited<ReturnType<SessionStore['openHeldTurn']>>>;
type StoredReply = HeldOpened['stored'];

/** One learner turn under way: what each of its steps reads. */
type Turn = {
  tenantId: string;
  session: TenantSession;
  scenario: Scenario;
  /** The path to the learner turn when the turn was opened: the conversation the persona answers. */
  history: TurnRow[];
  /** The newest seq of the whole tree: the persona's answer comes after it. */
  lastSeq: number;
  /** With the verdict the persona answers to: the heuristic's, or the one stored before (a retry). */
  learner: TurnWithScore & { score: TurnScoreRow };
  /** The learner turn's verdict, to be saved with the persona's answer; null when saved before (a retry). */
  verdict: Verdict | null;
  charge: TokenCharge | null;
  lease: TurnLease;
  /** Resolves once the learner turn is durable; until then nothing of the turn is shown or stored. */
  committed: Promise<void>;
};

/**
 * One learner turn: store it, read it, move the mood, let the persona answer while the judge (when there is
 * one) scores it. The persona is asked while the statement that stores the learner turn commits, and no word
 * reaches the learner before it has; the persona turn is stored complete, or interrupted when the answer broke
 * off; the verdict is stored with it.
 */
export function createTurnTaker(deps: TurnDeps) {
  const { store, lookup } = deps;

  /** Settles a turn's token charge outside the persona's statement; a failure here only leaves it charged. */
  const settle = async (charge: TokenCharge | null, spent: number) => {
    if (!charge || charge.settled) return;
    await deps.budget!.settle(charge, spent).catch((error: unknown) => {
      deps.logger.warn({ err: error, tenantId: charge.tenantId }, 'could not settle a token charge');
    });
  };

  async function takeTurn(
    tenantId: string,
    id: string,
    input: { content: string; idempotencyKey?: string | undefined; replaces?: string | undefined },
  ): Promise<PendingTurn> {
    const content = checkReply(input.content, deps.limits.maxReplyChars);
    const parentSeq = input.replaces
      ? await branchPoint(tenantId, id, input.replaces, input.idempotencyKey)
      : null;
    // With a daily budget the turn is charged first, so a spent budget refuses it before anything is stored.
    const charge = deps.budget ? await deps.budget.charge(tenantId, deps.clock()) : null;
    const idempotencyKey = input.idempotencyKey;
    const turnId = randomUUID();
    const asked: Asked = {
      tenantId,
      id,
      content,
      idempotencyKey,
      parentSeq,
      charge,
      turnId,
      now: deps.clock(),
    };
    // Taken out whatever this turn does: put back only by a turn that went on and was answered.
    const held = deps.held.take(tenantId, id);
    return cleanupAfter(
      async () => {
        const early = held && parentSeq === null ? await startEarly(asked, held) : null;
        const pending = early
          ? await withTurnLease(
              deps,
              () => openHeld(asked, early.session),
              (opened, lease) => prepareHeld(asked, opened, lease, early),
              // What started early and the statement did not confirm (another turn holds the lease, the
              // statement failed, the reply went elsewhere) is aborted: nothing of it is shown or stored.
            ).finally(() => early.drop())
          : await withTurnLease(
              deps,
              () => open(asked),
              (opened, lease) => prepare(asked, opened, lease),
            );
        return pending ?? refuseOrReplay(asked);
      },
      // A turn that never gets as far as an answer gives back what it was charged.
      () => settle(charge, 0),
    );
  }

  /**
   * Where a reply tried again goes: after the turn the taken-back reply followed. Only a reply of the path taken
   * can be taken back, in practice mode; a retry of an attempt already stored goes where it went.
   */
  async function branchPoint(
    tenantId: string,
    id: string,
    replaces: string,
    idempotencyKey: string | undefined,
  ): Promise<number | null> {
    const session = await lookup.session(tenantId, id);
    if (session.mode !== 'practice') {
      throw new AppError(
        'attempts_not_offered',
        'A reply can be taken back in practice mode only: this session is an assessment.',
      );
    }
    if (session.status === 'ended') throw new AppError('session_ended', 'This session has ended.');
    if (idempotencyKey && (await store.findTurnByIdempotencyKey(session, idempotencyKey))) return null;
    const taken = replyOfPath(await store.listTurns(session), replaces, { takeBack: true });
    return parentOf(taken);
  }

  /** The reply as the statements that open a turn take it. */
  function replyToOpen(asked: Asked): ReplyToOpen & { turnId: string } {
    return {
      content: asked.content,
      idempotencyKey: asked.idempotencyKey ?? null,
      maxLearnerTurns: deps.limits.maxTurnsPerSession,
      parentSeq: asked.parentSeq,
      turnId: asked.turnId,
    };
  }

  /** The lease, the history and the stored reply come from one statement: the only one before the model. */
  function open(asked: Asked) {
    if (!isUuid(asked.id)) return Promise.resolve(null);
    return store.openTurn(asked.tenantId, asked.id, replyToOpen(asked), asked.now);
  }

  /** The statement for a session held in memory: the lease and the stored reply, no turns read back. */
  function openHeld(asked: Asked, session: TenantSession) {
    return store.openHeldTurn(session, replyToOpen(asked), asked.now);
  }

  /**
   * A reply that goes on from the newest turn of a session held in memory, read and answered before the statement
   * that opens its turn has run: the rubric reads it and the persona is asked at once, from what was held. The
   * turn runs only once the statement says the reply was stored right after the newest turn held (`confirm`);
   * else it is dropped, its model requests aborted, and the turn goes on from the rows. A retry already stored
   * is never read early: it is replayed or asked again from the rows, which know it. Nor is a reply to a session
   * that another process erased or ended since it was held: nothing of an erased session reaches the model.
   */
  async function startEarly(asked: Asked, held: HeldSession) {
    const { session, path, lastSeq } = held;
    const key = asked.idempotencyKey ?? null;
    if (key && path.some((turn) => turn.idempotencyKey === key)) return null;
    // Asked first, so that the database answers while the rubric reads the reply.
    const active = deps.soleWriter ? null : store.isActive(session).catch(() => false);
    const scenario = await lookup.scenarioToPlay(session).catch(() => null);
    if (!scenario) return null;
    const learner = replyAfter(held, {
      id: asked.turnId,
      content: asked.content,
      idempotencyKey: key,
      at: asked.now,
    });
    const history = [...path, learner];
    const verdict = readReply(deps, session, scenario, history, learner);
    // Erased or ended meanwhile: the statement finds no session to open, and the turn answers as for one not held.
    if (active && !(await active)) return null;
    let leased: TurnLease | undefined;
    let decided!: { confirm: (committed: Promise<void>) => void; drop: (reason: Error) => void };
    const committed = new Promise<void>((confirm, drop) => (decided = { confirm, drop }));
    committed.catch(() => {});
    const turn: Turn = {
      tenantId: asked.tenantId,
      session,
      scenario,
      history,
      lastSeq,
      learner: { ...learner, score: verdict.now },
      verdict,
      charge: asked.charge,
      // Read once the reply has committed, so after `confirm` gave the lease.
      lease: { freedWithAnswer: () => leased?.freedWithAnswer() },
      committed,
    };
    const started = start(turn);
    let settled = false;
    return {
      session,
      /** The reply was stored as the turn after the newest one held: no other writer added one meanwhile. */
      agrees: (stored: StoredReply) => storedAfter(held, stored, asked.turnId),
      /** The rows agree: the turn runs, its reply durable once the statement has committed. */
      confirm(lease: TurnLease, stored: Promise<void>) {
        settled = true;
        leased = lease;
        decided.confirm(stored);
        return whenStored(turn, started);
      },
      drop() {
        if (settled) return;
        settled = true;
        started.abort();
        deps.held.movedElsewhere(session.id);
        decided.drop(new Error('the turn was read from a state its rows did not confirm'));
      },
    };
  }

  /**
   * With the lease, for a turn started early: it runs when the statement stored the reply where it was read;
   * else (another writer added a turn, the reply was a retry stored before or one past the limit) what started
   * is dropped and the turn goes on from the session's rows, read once the statement has committed (a reading
   * on another connection would not see its reply before).
   */
  async function prepareHeld(
    asked: Asked,
    opened: HeldOpened,
    lease: TurnLease,
    early: NonNullable<Awaited<ReturnType<typeof startEarly>>>,
  ): Promise<PendingTurn> {
    const { stored, committed } = opened;
    if (early.agrees(stored)) return early.confirm(lease, committed);
    early.drop();
    await committed;
    const read = await store.readOpened(opened.session);
    if (!read) return refuseOrReplay(asked);
    const learner = stored ? read.history.find((turn) => turn.id === stored.id) : undefined;
    return prepare(
      asked,
      {
        session: read.session,
        // As the statement that reads the turns gives them: those before the reply it stored.
        history: read.history.filter((turn) => turn.id !== learner?.id),
        learner: learner ?? null,
        committed,
      },
      lease,
    );
  }

  /** With the lease: a retry to replay, or the turn to run, its models asked while the reply commits. */
  async function prepare(asked: Asked, opened: OpenedTurn, lease: TurnLease): Promise<PendingTurn> {
    const { committed } = opened;
    const all = opened.history;
    const scenario = await lookup.scenarioToPlay(opened.session);
    const retried = asked.idempotencyKey
      ? all.find((turn) => turn.idempotencyKey === asked.idempotencyKey)
      : undefined;
    if (retried) checkRetry(all, retried, asked.content);
    // A retry of the latest turn, whose answer never came or broke off, asks the persona again.
    const learner = retried ?? (opened.learner ? { ...opened.learner, score: null } : null);
    const answered = retried ? answerTo(all, retried) : null;
    if (!learner || answered) await committed;
    if (retried && answered) {
      return { run: (emit) => replayTurn(opened.session, retried.seq, pathTo(all, answered.seq), emit) };
    }
    if (!learner) {
      throw new AppError(
        'turn_limit_reached',
        `A session may have at most ${deps.limits.maxTurnsPerSession} replies. End it to see the report.`,
      );
    }
    // The statement read the turns before its own insert: the new learner turn ends the path.
    const history = pathTo(
      all.some((turn) => turn.seq === learner.seq) ? all : [...all, learner],
      learner.seq,
    );
    // A reply tried again is answered from the conversation as it stood before the reply it replaces.
    const session = branches(learner) ? rewound(opened.session, scenario, history, learner) : opened.session;
    // Read now, saved with the persona's answer: nothing is written between the reply and the model.
    const verdict = learner.score ? null : readReply(deps, session, scenario, history, learner);
    const turn: Turn = {
      tenantId: asked.tenantId,
      session,
      scenario,
      history,
      lastSeq: all.reduce((max, turn) => Math.max(max, turn.seq), 0),
      learner: { ...learner, score: learner.score ?? verdict!.now },
      verdict,
      charge: asked.charge,
      lease,
      committed,
    };
    return whenStored(turn, start(turn));
  }

  /** The reply is durable, or the turn fails here with the database's error, before any event. */
  async function whenStored(turn: Turn, started: ReturnType<typeof start>): Promise<PendingTurn> {
    await turn.committed.catch((error: unknown) => {
      started.abort();
      throw error;
    });
    return {
      run: (emit, signal) =>
        started.run(emit, signal).catch((error: unknown) => {
          // A streamed turn's failure reaches the client as an event only: the cause is logged here.
          if (!(error instanceof AppError)) {
            deps.logger.error({ err: error, sessionId: turn.session.id }, 'a turn failed');
          }
          throw error;
        }),
    };
  }

  /** Without the lease: an unknown session (404), an ended or busy one (409), or a retry to replay. */
  async function refuseOrReplay({ tenantId, id, content, idempotencyKey }: Asked): Promise<PendingTurn> {
    const session = await lookup.session(tenantId, id);
    const retried = idempotencyKey ? await store.findTurnByIdempotencyKey(session, idempotencyKey) : null;
    if (retried) {
      const turns = await store.listTurns(session);
      checkRetry(turns, retried, content);
      const answer = answerTo(turns, retried);
      if (answer || session.status === 'ended') {
        return {
          run: (emit) => replayTurn(session, retried.seq, pathTo(turns, answer?.seq ?? retried.seq), emit),
        };
      }
    }
    if (session.status === 'ended') throw new AppError('session_ended', 'This session has ended.');
    throw new AppError('turn_in_progress', 'Another turn of this session is in progress.');
  }

  /**
   * Asks the persona at once and queues the turn's events: the learner turn, its mood, then the persona's
   * answer as it streams. The verdict leads when it is known at once (no judge, or stored before); a judge,
   * asked once the persona's first word is out, sends its verdict whenever it answers, before the persona turn
   * is stored. The events leave in order, each waiting for the one before it, and the first for `run`, which
   * comes once the reply is durable.
   */
  function start(turn: Turn) {
    const { session, learner } = turn;
    const practice = session.mode === 'practice';
    const asking = new AbortController();
    const signal = asking.signal;
    let attach!: (emit: Emit) => void;
    const attached = new Promise<Emit>((resolve) => (attach = resolve));
    let sent: Promise<void> = attached.then(() => {});
    const send = (event: TurnEvent) => {
      sent = sent.then(() => attached.then((emit) => emit(event)));
      return sent;
    };

    send({ type: 'learner', data: turnView(learner, { withFeedback: false }) });
    const judging = turn.verdict?.judged ?? null;
    if (practice && !judging) send({ type: 'feedback', data: learner.score.result });
    const moodSent = send({ type: 'mood', data: moodView(learner.score) });
    // The judge is asked once the persona's first word has gone out (or its answer came, or failed, without
    // one): the judge's own work before its request (the prompt, the client, the fetch) runs on the thread
    // that streams the persona, and must never sit before its first token. A written event reaches the socket
    // a few promise steps after its write resolved: the judge waits for the next turn of the event loop too.
    let personaSpoke!: () => void;
    const spoken = new Promise<void>((resolve) => (personaSpoke = resolve));
    let verdict: Promise<TurnScoreRow> | null = null;
    const persona = answer(turn, () => verdict, send, signal, personaSpoke);
    const judged = judging
      ? spoken.then(() => new Promise<void>((next) => setImmediate(next))).then(() => judging(signal))
      : null;
    verdict = turn.verdict ? (judged ?? Promise.resolve(turn.verdict.now)) : null;
    const judgedSent =
      judged && practice
        ? judged.then((row) => send({ type: 'feedback', data: row.result }))
        : Promise.resolve();
    // Observed now: a model failing before the verdict is out must wait for it, not go unhandled.
    persona.catch(() => {});
    judgedSent.catch(() => {});
    moodSent.catch(() => {});

    return {
      /** The reply could not be stored: the models' answers are for nobody. */
      abort: () => asking.abort(),
      async run(emit: Emit, client: AbortSignal) {
        if (client.aborted) asking.abort();
        else client.addEventListener('abort', () => asking.abort(), { once: true });
        attach(emit);
        await moodSent;
        const answered = await persona.finally(() => Promise.all([sent, judgedSent]));
        await emit({
          type: 'persona',
          data: turnView({ ...answered.turn, score: null }, { withFeedback: false }),
        });
        if (answered.closing) await deps.end(turn.tenantId, session.id);
        await emit({ type: 'done', data: { sessionStatus: answered.closing ? 'ended' : 'active' } });
      },
    };
  }

  /** The persona's answer, streamed as deltas and stored: complete, or interrupted when it broke off. */
  async function answer(
    turn: Turn,
    /** The verdict to store with the answer; read once the persona has answered or failed. */
    verdict: () => Promise<TurnScoreRow> | null,
    send: (event: TurnEvent) => Promise<void>,
    signal: AbortSignal,
    /** Called once the first delta has gone out, or once the persona answered or failed without one. */
    spoke: () => void,
  ) {
    const { session, scenario, history, learner, charge } = turn;
    const transcript = [
      ...spokenBefore(history, learner.seq),
      { role: learner.role, content: learner.content },
    ];
    const seq = Math.max(learner.seq, turn.lastSeq) + 1;
    let reply: PersonaReply | undefined;
    let saidAWord = false;
    const onDelta = (text: string) => {
      const sent = send({ type: 'delta', data: { text } });
      if (saidAWord) return;
      saidAWord = true;
      // Once the first word has gone out (or could not: the learner left), the judge may be asked.
      sent.then(spoke, spoke);
    };
    try {
      reply = await deps.rolePlayer
        .respond(
          {
            scenario,
            sessionId: session.id,
            transcript,
            mood: moodView(learner.score),
            lastResult: learner.score.result,
            learnerTurns: transcript.filter((spoken) => spoken.role === 'learner').length,
            dialogue: parseDialogue(session.dialogue),
          },
          { signal, onDelta },
        )
        .finally(() => {
          // An answer that came, or failed, without a word has nothing to wait for.
          if (!saidAWord) spoke();
        });
      // Nothing is stored after a reply that was not (the commit failed: the model was aborted).
      await turn.committed;
      // A judge slower than the persona holds the stored answer back, never the words.
      const unsaved = await verdict();
      // The verdict's event is queued by the statement that stores it, and told to the rest once it has run.
      const scored = unsaved ? scoredEvent(turn, unsaved) : null;
      const stored = await store.finishTurn(
        session,
        {
          seq,
          parentSeq: learner.seq,
          role: 'persona',
          content: reply.text,
          status: 'complete',
          source: reply.source,
          promptTokens: reply.usage?.promptTokens ?? null,
          completionTokens: reply.usage?.completionTokens ?? null,
          createdAt: deps.clock(),
          completedAt: deps.clock(),
          dialogue: reply.dialogue ?? null,
        },
        unsaved,
        deps.clock(),
        {
          // Nothing starts on a session the persona is closing: ending it frees the lease.
          keepLease: reply.closing,
          tokens: charge && settlementOf(charge, spentTokens(reply.usage)),
          dialogue: reply.dialogue,
          events: scored ? [scored] : [],
        },
      );
      if (charge) charge.settled = true;
      if (!reply.closing) {
        turn.lease.freedWithAnswer();
        // A turn that went on from the newest turn leaves the session as the next reply will read it.
        if (seq === learner.seq + 1 && !branches(learner)) {
          deps.held.keep(heldAfter(session, history, stored, unsaved, reply.dialogue));
        }
      }
      if (scored) await told(deps.announce, scored);
      return { turn: stored, closing: reply.closing };
    } catch (error) {
      if (
        !(await turn.committed.then(
          () => true,
          () => false,
        ))
      )
        throw error;
      const failure = error instanceof RolePlayError ? error : null;
      // What the model spent counts, whatever became of the answer.
      await settle(charge, spentTokens(reply?.usage ?? failure?.usage));
      if (!(await store.sessionExists(session).catch(() => true))) {
        // Erased (the session or its learner) while the persona answered: nothing of the turn is kept.
        deps.logger.warn({ sessionId: session.id, err: error }, 'the session was erased while its turn ran');
        throw new AppError(
          'session_erased',
          'The session was erased while the persona answered: nothing of this turn was kept.',
        );
      }
      // The verdict is the learner turn's, whatever became of the persona's answer.
      const unsaved = await verdict();
      if (unsaved) {
        const scored = scoredEvent(turn, unsaved);
        await store.saveScore(session, unsaved, deps.clock(), [scored]);
        await told(deps.announce, scored);
      }
      const partial = failure?.partialText.trim() ?? '';
      if (partial) {
        // What the persona said before it broke off is kept, and marked so it is never taken as complete.
        await store.insertTurn(session, {
          seq,
          parentSeq: learner.seq,
          role: 'persona',
          content: partial,
          status: 'interrupted',
          source: 'llm',
          promptTokens: failure?.usage?.promptTokens ?? null,
          completionTokens: failure?.usage?.completionTokens ?? null,
          createdAt: deps.clock(),
        });
      }
      throw error instanceof RolePlayError ? toAppError(error) : error;
    }
  }

  return takeTurn;
}

/** The learner turn's verdict is stored: its event, with its scores unless an assessment keeps them back. */
function scoredEvent({ session, learner }: Turn, verdict: TurnScoreRow): RehearsalEvent {
  const result = verdict.result;
  const withScores = session.mode === 'practice';
  return {
    type: 'turn.scored',
    tenantId: session.tenantId,
    sessionId: session.id,
    data: {
      sessionId: session.id,
      turnId: learner.id,
      seq: learner.seq,
      overall: withScores ? result.overall : null,
      principles: withScores ? result.criteria.map(({ id, score }) => ({ id, score })) : [],
    },
  };
}

/** A turn answered before, sent again as it was stored. */
async function replayTurn(session: SessionRow, learnerSeq: number, turns: TurnWithScore[], emit: Emit) {
  const learner = turns.find((turn) => turn.seq === learnerSeq)!;
  const persona = answerTo(turns, learner);
  await emit({ type: 'learner', data: turnView(learner, { withFeedback: false }) });
  if (learner.score) {
    if (session.mode === 'practice') {
      await emit({ type: 'feedback', data: learner.score.result });
    }
    await emit({ type: 'mood', data: moodView(learner.score) });
  }
  if (persona) await emit({ type: 'persona', data: turnView(persona, { withFeedback: false }) });
  await emit({ type: 'done', data: { sessionStatus: session.status } });
}

const spentTokens = (usage: { promptTokens: number; completionTokens: number } | null | undefined) =>
  (usage?.promptTokens ?? 0) + (usage?.completionTokens ?? 0);
