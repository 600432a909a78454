import { AppError } from '../../errors.ts';
import type { Eraser } from '../../privacy/erase.ts';
import { isUuid } from '../../vocabulary.ts';
import { createRouter } from '../create-router.ts';
import { deleteLearner, deleteSession } from './privacy.routes.ts';

export function createPrivacyRoutes(eraser: Eraser) {
  return createRouter()
    .openapi(deleteSession, async (c) => {
      const { id } = c.req.valid('param');
      if (!isUuid(id) || !(await eraser.eraseSession(c.var.tenantId, id))) {
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
