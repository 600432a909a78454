import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { bearerToken, secretsEqual } from '../../auth/api-key.ts';
import { unauthorized } from '../../auth/auth.middleware.ts';
import { type AuthThrottle, clientAddress } from '../../auth/auth-throttle.ts';
import type { KeyStore } from '../../auth/key-store.ts';
import { outboundUrlProblem } from '../../auth/outbound-url.ts';
import { secretHint } from '../../auth/secret-box.ts';
import type { ConsumerXapiRow } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import type { XapiSettings } from '../../xapi/settings.ts';
import { createRouter } from '../create-router.ts';
import { decodeCursor, toPage } from '../pagination.ts';
import {
  createKey,
  deleteConsumerXapi,
  getConsumerXapi,
  listKeys,
  putConsumerXapi,
  revokeKey,
  setKeyScopes,
} from './admin.routes.ts';

/**
 * Only `Authorization: Bearer <ADMIN_TOKEN>` passes; a consumer's API key is just another wrong token (401).
 * Wrong tokens are throttled per client address, like wrong keys. Mounted only when ADMIN_TOKEN is set: without
 * it the admin API does not exist (404, and absent from the OpenAPI document), since no credential could ever
 * make a request succeed.
 */
export function adminGuard(deps: {
  adminToken: string;
  throttle: AuthThrottle;
  trustProxy: number;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    const address = header ? clientAddress(c, deps.trustProxy) : null;
    await deps.throttle.check(address);
    const token = bearerToken(header);
    if (!token || !secretsEqual(token, deps.adminToken)) {
      const refusal = unauthorized(
        'The admin API needs `Authorization: Bearer <ADMIN_TOKEN>`.',
        Boolean(token),
      );
      throw await deps.throttle.failed(address, refusal);
    }
    await next();
  };
}

export function createAdminRoutes(deps: {
  keys: KeyStore;
  adminToken: string;
  throttle: AuthThrottle;
  trustProxy: number;
  xapiSettings: XapiSettings;
  defaultTenant: string;
  allowLoopbackTargets: boolean;
}) {
  const consumer = async (tenantId: string) => {
    if (tenantId !== deps.defaultTenant && !(await deps.keys.hasTenant(tenantId))) {
      throw new AppError('not_found', `No consumer '${tenantId}'.`);
    }
    return tenantId;
  };
  const view = (row: ConsumerXapiRow) => ({
    tenantId: row.tenantId,
    lrs: row.lrsEndpoint
      ? {
          endpoint: row.lrsEndpoint,
          authorization: row.lrsAuthorizationSealed ? hintOf(row.lrsAuthorizationSealed) : null,
        }
      : null,
    actorHomePage: row.actorHomePage,
    updatedAt: row.updatedAt.toISOString(),
  });
  const hintOf = (sealed: string) => {
    try {
      return secretHint(deps.xapiSettings.openSecret(sealed));
    } catch {
      return '…';
    }
  };

  const router = createRouter();
  router.use('/v1/admin/*', adminGuard(deps));
  return router
    .openapi(createKey, async (c) => {
      const key = await deps.keys.create(c.req.valid('json'));
      c.header('Location', `/v1/admin/keys/${key.id}`);
      return c.json(key, 201);
    })
    .openapi(listKeys, async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const after = decodeCursor(cursor, z.tuple([z.string(), z.uuid()]));
      const page = toPage(await deps.keys.list({ limit: limit + 1, after }), limit, (key) => [
        key.createdAt,
        key.id,
      ]);
      return c.json({ keys: page.items, nextCursor: page.nextCursor }, 200);
    })
    .openapi(setKeyScopes, async (c) => {
      const { id } = c.req.valid('param');
      const key = await deps.keys.setScopes(id, c.req.valid('json').scopes);
      if (!key) throw new AppError('not_found', `No API key '${id}'.`);
      return c.json(key, 200);
    })
    .openapi(revokeKey, async (c) => {
      const { id } = c.req.valid('param');
      if (!(await deps.keys.revoke(id))) throw new AppError('not_found', `No API key '${id}'.`);
      return c.body(null, 204);
    })
    .openapi(putConsumerXapi, async (c) => {
      const tenantId = await consumer(c.req.valid('param').tenantId);
      const input = c.req.valid('json');
      if (input.lrs) {
        const problem = outboundUrlProblem(input.lrs.endpoint, deps.allowLoopbackTargets);
        if (problem) {
          throw new AppError('invalid_request', `\`lrs.endpoint\`: ${problem}`, {
            issues: [{ path: 'lrs.endpoint', message: problem }],
          });
        }
      }
      return c.json(view(await deps.xapiSettings.put(tenantId, input)), 200);
    })
    .openapi(getConsumerXapi, async (c) => {
      const tenantId = await consumer(c.req.valid('param').tenantId);
      const row = await deps.xapiSettings.find(tenantId);
      if (!row) throw new AppError('not_found', `The consumer '${tenantId}' has no xAPI settings.`);
      return c.json(view(row), 200);
    })
    .openapi(deleteConsumerXapi, async (c) => {
      const tenantId = await consumer(c.req.valid('param').tenantId);
      if (!(await deps.xapiSettings.remove(tenantId))) {
        throw new AppError('not_found', `The consumer '${tenantId}' has no xAPI settings.`);
      }
      return c.body(null, 204);
    });
}
