import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors.ts';
import { createRouter } from '../create-router.ts';
import { healthz, readyz } from './system.routes.ts';

export function createSystemRoutes(deps: Pick<AppDeps, 'db' | 'scenarios'>) {
  return createRouter()
    .openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200))
    .openapi(readyz, async (c) => {
      const database = await deps.db.ping().then(
        () => true,
        () => false,
      );
      const loaded = deps.scenarios.size;
      const problems = deps.scenarios.problems();
      const broken = problems.some((problem) => problem.severity === 'error');
      const checks = {
        database: { ok: database, kind: deps.db.kind },
        scenarios: {
          ok: loaded > 0 && !broken,
          loaded,
          drafts: deps.scenarios.drafts,
          problems,
          servedFromLastGood: deps.scenarios.servedFromLastGood(),
        },
      };
      if (!database || loaded === 0) {
        const what = !database ? 'the database does not answer' : 'no scenarios are loaded';
        throw new AppError('not_ready', `Not ready: ${what}.`, checks);
      }
      // A broken file never takes the server out of service: the others, and its last good version, are served.
      return c.json({ status: broken ? ('degraded' as const) : ('ready' as const), checks }, 200);
    });
}
