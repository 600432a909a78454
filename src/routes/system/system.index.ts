import type { AppDeps } from '../../app.ts';
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
      const checks = {
        database: { ok: database, kind: deps.db.kind },
        scenarios: { ok: loaded > 0, loaded, problems: deps.scenarios.problems() },
      };
      if (!database || loaded === 0) {
        const what = !database ? 'the database does not answer' : 'no scenarios are loaded';
        throw new AppError('not_ready', `Not ready: ${what}.`, checks);
      }
      return c.json({ status: 'ready' as const, checks }, 200);
    });
}
