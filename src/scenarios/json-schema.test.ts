import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { MOVES } from '../rubric/criteria.ts';
import { MOVE_IDS } from '../rubric/ids.ts';
import { CATEGORIES } from '../vocabulary.ts';
import { CATEGORY_INFO } from './categories.ts';
import { RATING_BANDS } from './golden-examples.ts';
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

  type Doc = { const: string; description: string };
  /** The generated schema's node at a path of keys. */
  const at = <T>(...path: string[]): T => {
    let node: unknown = buildScenarioJsonSchema();
    for (const key of path) node = (node as Record<string, unknown>)[key];
    return node as T;
  };
  const described = (...path: string[]) => at<string>(...path, 'description');

  it('documents every move wherever a move is written, with an example in nl and en', () => {
    const inList = at<Doc[]>('properties', 'success', 'items', 'properties', 'moves', 'items', 'anyOf');
    const asKeys = [
      at<Record<string, Doc>>('properties', 'script', 'properties', 'moves', 'properties'),
      at<Record<string, Doc>>('properties', 'mood', 'properties', 'sensitivity', 'properties'),
    ];
    expect(inList.map((doc) => doc.const)).toEqual([...MOVE_IDS]);
    for (const move of MOVES) {
      const doc = inList.find((entry) => entry.const === move.id)!.description;
      for (const text of [move.name.en, move.name.nl, move.example.en, move.example.nl]) {
        expect(doc).toContain(text);
      }
      for (const keys of asKeys) expect(keys[move.id]?.description).toBe(doc);
    }
  });

  it('documents every category, the new ones included, with an example and its typical core act in nl and en', () => {
    const docs = at<Doc[]>('properties', 'category', 'anyOf');
    expect(docs.map((doc) => doc.const)).toEqual([...CATEGORIES]);
    for (const doc of docs) {
      const info = CATEGORY_INFO[doc.const as (typeof CATEGORIES)[number]];
      const texts = [info.name, info.example, info.acts.core].flatMap((text) => [text.en, text.nl]);
      for (const text of texts) {
        expect(doc.description).toContain(text);
      }
    }
  });

  it("states each rating's band as the check holds examples to it", () => {
    const rating = described('properties', 'examples', 'items', 'properties', 'rating');
    for (const [name, band] of Object.entries(RATING_BANDS))
      expect(rating).toContain(`${name} ${band.min}–${band.max}`);
    expect(rating).toMatch(/scenarios:check` fails an example outside its band/);
  });

  it('explains the number scales: weights and factors are not scores', () => {
    expect(described('properties', 'focus')).toMatch(
      /weight from 0 to 3 \(0 = not scored here at all, 1 = normal\)/,
    );
    expect(described('properties', 'focus', 'properties', 'courage')).toMatch(
      /^A weight, not a score: 0 = not scored/,
    );
    expect(described('properties', 'mood', 'properties', 'sensitivity')).toMatch(/^A factor, not a score/);
    const success = ['properties', 'success', 'items', 'properties'];
    expect(described(...success, 'minScore')).toMatch(/0 \(harmful\) to 4 \(exemplary\)/);
    const examples = ['properties', 'examples', 'items', 'properties'];
    expect(described(...examples, 'scores')).toMatch(/0 \(harmful\) to 4 \(exemplary\)/);
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
    ['an unknown move in a list', 'moves: [clear-no]', 'moves: [nodding]'],
    ['an unknown category', 'category: saying-no', 'category: small-talk'],
    ['an id that is not kebab-case', 'id: fixture-saying-no', 'id: Fixture Saying No'],
  ])('rejects %s', (_name, from, to) => {
    const text = fixture.replace(from, to);
    expect(text).not.toBe(fixture);
    expect(validate()(parse(text))).toBe(false);
  });
});
