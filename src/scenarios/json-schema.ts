// The JSON Schema editors use to autocomplete and underline scenario files, generated from the zod schema.
import { z } from 'zod';
import { MOVES } from '../rubric/criteria.ts';
import { CATEGORIES } from '../vocabulary.ts';
import { CATEGORY_INFO } from './categories.ts';
import { scenarioSchema } from './schema.ts';

export const SCENARIO_SCHEMA_ID = 'urn:rehearse:scenario-schema';

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A closed list documented value by value, so editors show what each one means while completing. */
type Documented = { const: string; description: string }[];

// Derived from the rubric's table: a move added there is documented here without another edit.
const MOVE_DOCS: Documented = MOVES.map((move) => ({
  const: move.id,
  description: [
    `${move.name.en} — ${move.description.en}`,
    `${move.name.nl} — ${move.description.nl}`,
    `Example (en): "${move.example.en}"`,
    `Voorbeeld (nl): "${move.example.nl}"`,
  ].join('\n'),
}));

const CATEGORY_DOCS: Documented = CATEGORIES.map((id) => {
  const info = CATEGORY_INFO[id];
  return {
    const: id,
    description: [
      `${info.name.en} — ${info.description.en}`,
      `${info.name.nl} — ${info.description.nl}`,
      `Example (en): ${info.example.en}`,
      `Voorbeeld (nl): ${info.example.nl}`,
      `Typical core act (en): ${info.acts.core.en}`,
      `Typische kernhandeling (nl): ${info.acts.core.nl}`,
    ].join('\n'),
  };
});

const sameValues = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/** Which documented list an enum is, by its values: the moves or the categories. */
function documentationOf(values: unknown): Documented | undefined {
  if (!Array.isArray(values)) return undefined;
  if (
    sameValues(
      values,
      MOVE_DOCS.map((doc) => doc.const),
    )
  )
    return MOVE_DOCS;
  if (
    sameValues(
      values,
      CATEGORY_DOCS.map((doc) => doc.const),
    )
  )
    return CATEGORY_DOCS;
  return undefined;
}

/** `enum: [...]` becomes `anyOf: [{ const, description }]`: the same values, each explained. */
function documentValues(node: JsonObject): void {
  const docs = documentationOf(node.enum);
  if (!docs) return;
  delete node.enum;
  delete node.type;
  node.anyOf = docs.map((doc) => ({ ...doc }));
}

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
  const keys: { const: string; description?: string }[] | undefined = isObject(names)
    ? Array.isArray(names.enum)
      ? names.enum.map((name) => ({ const: String(name) }))
      : Array.isArray(names.anyOf)
        ? (names.anyOf as Documented)
        : undefined
    : undefined;
  if (keys && isObject(values) && !out.properties) {
    out.properties = Object.fromEntries(
      keys.map((key) => [
        String(key.const),
        key.description ? { ...values, description: key.description } : values,
      ]),
    );
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
    override: ({ jsonSchema }) => documentValues(jsonSchema as JsonObject),
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
