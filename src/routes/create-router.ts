import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';

/**
 * Every feature router validates the same way: field paths go into `details`, the shape stays the one error
 * shape. A query parameter a route does not declare is refused like an unknown body field, not ignored.
 */
export function createRouter<E extends Env = AppEnv>() {
  const router = new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.flatMap((issue) => describeIssue(issue, result.target));
        const first = issues[0];
        const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
        throw new AppError(
          'invalid_request',
          first
            ? `${first.path ? `\`${first.path}\`: ` : ''}${first.message}${more}`
            : 'The request is not valid.',
          { issues },
        );
      }
    },
  });
  const openapi = router.openapi;
  router.openapi = ((route, handler, hook) =>
    openapi(
      { ...route, request: { ...route.request, query: strictQuery(route.request?.query) } },
      handler,
      hook,
    )) as typeof openapi;
  return router;
}

function strictQuery(query: unknown) {
  if (query instanceof z.ZodObject) return z.strictObject(query.shape);
  return z.strictObject({});
}

/** One issue per problem, with the field named: an unknown key is its own issue at its own path. */
function describeIssue(issue: z.core.$ZodIssue, target: string): { path: string; message: string }[] {
  const at = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const what =
      target === 'query' ? 'is not a query parameter of this route' : 'is not a field of this request';
    return issue.keys.map((key) => ({ path: [...at, key].join('.'), message: what }));
  }
  return [{ path: at.join('.'), message: issue.message }];
}

/** The error shape, for route definitions. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

export function errorResponses(...statuses: number[]) {
  const descriptions: Record<number, string> = {
    400: 'The request is malformed or invalid',
    401: 'Missing or invalid API key',
    404: 'Not found',
    409: 'Conflict with the current state',
    413: 'Body too large',
    415: 'Unsupported content type',
    422: 'Unprocessable content',
    429: 'Too many requests',
    500: 'Internal error',
    502: 'The language model failed',
    503: 'Not available right now',
    504: 'The language model timed out',
  };
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: descriptions[status] ?? 'Error',
        content: { 'application/json': { schema: errorSchema } },
      },
    ]),
  );
}
