import { AppError } from '../../errors.ts';
import type { Integrations } from '../../integrations.ts';
import { requirePublicUrl } from '../../xapi/session-xapi.ts';
import { defaultActor } from '../../xapi/statements.ts';
import { createRouter } from '../create-router.ts';
import { deleteLearnerActor, getLearnerActor, getXapi, putLearnerActor } from './xapi.routes.ts';

export function createXapiRoutes(
  deps: Pick<Integrations, 'sessionXapi' | 'xapiSettings'> & { publicUrl?: string },
) {
  const settings = deps.xapiSettings;

  /** The actor in use for a learner and where it comes from, as the statements would carry it. */
  const actorInUse = async (tenantId: string, learnerId: string) => {
    const baseUrl = requirePublicUrl(deps.publicUrl);
    const learner = await settings.findLearner(tenantId, learnerId);
    if (!learner) throw new AppError('not_found', `No learner '${learnerId}'.`);
    const chosen = await settings.actorOf(tenantId, learner);
    const actor = chosen ?? defaultActor(baseUrl, tenantId, learnerId);
    const source = learner.xapiActor ? 'learner' : chosen ? 'consumer' : 'default';
    return { learnerId, actor, source } as const;
  };

  return createRouter()
    .openapi(getXapi, async (c) => {
      const statements = await deps.sessionXapi(c.var.tenantId, c.req.valid('param').id);
      return c.json({ statements }, 200);
    })
    .openapi(getLearnerActor, async (c) =>
      c.json(await actorInUse(c.var.tenantId, c.req.valid('param').learnerId), 200),
    )
    .openapi(putLearnerActor, async (c) => {
      const { learnerId } = c.req.valid('param');
      requirePublicUrl(deps.publicUrl);
      await settings.setLearnerActor(c.var.tenantId, learnerId, c.req.valid('json'));
      return c.json(await actorInUse(c.var.tenantId, learnerId), 200);
    })
    .openapi(deleteLearnerActor, async (c) => {
      const { learnerId } = c.req.valid('param');
      if (!(await settings.setLearnerActor(c.var.tenantId, learnerId, null))) {
        throw new AppError('not_found', `No learner '${learnerId}'.`);
      }
      return c.body(null, 204);
    });
}
