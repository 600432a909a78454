import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { bearerToken, secretsEqual } from '../../auth/api-key.ts';
import { unauthorized } from '../../auth/auth.middleware.ts';
import type { KeyStore } from '../../auth/key-store.ts';
import { AppError } from '../../errors.ts';
import { createRouter } from '../create-router.ts';
import { createKey, listKeys, revokeKey } from './admin.routes.ts';

/**
 * Only `Authorization: Bearer <ADMIN_TOKEN>` passes; a consumer's API key is just another wrong token (401).
 * With no ADMIN_TOKEN configured the admin API does not exist on this server: 404, since no credential could
 * ever make the request succeed (401 would invite guessing, 403 would suggest another identity might pass).
 */
export function adminGuard(adminToken: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!adminToken) throw new AppError('not_found', `No route for ${c.req.method} ${c.req.path}.`);
    const token = bearerToken(c.req.header('authorization'));
    if (!token || !secretsEqual(token, adminToken)) {
      throw unauthorized('The admin API needs `Authorization: Bearer <ADMIN_TOKEN>`.', Boolean(token));
    }
    await next();
  };
}

export function createAdminRoutes(deps: { keys: KeyStore; adminToken: string | undefined }) {
  const router = createRouter();
  router.use('/v1/admin/*', adminGuard(deps.adminToken));
  return router
    .openapi(createKey, async (c) => c.json(await deps.keys.create(c.req.valid('json')), 201))
    .openapi(listKeys, async (c) => c.json({ keys: await deps.keys.list() }, 200))
    .openapi(revokeKey, async (c) => {
      const { id } = c.req.valid('param');
      if (!(await deps.keys.revoke(id))) throw new AppError('not_found', `No API key '${id}'.`);
      return c.body(null, 204);
    });
}
