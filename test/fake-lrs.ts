import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

type Received = { method: string; url: string; headers: IncomingMessage['headers']; body: unknown };

/** A minimal LRS on a real port: records what it is sent and answers with `status`. */
export async function startFakeLrs(status = 200) {
  const received: Received[] = [];
  const waiting: ((request: Received) => void)[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const request = {
        method: req.method!,
        url: req.url!,
        headers: req.headers,
        body: JSON.parse(body || 'null'),
      };
      received.push(request);
      waiting.shift()?.(request);
      res.writeHead(status, { 'content-type': 'application/json' }).end('[]');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/xapi/`,
    received,
    next: () => new Promise<Received>((resolve) => waiting.push(resolve)),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
