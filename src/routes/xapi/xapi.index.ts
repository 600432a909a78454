import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import type { XapiForwarder } from '../../xapi/forward.ts';
import type { SessionXapi } from '../../xapi/session-xapi.ts';
import { VERBS } from '../../xapi/statements.ts';
import { createRouter } from '../create-router.ts';
import { getXapi } from './xapi.routes.ts';

/** The base of activity IRIs: the configured public URL, else the address this request came to. */
export const baseUrlOf = (c: Context, publicUrl: string | undefined) =>
  publicUrl ?? new URL(c.req.url).origin;

export function createXapiRoutes(deps: { sessionXapi: SessionXapi; publicUrl: string | undefined }) {
  return createRouter().openapi(getXapi, async (c) => {
    const statements = await deps.sessionXapi(
      c.var.tenantId,
      c.req.valid('param').id,
      baseUrlOf(c, deps.publicUrl),
    );
    return c.json({ statements }, 200);
  });
}

/**
 * For `POST /v1/sessions/:id/end` and `…/turns` (the persona may close a session): once the answer has been
 * sent in full and the session has ended, its statements go to the LRS in the background. The answer never
 * waits for the LRS nor fails because of it.
 */
export function forwardEndedSessions(deps: {
  sessionXapi: SessionXapi;
  forward: XapiForwarder;
  publicUrl: string | undefined;
  onError: (error: unknown) => void;
}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const id = c.req.param('id');
    if (c.req.method !== 'POST' || c.res.status !== 200 || !id || !c.res.body) return;
    const tenantId = c.var.tenantId;
    const baseUrl = baseUrlOf(c, deps.publicUrl);
    const forwardIfEnded = () =>
      deps
        .sessionXapi(tenantId, id, baseUrl)
        .then((statements) =>
          statements.some((statement) => statement.verb.id === VERBS.completed.id)
            ? deps.forward(statements)
            : false,
        )
        .catch(deps.onError);
    if (c.req.path.endsWith('/end')) {
      void forwardIfEnded();
      return;
    }
    // A streamed turn ends the session only at the end of its stream: look once the body has been sent.
    // (A client gone mid-stream skips this; its next `end` call forwards, and the LRS stores ids once.)
    const watched = c.res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({ flush: () => void forwardIfEnded() }),
    );
    c.res = new Response(watched, c.res);
  };
}
