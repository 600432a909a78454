// The JSON Schema editors use to autocomplete and underline scenario files, generated from the zod schema.
import { z } from 'zod';
import { scenarioSchema } from './schema.ts';

export const SCENARIO_SCHEMA_ID = 'urn:rehearse:scenario-schema';

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A map keyed by a closed list (translations, moves, principle scores) comes out of zod as `propertyNames`;
 * spelling the keys out as `properties` lets editors offer them while typing.
 */
function spellOutKeys(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(spellOutKeys);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = spellOutKeys(value);
  const names = out.propertyNames;
  const values = out.additionalProperties;
  if (isObject(names) && Array.isArray(names.enum) && isObject(values) && !out.properties) {
    out.properties = Object.fromEntries(names.enum.map((name) => [String(name), values]));
    out.additionalProperties = false;
    delete out.propertyNames;
  }
  return out;
}

/** The schema as checked in at `scenarios/scenario.schema.json`. */
export function buildScenarioJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(scenarioSchema, {
    // Authors write the input side: fields with defaults are optional.
    io: 'input',
    // The draft editors' YAML support knows best.
    target: 'draft-7',
    unrepresentable: 'throw',
  });
  const { $schema, ...rest } = spellOutKeys(generated) as JsonObject;
  return {
    $schema,
    $id: SCENARIO_SCHEMA_ID,
    title: 'Rehearse scenario',
    description:
      'One rehearsal scenario in one language. Start the file with `# yaml-language-server: $schema=../scenario.schema.json` for completion and checks in the editor; run `npm run scenarios:check` for the full check.',
    ...rest,
  };
}

/** The file's text: stable key order, two-space indent, final newline. */
export function renderScenarioJsonSchema(): string {
  return `${JSON.stringify(buildScenarioJsonSchema(), null, 2)}\n`;
}
