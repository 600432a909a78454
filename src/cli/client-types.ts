import openapiTS, { astToString } from 'openapi-typescript';
import { createApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { openPglite } from '../db/database.ts';
import { silentLogger } from '../logger.ts';
import { createModels } from '../models.ts';
import type { ScenarioRegistry } from '../scenarios/index.ts';

// The client's types are generated from the server's own OpenAPI document, as any consumer would generate
// them: the contract has one source, the route definitions. A test fails when the committed file is stale.

export const CLIENT_TYPES_FILE = new URL('../client/api-types.ts', import.meta.url);

const HEADER =
  '// Generated from /openapi.json by `npm run client:types`: do not edit. A test fails when it is stale.\n\n';

/** The document a consumer sees (the admin API is the operator's, not the client's). */
export async function consumerDocument(scenarios: ScenarioRegistry): Promise<unknown> {
  const config = parseConfig({});
  const db = await openPglite();
  try {
    const app = createApp({
      db,
      scenarios,
      logger: silentLogger,
      clock: () => new Date(),
      config,
      ...createModels(config),
    });
    return await (await app.request('/openapi.json')).json();
  } finally {
    await db.close();
  }
}

export async function clientTypes(document: unknown): Promise<string> {
  // Fields with a default are optional in what a client sends.
  const ast = await openapiTS(document as never, { defaultNonNullable: false });
  return HEADER + astToString(ast);
}
