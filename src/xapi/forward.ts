import type { Logger } from '../logger.ts';
import { XAPI_VERSION, type XapiStatement } from './statements.ts';

const TIMEOUT_MS = 10_000;

/**
 * Sends statements to a Learning Record Store (`POST <endpoint>/statements`). Best effort: it never throws;
 * failures are logged (status and count only, never the statements) and the rehearsal goes on.
 */
export function createXapiForwarder(deps: {
  endpoint: string;
  auth: string | undefined;
  logger: Logger;
  fetch?: typeof fetch;
}) {
  const url = new URL('statements', deps.endpoint.endsWith('/') ? deps.endpoint : `${deps.endpoint}/`);
  const send = deps.fetch ?? fetch;
  return async (statements: XapiStatement[]): Promise<boolean> => {
    try {
      const res = await send(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-experience-api-version': XAPI_VERSION,
          ...(deps.auth ? { authorization: deps.auth } : {}),
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
