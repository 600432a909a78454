import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import { createSessionStore } from '../sessions/store.ts';
import { parentOf } from '../sessions/tree.ts';
import { isUuid } from '../vocabulary.ts';
import type { XapiSettings } from './settings.ts';
import { buildStatements } from './statements.ts';

type StoredReport = {
  scenarioTitle?: string | null;
  principles?: { id: string; mean: number | null }[];
  /** Absent from reports stored before confidence existed. */
  confidence?: { high: number; medium: number; low: number };
};

/** PUBLIC_URL, the base of every IRI; never the Host a request came with, which its sender chooses. */
export function requirePublicUrl(publicUrl: string | undefined): string {
  if (!publicUrl) {
    throw new AppError(
      'not_configured',
      'Learning records need PUBLIC_URL on the server: every xAPI IRI is built on it.',
    );
  }
  return publicUrl;
}

/** Loads one of the tenant's sessions and turns it into statements; 404 for anyone else's. */
export function createSessionXapi(deps: {
  db: Database;
  scenarios: ScenarioRegistry;
  settings: XapiSettings;
  publicUrl: string | undefined;
}) {
  const store = createSessionStore(deps.db);
  return async (tenantId: string, sessionId: string) => {
    const baseUrl = requirePublicUrl(deps.publicUrl);
    const session = isUuid(sessionId) ? await store.findSession(tenantId, sessionId) : null;
    if (!session) throw new AppError('not_found', `No session '${sessionId}'.`);
    const [turns, learner, report] = await Promise.all([
      store.listTurns(session),
      deps.settings.learnerById(tenantId, session.learnerId),
      store.findReport(session),
    ]);
    const scenario = deps.scenarios.get(session.scenarioId);
    const stored = report?.report as StoredReport | undefined;
    return buildStatements({
      baseUrl,
      tenantId,
      session,
      learnerId: learner?.externalId ?? null,
      actor: await deps.settings.actorOf(tenantId, learner),
      scenario: {
        title: scenario?.title ?? stored?.scenarioTitle ?? session.scenarioId,
        summary: scenario?.summary ?? null,
      },
      // Every reply, those taken back included: each try is a response of the same registration.
      turns: turns
        .filter((turn) => turn.role === 'learner')
        .map((turn) => {
          const result = turn.score?.result;
          return {
            id: turn.id,
            seq: turn.seq,
            createdAt: turn.createdAt,
            hintsUsed: turn.hint ? 1 : 0,
            attempt: turns.filter(
              (other) =>
                other.role === 'learner' && other.seq <= turn.seq && parentOf(other) === parentOf(turn),
            ).length,
            confidence: result?.confidence?.level ?? null,
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
            confidence: stored?.confidence
              ? {
                  high: stored.confidence.high,
                  medium: stored.confidence.medium,
                  low: stored.confidence.low,
                }
              : null,
          }
        : null,
    });
  };
}

export type SessionXapi = ReturnType<typeof createSessionXapi>;
