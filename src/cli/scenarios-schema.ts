// Writes scenarios/scenario.schema.json from the zod schema. Run after changing src/scenarios/schema.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderScenarioJsonSchema } from '../scenarios/json-schema.ts';

const target = fileURLToPath(new URL('../../scenarios/scenario.schema.json', import.meta.url));
writeFileSync(target, renderScenarioJsonSchema());
console.log('wrote scenarios/scenario.schema.json');
