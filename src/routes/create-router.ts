import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { AppError } from '../errors.ts';

/** Every feature router validates the same way: field paths go into `details`, the shape stays the one error shape. */
export function createRouter<E extends Env = AppEnv>() {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError('invalid_request', describeIssues(result.error.issues), {
          issues: result.error.issues.map((issue) => ({
            path: issue.path.map(String).join('.'),
            message: issue.message,
          })),
        });
      }
    },
  });
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'The request is not valid.';
  const where = first.path.length ? `\`${first.path.map(String).join('.')}\`: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${where}${first.message}${more}`;
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
