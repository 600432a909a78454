import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';
import { API_SCOPES, type ApiScope } from '../vocabulary.ts';
import { isAdminPath } from './paths.ts';

/** A key made before scopes existed, or made without naming any, may do what every key could: rehearse. */
export const DEFAULT_SCOPES: readonly ApiScope[] = ['learner'];
export const ALL_SCOPES: readonly ApiScope[] = API_SCOPES;

/**
 * Which scopes open a path: the first prefix that matches, any one scope of the list suffices. Deny by default:
 * every other `/v1` path needs `learner`. New features get their line here (the studio's routes live under
 * `/v1/studio`); a route that needs more than its prefix gives adds `requireScope(...)` to itself.
 */
const SCOPES_BY_PREFIX: [prefix: string, anyOf: readonly ApiScope[]][] = [
  // How far to trust a scenario's scores is for its authors as much as for whoever reads the figures.
  ['/v1/analytics/agreement', ['analytics', 'author']],
  ['/v1/analytics', ['analytics']],
  ['/v1/studio', ['author']],
  // Authors read the library, validate files and score their golden replies while they write.
  ['/v1/scenarios', ['learner', 'author']],
  ['/v1/principles', ['learner', 'author']],
  ['/v1/rubric', ['learner', 'author']],
];

/** The scopes any one of which opens `path` (an OpenAPI path template works too); empty for non-API paths. */
export function scopesForPath(path: string): readonly ApiScope[] {
  if (!path.startsWith('/v1/') || isAdminPath(path)) return [];
  const match = SCOPES_BY_PREFIX.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
  return match ? match[1] : DEFAULT_SCOPES;
}

/** `admin` stands for every scope of its own consumer. */
export function allows(granted: readonly ApiScope[], anyOf: readonly ApiScope[]): boolean {
  return granted.includes('admin') || anyOf.some((scope) => granted.includes(scope));
}

function forbidden(anyOf: readonly ApiScope[]): AppError {
  const needed = anyOf.map((scope) => `\`${scope}\``).join(' or ');
  return new AppError(
    'forbidden',
    `This API key may not do this: it needs the scope ${needed}. The server's operator can grant it.`,
  );
}

/**
 * For a route or router: refuses (403) a caller without one of these scopes. On a server without keys the
 * caller has every scope, so this passes.
 *
 *   router.use('/v1/studio/*', requireScope('author'));
 */
export function requireScope(...anyOf: [ApiScope, ...ApiScope[]]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!allows(c.var.scopes, anyOf)) throw forbidden(anyOf);
    await next();
  };
}

/** Before every route: the path's scopes (SCOPES_BY_PREFIX), so no API route is reachable with no scope at all. */
export const scopeGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const anyOf = scopesForPath(c.req.path);
  if (c.req.method !== 'OPTIONS' && anyOf.length > 0 && !allows(c.var.scopes, anyOf)) {
    throw forbidden(anyOf);
  }
  await next();
};
