import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';

// The floor under the start-up figures: Node itself opening the embedded database in DATA_DIR and answering
// on a port, with nothing of the coach. Plain JavaScript, as the coach's bundle is. What it takes, any server
// on an embedded database takes; the coach's start is measured against it.

const started = performance.now();
const db = await PGlite.create(process.env.DATA_DIR);
await db.query('select 1');
const server = createServer((_, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const startupMs = Math.round(performance.now() - started);
  process.stdout.write(
    `${JSON.stringify({ msg: 'Rehearse is listening', url: `http://127.0.0.1:${port}`, startupMs })}\n`,
  );
});
process.once('SIGTERM', () => {
  server.close();
  void db.close().then(() => process.exit(0));
});
