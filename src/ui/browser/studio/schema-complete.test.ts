import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completionsFor, type JsonSchema, schemasAt } from './schema-complete.ts';
import { yamlContextAt } from './yaml-path.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../../../scenarios/scenario.schema.json', import.meta.url), 'utf8'),
) as JsonSchema;

const labels = (source: string) => {
  const offset = source.indexOf('|');
  const context = yamlContextAt(source.slice(0, offset) + source.slice(offset + 1), offset);
  return context ? completionsFor(schema, context).map((item) => item.label) : [];
};

describe('completion from the scenario schema', () => {
  it.each([
    ['top-level keys by prefix', 'id: x\nsta|', ['status']],
    ['keys of a nested mapping', 'persona:\n  name: Sam\n  per|', ['personality']],
    ['enum values', 'status: |', ['draft', 'published']],
    ['const values of an anyOf', 'category: saying|', ['saying-no']],
    ['values in a flow list of items', 'acts:\n  core:\n    moves: [clear-no, clear|', ['clear-no']],
    ['keys of a list item that is a mapping', 'examples:\n  - rat|', ['rating']],
    ['values of a list item that is a scalar', 'acts:\n  core:\n    moves:\n      - clear-|', ['clear-no']],
    ['principles as keys of focus', 'focus:\n  cour|', ['courage']],
  ])('%s', (_name, source, expected) => {
    expect(labels(source)).toEqual(expected);
  });

  it('leaves out the keys the mapping already has', () => {
    const offered = labels('id: x\nstatus: draft\n|');
    expect(offered).toContain('language');
    expect(offered).not.toContain('id');
    expect(offered).not.toContain('status');
  });

  it('inserts a key with its colon and explains it from the schema', () => {
    const context = yamlContextAt('sta', 3)!;
    expect(completionsFor(schema, context)[0]).toMatchObject({
      label: 'status',
      apply: 'status: ',
      info: expect.stringMatching(/^draft: being written/),
    });
  });

  it('follows references to definitions', () => {
    const root: JsonSchema = {
      properties: { lines: { type: 'array', items: { $ref: '#/definitions/line' } } },
      definitions: { line: { type: 'object', properties: { say: {}, mentions: {} } } },
    };
    expect(Object.keys(schemasAt(root, ['lines', 0]).at(-1)?.properties ?? {})).toEqual(['say', 'mentions']);
  });
});
