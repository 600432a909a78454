import { parseArgs } from 'node:util';
import type { Database } from '../db/database.ts';
import { API_SCOPES, type ApiScope } from '../vocabulary.ts';
import { createKeyStore } from './key-store.ts';

export const KEYS_USAGE = `Usage:
  npm run keys -- create --name NAME [--tenant TENANT] [--scopes S,S]   prints { "id", "name", "key", ... } as JSON (the key only this once)
  npm run keys -- list                                    the keys, never the keys themselves
  npm run keys -- scopes ID --scopes S,S                  replaces what the key may do
  npm run keys -- revoke ID                               the key stops working at once
Scopes: ${API_SCOPES.join(', ')} (a new key without --scopes gets learner).`;

/** `--scopes learner,author`: each a known scope; an unknown one is an error, not silently dropped. */
function parseScopes(text: string | undefined): ApiScope[] | string {
  const names = (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(API_SCOPES as readonly string[]).includes(name));
  if (unknown.length > 0) return `Unknown scope '${unknown[0]}': the scopes are ${API_SCOPES.join(', ')}.`;
  if (names.length === 0) return '--scopes needs at least one scope.';
  return names as ApiScope[];
}

export type CliIo = { out: (text: string) => void; err: (text: string) => void };

/** The `keys` command on an open, migrated database; returns the exit code. */
export async function runKeysCommand(argv: string[], db: Database, io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n${KEYS_USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const keys = createKeyStore(db);
  const [command, ...rest] = positionals;
  switch (command) {
    case 'create': {
      const name = values.name?.trim();
      if (!name || rest.length > 0) {
        io.err(`create needs --name NAME.\n${KEYS_USAGE}`);
        return 2;
      }
      const scopes = values.scopes === undefined ? undefined : parseScopes(values.scopes);
      if (typeof scopes === 'string') {
        io.err(`${scopes}\n${KEYS_USAGE}`);
        return 2;
      }
      const created = await keys.create({ name, tenantId: values.tenant?.trim() || undefined, scopes });
      io.out(JSON.stringify(created, null, 2));
      return 0;
    }
    case 'list':
      io.out(JSON.stringify(await keys.list(), null, 2));
      return 0;
    case 'scopes': {
      const id = rest[0];
      const scopes = parseScopes(values.scopes);
      if (!id || rest.length > 1 || typeof scopes === 'string') {
        io.err(`${typeof scopes === 'string' ? scopes : "scopes needs the key's id."}\n${KEYS_USAGE}`);
        return 2;
      }
      const key = await keys.setScopes(id, scopes);
      if (!key) {
        io.err(`No API key '${id}'.`);
        return 1;
      }
      io.out(JSON.stringify(key, null, 2));
      return 0;
    }
    case 'revoke': {
      const id = rest[0];
      if (!id || rest.length > 1) {
        io.err(`revoke needs the key's id.\n${KEYS_USAGE}`);
        return 2;
      }
      if (!(await keys.revoke(id))) {
        io.err(`No API key '${id}'.`);
        return 1;
      }
      io.out(JSON.stringify({ id, revoked: true }));
      return 0;
    }
    default:
      io.err(KEYS_USAGE);
      return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: 'string' }, tenant: { type: 'string' }, scopes: { type: 'string' } },
  });
}
