import type { SessionRow } from '../db/schema/index.ts';
import { AppError } from '../errors.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import type { Scenario } from '../scenarios/schema.ts';
import { isUuid } from '../vocabulary.ts';
import { createSessionScenarios } from './session-scenario.ts';
import type { SessionStore, TenantSession } from './store.ts';

/** A consumer's session and the scenarios sessions run on, or the 404 that says they are not there. */
export function createSessionLookup(deps: { scenarios: ScenarioRegistry; store: SessionStore }) {
  const versionOf = createSessionScenarios(deps);
  return {
    /** A scenario of the library as it is now, for a new session. */
    scenario(id: string): Scenario {
      const scenario = deps.scenarios.get(id);
      if (!scenario) throw new AppError('not_found', `The scenario '${id}' is not in the library.`);
      return scenario;
    },

    async session(tenantId: string, id: string): Promise<TenantSession> {
      const session = isUuid(id) ? await deps.store.findSession(tenantId, id) : null;
      if (!session) throw new AppError('not_found', `No session '${id}'.`);
      return session;
    },

    /** The version the session started on, even when the library has moved on; undefined when it is gone. */
    scenarioOfSession: versionOf,

    /** As `scenarioOfSession`, for a turn: a scenario that is gone is a 404. */
    async scenarioToPlay(session: SessionRow): Promise<Scenario> {
      const scenario = await versionOf(session);
      if (!scenario) {
        throw new AppError('not_found', `The scenario '${session.scenarioId}' is not in the library.`);
      }
      return scenario;
    },
  };
}

export type SessionLookup = ReturnType<typeof createSessionLookup>;
