import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
