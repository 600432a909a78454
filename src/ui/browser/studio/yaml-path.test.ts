import { describe, expect, it } from 'vitest';
import { yamlContextAt } from './yaml-path.ts';

/** The context at the `|` in `source` (which is taken out). */
const at = (source: string) => {
  const offset = source.indexOf('|');
  return yamlContextAt(source.slice(0, offset) + source.slice(offset + 1), offset);
};

const FILE = `id: demo
status: draft
briefing:
  situation: >-
    Someone: says something
    over two lines.
  role: You lead.
persona:
  name: Sam
  feelings: [tired, hopeful]
success:
  - statement: You said no.
    moves: [clear-no]
  - statement: Another.
tags:
- one
- two
`;

describe('yamlContextAt', () => {
  it.each([
    ['a key at the top', 'id: demo\nsta|', { position: 'key', path: [], prefix: 'sta' }],
    [
      'a key in a mapping',
      'briefing:\n  situation: x\n  ro|',
      { position: 'key', path: ['briefing'], prefix: 'ro' },
    ],
    ['a value', 'status: dr|', { position: 'value', path: ['status'], prefix: 'dr' }],
    ['a quoted value', "status: 'pu|", { position: 'value', path: ['status'], prefix: 'pu' }],
    [
      'a nested value',
      'acts:\n  core:\n    label: x\n    moves: [clear-no, ack|',
      { position: 'value', path: ['acts', 'core', 'moves', 1], prefix: 'ack' },
    ],
    ['the first item of a list', 'success:\n  - |', { position: 'item', path: ['success', 0], prefix: '' }],
    [
      'a key of a later item',
      'success:\n  - statement: a\n  - statement: b\n    mo|',
      { position: 'key', path: ['success', 1], prefix: 'mo' },
    ],
    ['a compact list item', 'tags:\n- a\n- b|', { position: 'item', path: ['tags', 1], prefix: 'b' }],
    [
      'a key after a block scalar',
      'briefing:\n  situation: >-\n    Text: that looks like a key.\n\n  go|',
      { position: 'key', path: ['briefing'], prefix: 'go' },
    ],
    [
      'back at the top after a nested block',
      'persona:\n  name: Sam\nfoc|',
      { position: 'key', path: [], prefix: 'foc' },
    ],
  ])('%s', (_name, source, expected) => {
    expect(at(source)).toMatchObject(expected);
  });

  it('says where the typed word starts', () => {
    const context = at('persona:\n  name: Sam\n  rel|');
    expect(context?.from).toBe('persona:\n  name: Sam\n  '.length);
  });

  it.each([
    ['inside a block scalar', 'briefing:\n  situation: >-\n    Mark stops by your d|'],
    ['in a comment', '# a comm|'],
    ['after a closed flow list', 'tags: [a, b] |'],
  ])('offers nothing %s', (_name, source) => {
    expect(at(source)).toBeNull();
  });

  it('knows the keys the mapping already has, before and after the cursor', () => {
    const source = FILE.replace('  role: You lead.', '  |\n  role: You lead.');
    expect(at(source)).toMatchObject({
      position: 'key',
      path: ['briefing'],
      siblings: ['situation', 'role'],
    });
    const item = FILE.replace('    moves: [clear-no]', '    |\n    moves: [clear-no]');
    expect(at(item)?.siblings).toEqual(['statement', 'moves']);
    const top = `${FILE}|`;
    expect(at(top)?.siblings).toEqual(['id', 'status', 'briefing', 'persona', 'success', 'tags']);
  });
});
