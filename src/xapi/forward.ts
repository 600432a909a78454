import type { Logger } from '../logger.ts';
import type { Announce } from '../sessions/events.ts';
import type { SessionXapi } from './session-xapi.ts';
import type { LrsTarget, XapiSettings } from './settings.ts';
import { XAPI_VERSION, type XapiStatement } from './statements.ts';

const TIMEOUT_MS = 10_000;

/**
 * Sends statements to a Learning Record Store (`POST <endpoint>/statements`). Best effort: it never throws;
 * failures are logged (status and count only, never the statements) and the rehearsal goes on.
 */
export function createXapiForwarder(deps: { logger: Logger; fetch?: typeof fetch }) {
  const send = deps.fetch ?? fetch;
  return async (target: LrsTarget, statements: XapiStatement[]): Promise<boolean> => {
    const url = new URL(
      'statements',
      target.endpoint.endsWith('/') ? target.endpoint : `${target.endpoint}/`,
    );
    try {
      const res = await send(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-experience-api-version': XAPI_VERSION,
          ...(target.authorization ? { authorization: target.authorization } : {}),
        },
        body: JSON.stringify(statements),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await res.body?.cancel();
      // 409: the LRS has statements with these ids already (a session forwarded again); ids are stable.
      if (!res.ok && res.status !== 409) {
        deps.logger.warn({ status: res.status, statements: statements.length }, 'xapi: the LRS refused');
        return false;
      }
      deps.logger.info({ statements: statements.length }, 'xapi: forwarded');
      return true;
    } catch (error) {
      deps.logger.warn(
        { err: { name: (error as Error).name, message: (error as Error).message } },
        'xapi: could not reach the LRS',
      );
      return false;
    }
  };
}

export type XapiForwarder = ReturnType<typeof createXapiForwarder>;

/**
 * When a session has ended, its statements go to the consumer's own LRS, or else to the server's (XAPI_ENDPOINT),
 * in the background: the request that ended it never waits for an LRS nor fails because of one.
 */
export function forwardEndedSessions(deps: {
  sessionXapi: SessionXapi;
  settings: XapiSettings;
  serverLrs: LrsTarget | null;
  forward: XapiForwarder;
  logger: Logger;
}): Announce {
  const send = async (tenantId: string, sessionId: string) => {
    const target = (await deps.settings.lrsOf(tenantId)) ?? deps.serverLrs;
    if (!target) return;
    await deps.forward(target, await deps.sessionXapi(tenantId, sessionId));
  };
  return async (event) => {
    if (event.type !== 'session.ended') return;
    send(event.tenantId, event.sessionId).catch((error: unknown) =>
      deps.logger.warn({ err: error, sessionId: event.sessionId }, 'xapi: could not forward the statements'),
    );
  };
}
