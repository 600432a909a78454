// npm run keys -- create --name NAME [--scopes S,S] | list | scopes ID --scopes S,S | revoke ID: API keys, on the database the server uses.
import { KEYS_USAGE, runKeysCommand } from '../auth/keys-cli.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { type DatabaseHandle, DataDirLockedError, openDatabase } from '../db/database.ts';

const argv = process.argv.slice(2);
if (argv.length === 0 || argv.includes('--help')) {
  console.log(KEYS_USAGE);
  process.exit(argv.length === 0 ? 2 : 0);
}

let db: DatabaseHandle | undefined;
try {
  const config = loadConfig();
  db = await openDatabase(config, { attempts: 2 });
  await db.migrate();
  process.exitCode = await runKeysCommand(argv, db.db, {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  });
} catch (error) {
  const message =
    error instanceof DataDirLockedError
      ? `${error.message}\nThe embedded database has one user at a time: stop the server first, or use the ` +
        'admin API of the running server (POST /v1/admin/keys with Authorization: Bearer <ADMIN_TOKEN>).'
      : error instanceof ConfigError || error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
} finally {
  await db?.close();
}
