import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildScenarioJsonSchema, renderScenarioJsonSchema } from './json-schema.ts';

const checkedIn = new URL('../../scenarios/scenario.schema.json', import.meta.url);

describe('scenarios/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run scenarios:schema` when this fails)', () => {
    expect(readFileSync(checkedIn, 'utf8')).toBe(renderScenarioJsonSchema());
  });

  it('rejects unknown fields in every group, so editors underline typos', () => {
    const unclosed: string[] = [];
    const visit = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      if (record.type === 'object' && record.additionalProperties !== false) unclosed.push(path || '(root)');
      for (const [key, value] of Object.entries(record)) visit(value, `${path}/${key}`);
    };
    visit(buildScenarioJsonSchema(), '');
    expect(unclosed).toEqual([]);
  });

  it('lists the allowed keys of keyed maps, so editors can offer them', () => {
    const schema = buildScenarioJsonSchema() as { properties: Record<string, { properties?: object }> };
    expect(Object.keys(schema.properties.translations?.properties ?? {})).toEqual(['nl', 'en']);
  });
});

// A standard JSON Schema validator checks the schema the way editors will use it. It is a dev dependency that may
// not be installed yet; the import goes through a variable so the type-check does not need it either.
type Validate = ((data: unknown) => boolean) & { errors?: unknown };
type AjvModule = { default: new (options: object) => { compile(schema: object): Validate } };
const validatorName = 'ajv';
const ajv = (await import(validatorName).catch(() => undefined)) as AjvModule | undefined;

const libraryDir = fileURLToPath(new URL('../../scenarios', import.meta.url));
const libraryFiles = readdirSync(libraryDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
  /\.ya?ml$/.test(f),
);
const fixture = readFileSync(new URL('./fixtures/fixture-saying-no.yaml', import.meta.url), 'utf8');

describe.skipIf(!ajv)('the JSON Schema in a standard validator', () => {
  const validate = () => new ajv!.default({ allErrors: true }).compile(buildScenarioJsonSchema());

  it.each([...libraryFiles, '(fixture)'])('accepts %s', (file) => {
    const text = file === '(fixture)' ? fixture : readFileSync(join(libraryDir, file), 'utf8');
    const check = validate();
    expect(check(parse(text)), JSON.stringify(check.errors)).toBe(true);
  });

  it.each([
    ['a wrong enum value', 'difficulty: medium', 'difficulty: seven'],
    ['an unknown field', 'persona:\n', 'persnoa:\n'],
    ['a word for a number', 'courage: 3', 'courage: high'],
    ['a number out of range', 'courage: 3', 'courage: 9'],
    ['an unknown language', 'translations: {}', 'translations: { de: iets }'],
    ['an unknown move', '    hedges: [So', '    nodding: [So'],
    ['an id that is not kebab-case', 'id: fixture-saying-no', 'id: Fixture Saying No'],
  ])('rejects %s', (_name, from, to) => {
    const text = fixture.replace(from, to);
    expect(text).not.toBe(fixture);
    expect(validate()(parse(text))).toBe(false);
  });
});
