import { AppError } from '../../errors.ts';
import type { Eraser } from '../../privacy/erase.ts';
import { createRouter } from '../create-router.ts';
import { deleteLearner, deleteSession } from './privacy.routes.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createPrivacyRoutes(eraser: Eraser) {
  return createRouter()
    .openapi(deleteSession, async (c) => {
      const { id } = c.req.valid('param');
      if (!UUID.test(id) || !(await eraser.eraseSession(c.var.tenantId, id))) {
        throw new AppError('not_found', `No session '${id}'.`);
      }
      return c.body(null, 204);
    })
    .openapi(deleteLearner, async (c) => {
      const { learnerId } = c.req.valid('param');
      if (!(await eraser.eraseLearner(c.var.tenantId, learnerId))) {
        throw new AppError('not_found', `No learner '${learnerId}'.`);
      }
      return c.body(null, 204);
    });
}
