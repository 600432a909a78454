import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import type { RubricResult } from '../rubric/types.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import { createSessionStore } from '../sessions/store.ts';
import { buildStatements } from './statements.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type StoredReport = { scenarioTitle?: string | null; principles?: { id: string; mean: number | null }[] };

/** Loads one of the tenant's sessions and turns it into statements; 404 for anyone else's. */
export function createSessionXapi(deps: { db: Database; scenarios: ScenarioRegistry }) {
  const store = createSessionStore(deps.db);
  return async (tenantId: string, sessionId: string, baseUrl: string) => {
    const session = UUID.test(sessionId) ? await store.findSession(tenantId, sessionId) : null;
    if (!session) throw new AppError('not_found', `No session '${sessionId}'.`);
    const [turns, learnerId, report] = await Promise.all([
      store.listTurns(session.id),
      store.externalLearnerId(session.learnerId),
      store.findReport(session.id),
    ]);
    const scenario = deps.scenarios.get(session.scenarioId);
    const stored = report?.report as StoredReport | undefined;
    return buildStatements({
      baseUrl,
      tenantId,
      session,
      learnerId,
      scenario: {
        title: scenario?.title ?? stored?.scenarioTitle ?? session.scenarioId,
        summary: scenario?.summary ?? null,
      },
      turns: turns
        .filter((turn) => turn.role === 'learner')
        .map((turn) => {
          const result = turn.score?.result as RubricResult | undefined;
          return {
            id: turn.id,
            seq: turn.seq,
            createdAt: turn.createdAt,
            scores: result
              ? {
                  overall: result.overall,
                  principles: Object.fromEntries(result.criteria.map((c) => [c.id, c.score])),
                }
              : null,
          };
        }),
      report: report
        ? {
            overall: report.overall,
            principles: Object.fromEntries((stored?.principles ?? []).map((p) => [p.id, p.mean])),
          }
        : null,
    });
  };
}

export type SessionXapi = ReturnType<typeof createSessionXapi>;
