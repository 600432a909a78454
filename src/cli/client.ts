// npm run client:types | client:pack: regenerate the client's types from the OpenAPI document, or build and
// pack the client package into ./dist.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { silentLogger } from '../logger.ts';
import { createScenarioRegistry } from '../scenarios/index.ts';
import { packClient } from './client-package.ts';
import { CLIENT_TYPES_FILE, clientTypes, consumerDocument } from './client-types.ts';

const command = process.argv[2];
if (command === 'types') {
  const scenarios = await createScenarioRegistry({ dir: 'scenarios', logger: silentLogger, watch: false });
  writeFileSync(CLIENT_TYPES_FILE, await clientTypes(await consumerDocument(scenarios)));
  scenarios.close();
  console.log(`wrote ${CLIENT_TYPES_FILE.pathname}`);
} else if (command === 'pack') {
  console.log(await packClient(resolve('dist')));
} else {
  console.error('usage: tsx src/cli/client.ts types|pack');
  process.exitCode = 2;
}
