import type { Agreement } from '../../analytics/agreement.ts';
import { createRouter } from '../create-router.ts';
import { scenarioAgreement } from './agreement.routes.ts';

/** A scenario's agreement figures; the `analytics` or `author` scope is required by the path (src/auth/scopes.ts). */
export function createAgreementRoutes(agreement: Agreement) {
  return createRouter().openapi(scenarioAgreement, async (c) => {
    const { scenarioId } = c.req.valid('query');
    return c.json(await agreement.forScenario(c.var.tenantId, scenarioId), 200);
  });
}
