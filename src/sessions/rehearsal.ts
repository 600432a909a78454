import type { Database } from '../db/database.ts';
import type { HintWriter } from '../hints/index.ts';
import type { Logger } from '../logger.ts';
import { initialMood, type RolePlayer } from '../roleplay/index.ts';
import { type Judge, openingHistory } from '../rubric/index.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import { scenarioVersion } from '../scenarios/version.ts';
import type { SessionMode } from '../vocabulary.ts';
import { sessionView } from './api-shapes.ts';
import { createCounterfactuals } from './counterfactual.ts';
import type { Announce } from './events.ts';
import { createHeldSessions, type HeldSessions, heldFrom } from './held-sessions.ts';
import { createHints } from './hints.ts';
import { createSessionLookup } from './lookup.ts';
import { createReports } from './report.ts';
import { createSessionStore, type TenantSession } from './store.ts';
import type { TokenBudget } from './token-budget.ts';
import { createTurnTaker } from './turn.ts';

// The rehearsal use-cases: start, view, take a turn (turn.ts), ask a hint (hints.ts), play an alternative
// (counterfactual.ts), end, report, progress (report.ts).
// Everything lives in the database; the active sessions' state is also held in memory (held-sessions.ts), only to
// read a reply before its turn's statement has run, and never trusted over that statement's rows.

export type { SessionReport } from './report.ts';
export type { Emit, PendingTurn, TurnEvent } from './turn-events.ts';

export type RehearsalDeps = {
  db: Database;
  scenarios: ScenarioRegistry;
  rolePlayer: RolePlayer;
  judge: Judge | null;
  /** Phrases hints with a model; without one, hints are the offline ones. */
  hintWriter?: HintWriter | null | undefined;
  clock: () => Date;
  logger: Logger;
  limits: { maxTurnsPerSession: number; maxReplyChars: number };
  /** The consumers' daily model-token budget, when there is one. */
  budget?: TokenBudget | null;
  /** Told of each change once it is stored (webhooks, the LRS); never throws. */
  announce?: Announce;
  /**
   * The sessions held in memory: given when erasures made elsewhere in the process (retention) are to forget
   * them too (`forgettingErased`); else its own.
   */
  held?: HeldSessions;
  /** No other process writes to the database (turn.ts). */
  soleWriter: boolean;
};

export function createRehearsal(deps: RehearsalDeps) {
  const announce: Announce = deps.announce ?? (async () => {});
  // The store queues the events of the changes it stores for the listeners that keep a queue in the database.
  const store = createSessionStore(deps.db, announce.queueing);
  const lookup = createSessionLookup({ scenarios: deps.scenarios, store });
  const reports = createReports({ store, lookup, scenarios: deps.scenarios, clock: deps.clock, announce });
  const held = deps.held ?? createHeldSessions();
  const end = (tenantId: string, id: string) => {
    held.forget(id);
    return reports.end(tenantId, id);
  };
  const takeTurn = createTurnTaker({ ...deps, store, lookup, announce, held, end });
  const askHint = createHints({ ...deps, store, lookup });
  const whatIf = createCounterfactuals({ ...deps, store, lookup });

  /** The session's view, with the turns it was made from. */
  const read = async (session: TenantSession) => {
    const [turns, learnerId] = await Promise.all([
      store.listTurns(session),
      store.externalLearnerId(session),
    ]);
    const scenarioTitle = (await lookup.scenarioOfSession(session))?.title ?? null;
    return { turns, shown: sessionView(session, turns, { learnerId, scenarioTitle }) };
  };
  const view = async (tenantId: string, id: string) => (await read(await lookup.session(tenantId, id))).shown;

  async function start(
    tenantId: string,
    input: { scenarioId: string; mode: SessionMode; learnerId?: string | undefined },
  ) {
    const scenario = lookup.scenario(input.scenarioId);
    const now = deps.clock();
    const learnerId = input.learnerId ? await store.upsertLearner(tenantId, input.learnerId) : null;
    const mood = initialMood(scenario);
    const [opening] = openingHistory(scenario);
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
      opening?.content ?? null,
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
    const { turns, shown } = await read(session);
    // Its first reply is read before the statement that opens its turn.
    held.keep(heldFrom(session, turns));
    return shown;
  }

  return { start, view, takeTurn, askHint, whatIf, ...reports, end };
}

export type Rehearsal = ReturnType<typeof createRehearsal>;
