import { loadConfig } from '../config.ts';
import { openPglite, openPostgres } from '../db/client.ts';

// `npm run db:migrate`: the same migrations the server applies at start, for operators who want them first.
const config = loadConfig();
const db = config.DATABASE_URL
  ? await openPostgres(config.DATABASE_URL)
  : await openPglite({ dataDir: config.DATA_DIR });
try {
  await db.migrate();
  process.stdout.write(`Migrations applied (${db.kind}).\n`);
} finally {
  await db.close();
}
