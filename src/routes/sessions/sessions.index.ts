import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../../app-env.ts';
import { AppError, toAppError } from '../../errors.ts';
import { counterfactualView, hintView, reportView } from '../../sessions/api-shapes.ts';
import type { PendingTurn, Rehearsal, TurnEvent } from '../../sessions/rehearsal.ts';
import { createRouter } from '../create-router.ts';
import { markDeprecated } from '../deprecation.ts';
import { decodeCursor, toPage } from '../pagination.ts';
import {
  askHint,
  createSession,
  endSession,
  getReport,
  getSession,
  learnerProgress,
  takeTurn,
  tryAgain,
  whatIf,
} from './sessions.routes.ts';

/** A turn under way, as server-sent events when asked for, else as one JSON answer once it has run. */
async function answerTurn(c: Context<AppEnv>, turn: PendingTurn) {
  if (c.req.header('accept')?.includes('text/event-stream')) {
    return streamSSE(c, async (stream) => {
      const abort = new AbortController();
      stream.onAbort(() => abort.abort());
      try {
        await turn.run(
          (event) => stream.writeSSE({ event: event.type, data: JSON.stringify(event.data) }),
          abort.signal,
        );
      } catch (error) {
        const { code, message } = toAppError(error);
        if (!abort.signal.aborted)
          await stream.writeSSE({ event: 'error', data: JSON.stringify({ code, message }) });
      }
    }) as never; // an SSE response: its typed schema is the JSON answer below, documented as the alternative
  }

  const events: Partial<{ [K in TurnEvent['type']]: Extract<TurnEvent, { type: K }>['data'] }> = {};
  try {
    await turn.run((event) => {
      if (event.type !== 'delta') (events as Record<string, unknown>)[event.type] = event.data;
    }, c.req.raw.signal);
  } catch (error) {
    const failure = toAppError(error);
    // The learner turn is stored whatever the persona did: say so, so a client can retry with its key.
    throw new AppError(failure.code, failure.message, { learner: events.learner ?? null });
  }
  return c.json(
    {
      learner: events.learner!,
      feedback: events.feedback ?? null,
      mood: events.mood!,
      persona: events.persona!,
      sessionStatus: events.done?.sessionStatus ?? 'active',
    },
    200,
  );
}

export function createSessionRoutes(rehearsal: Rehearsal) {
  return createRouter()
    .openapi(createSession, async (c) => {
      const session = await rehearsal.start(c.var.tenantId, c.req.valid('json'));
      c.header('Location', `/v1/sessions/${session.id}`);
      return c.json(session, 201);
    })
    .openapi(getSession, async (c) =>
      c.json(await rehearsal.view(c.var.tenantId, c.req.valid('param').id), 200),
    )
    .openapi(takeTurn, async (c) => {
      const { id } = c.req.valid('param');
      const { content } = c.req.valid('json');
      const idempotencyKey = c.req.valid('header')['idempotency-key'];
      // Everything that can be refused (unknown session, busy, ended, too long) is refused before streaming starts.
      const turn = await rehearsal.takeTurn(c.var.tenantId, id, { content, idempotencyKey });
      return answerTurn(c, turn);
    })
    .openapi(tryAgain, async (c) => {
      const { id, turnId } = c.req.valid('param');
      const { content } = c.req.valid('json');
      const idempotencyKey = c.req.valid('header')['idempotency-key'];
      const turn = await rehearsal.takeTurn(c.var.tenantId, id, {
        content,
        idempotencyKey,
        replaces: turnId,
      });
      return answerTurn(c, turn);
    })
    .openapi(whatIf, async (c) => {
      const { id, turnId } = c.req.valid('param');
      const { row, seq, created } = await rehearsal.whatIf(c.var.tenantId, id, turnId, c.req.valid('json'), {
        idempotencyKey: c.req.valid('header')['idempotency-key'],
        signal: c.req.raw.signal,
      });
      const view = counterfactualView(row, seq);
      return created ? c.json(view, 201) : c.json(view, 200);
    })
    .openapi(askHint, async (c) => {
      const { hint, created } = await rehearsal.askHint(c.var.tenantId, c.req.valid('param').id, {
        replaces: c.req.valid('query').replaces,
        signal: c.req.raw.signal,
      });
      return created ? c.json(hintView(hint), 201) : c.json(hintView(hint), 200);
    })
    .openapi(endSession, async (c) => {
      const report = reportView(await rehearsal.end(c.var.tenantId, c.req.valid('param').id));
      markDeprecated(c);
      return c.json(report, 200);
    })
    .openapi(getReport, async (c) => {
      const report = reportView(await rehearsal.report(c.var.tenantId, c.req.valid('param').id));
      markDeprecated(c);
      return c.json(report, 200);
    })
    .openapi(learnerProgress, async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const after = decodeCursor(cursor, z.tuple([z.string(), z.uuid()]));
      const progress = await rehearsal.progress(c.var.tenantId, c.req.valid('param').learnerId, {
        limit: limit + 1,
        after,
      });
      const page = toPage(progress.reports, limit, (report) => [report.endedAt, report.sessionId]);
      markDeprecated(c);
      return c.json(
        {
          learnerId: progress.learnerId,
          reports: page.items,
          nextCursor: page.nextCursor,
          sessions: page.items.map((report) => ({
            ...report,
            principles: Object.fromEntries(report.principles.map((p) => [p.id, p.mean])),
          })),
        },
        200,
      );
    });
}
