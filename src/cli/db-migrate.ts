import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';

// `npm run db:migrate`: the same migrations the server applies at start, for operators who want them first.
const config = loadConfig();
const db = await openDatabase(config);
try {
  await db.migrate();
  process.stdout.write(`Migrations applied (${db.kind}).\n`);
} finally {
  await db.close();
}
