import { createRoute, z } from '@hono/zod-openapi';
import { errorResponses } from '../create-router.ts';
import { sessionIdParam } from '../schemas.ts';
import { learnerIdSchema } from '../sessions/sessions.routes.ts';

const tags = ['Privacy'];

export const deleteSession = createRoute({
  method: 'delete',
  path: '/v1/sessions/{id}',
  operationId: 'deleteSession',
  tags,
  summary: 'Erase a session',
  description: 'Erases the session with its transcript, scores and report. Cannot be undone.',
  request: { params: sessionIdParam },
  responses: {
    204: { description: 'Erased' },
    ...errorResponses(401, 404, 429, 503),
  },
});

export const deleteLearner = createRoute({
  method: 'delete',
  path: '/v1/learners/{learnerId}',
  operationId: 'deleteLearner',
  tags,
  summary: 'Erase a learner and everything stored about them',
  description:
    "Erases all of the learner's sessions (transcripts, scores, reports) and the learner's id. Cannot be undone.",
  request: {
    params: z.object({ learnerId: learnerIdSchema.openapi({ param: { name: 'learnerId', in: 'path' } }) }),
  },
  responses: {
    204: { description: 'Erased' },
    ...errorResponses(400, 401, 404, 429, 503),
  },
});
