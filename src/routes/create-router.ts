import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { AppError, ERROR_CODES, type ErrorDetails } from '../errors.ts';
import { turnSchema } from './schemas.ts';

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

const issueSchema = z.object({
  path: z.string().openapi({
    description: 'The field or query parameter, dotted (`lrs.endpoint`); empty for the whole body',
  }),
  message: z.string(),
});

/** Every shape `details` takes, one per kind of failure; the code below may throw no other (checked by the compiler). */
export const errorDetailsSchema = z
  .union([
    z.object({ issues: z.array(issueSchema) }).openapi('ValidationDetails', {
      description: '`invalid_request`: each problem with the field or parameter it is about',
    }),
    z.object({ path: z.string(), length: z.number().int().optional() }).openapi('FieldDetails', {
      description: 'The one field at fault (e.g. `reply_too_long`: the reply and its length)',
    }),
    z.object({ learner: z.union([turnSchema, z.null()]) }).openapi('TurnFailureDetails', {
      description:
        "A turn whose persona failed: the learner's turn is stored all the same; retry with its Idempotency-Key",
    }),
    z.object({ database: z.unknown(), scenarios: z.unknown() }).openapi('ReadinessDetails', {
      description: '`not_ready`: the checks of /readyz',
    }),
    z
      .object({
        errors: z.array(
          z.object({
            file: z.string().optional(),
            path: z.string(),
            line: z.number(),
            column: z.number(),
            message: z.string(),
          }),
        ),
      })
      .openapi('ScenarioErrorsDetails', {
        description: '`invalid_scenario`: every problem of the file, with its line, column and field path',
      }),
    z
      .object({
        problems: z.array(
          z.object({
            severity: z.enum(['error', 'warning']),
            message: z.string(),
            line: z.number(),
            column: z.number(),
            path: z.string(),
          }),
        ),
      })
      .openapi('ScenarioProblemsDetails', {
        description:
          '`scenario_invalid`: what the strict check found in the text (errors and warnings), with line, column and field path',
      }),
    z
      .object({
        theirs: z.union([z.object({ text: z.string(), version: z.string() }), z.null()]),
        yours: z.object({ text: z.string() }),
      })
      .openapi('FileChangedDetails', {
        description:
          '`file_changed`: the file as it is on disk now (null when it was deleted) and the text that was not saved',
      }),
    z.object({ budget: z.number().int(), used: z.number().int() }).openapi('BudgetDetails', {
      description: "`token_budget_exceeded`: the consumer's daily model-token budget and what today used",
    }),
  ])
  .openapi('ErrorDetails');

// Anything AppError may carry is a shape documented above: a new one fails to compile until it is added.
const documented: (details: ErrorDetails) => z.input<typeof errorDetailsSchema> = (details) => details;
void documented;

/** The error shape, for route definitions. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z
        .enum(ERROR_CODES)
        .openapi({ description: 'What went wrong, for programs; stable', example: 'not_found' }),
      message: z.string().openapi({ description: 'What went wrong, for people' }),
      details: errorDetailsSchema.optional(),
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
