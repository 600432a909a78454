import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedEvent = {
  headers: IncomingHttpHeaders;
  body: string;
  event: {
    id: string;
    type: string;
    createdAt: string;
    data: { sessionId: string } & Record<string, unknown>;
  };
};

/**
 * A consumer's webhook endpoint on a real port. `down()` closes the port (connections are refused) until `up()`
 * opens it again on the same port; `status` is what it answers while up. `accepted` holds what it took (2xx).
 */
export async function startFakeReceiver(options: { status?: number } = {}) {
  const accepted: ReceivedEvent[] = [];
  let refusedWhileUp = 0;
  let status = options.status ?? 204;
  const waiters: { count: number; resolve: () => void }[] = [];
  const handler = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (status >= 300) {
        refusedWhileUp++;
        res.writeHead(status).end();
        return;
      }
      accepted.push({ headers: req.headers, body, event: JSON.parse(body) });
      for (const waiter of waiters.filter((w) => accepted.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      res.writeHead(status).end();
    });
  });
  let server: Server = handler;
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/hooks`,
    accepted,
    refused: () => refusedWhileUp,
    answer(next: number) {
      status = next;
    },
    /** Resolves once `count` events have been taken. */
    received(count: number) {
      return accepted.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve }));
    },
    async down() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
    async up() {
      server = handler;
      await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
    },
    close: async () => {
      if (!server.listening) return;
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
