import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { bearerToken, secretsEqual } from '../../auth/api-key.ts';
import { unauthorized } from '../../auth/auth.middleware.ts';
import { type AuthThrottle, clientAddress } from '../../auth/auth-throttle.ts';
import type { KeyStore } from '../../auth/key-store.ts';
import { AppError } from '../../errors.ts';
import { createRouter } from '../create-router.ts';
import { createKey, listKeys, revokeKey } from './admin.routes.ts';

/**
 * Only `Authorization: Bearer <ADMIN_TOKEN>` passes; a consumer's API key is just another wrong token (401).
 * Wrong tokens are throttled per client address, like wrong keys.
 * With no ADMIN_TOKEN configured the admin API does not exist on this server: 404, since no credential could
 * ever make the request succeed (401 would invite guessing, 403 would suggest another identity might pass).
 */
export function adminGuard(deps: {
  adminToken: string | undefined;
  throttle: AuthThrottle;
  trustProxy: number;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!deps.adminToken) throw new AppError('not_found', `No route for ${c.req.method} ${c.req.path}.`);
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
  adminToken: string | undefined;
  throttle: AuthThrottle;
  trustProxy: number;
}) {
  const router = createRouter();
  router.use('/v1/admin/*', adminGuard(deps));
  return router
    .openapi(createKey, async (c) => c.json(await deps.keys.create(c.req.valid('json')), 201))
    .openapi(listKeys, async (c) => c.json({ keys: await deps.keys.list() }, 200))
    .openapi(revokeKey, async (c) => {
      const { id } = c.req.valid('param');
      if (!(await deps.keys.revoke(id))) throw new AppError('not_found', `No API key '${id}'.`);
      return c.body(null, 204);
    });
}
