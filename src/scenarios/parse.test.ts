import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioError } from './errors.ts';
import { locateInScenario, MAX_SCENARIO_BYTES, parseScenario, parseScenarioBytes } from './parse.ts';
import { MAX_LINES, MAX_MARKS } from './work-limits.ts';

const FIXTURE = 'fixture-saying-no.yaml';
const valid = readFileSync(new URL(`./fixtures/${FIXTURE}`, import.meta.url), 'utf8');

/** The fixture with one piece replaced; fails loudly if the piece is not there, so the test cannot go stale. */
function edit(from: string | RegExp, to: string): string {
  const out = valid.replace(from, to);
  if (out === valid) throw new Error(`fixture does not contain ${String(from)}`);
  return out;
}

function errorsOf(text: string, file?: string) {
  const result = parseScenario(text, file);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.errors;
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('parseScenario on a valid file', () => {
  it('returns the scenario with defaults filled in', () => {
    const result = parseScenario(valid, FIXTURE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.id).toBe('fixture-saying-no');
    expect(result.scenario.mood.sensitivity).toEqual({});
    expect(result.scenario.success[0]?.minScore).toBe(3);
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    const result = parseScenario(`\uFEFF${valid.replace(/\n/g, '\r\n')}`, FIXTURE);
    expect(result.ok).toBe(true);
  });
});

describe('parseScenario on wrong content', () => {
  it.each([
    {
      name: 'a wrong enum value',
      text: edit('difficulty: medium', 'difficulty: seven'),
      path: 'difficulty',
      at: 'difficulty: seven',
      column: 13,
      message: "`difficulty` must be easy, medium or hard — found 'seven'",
    },
    {
      name: 'a missing field (points at the parent group)',
      text: edit('  name: Sam\n', ''),
      path: 'persona.name',
      at: '  role: Manager',
      column: 3,
      message: '`persona.name` is missing',
    },
    {
      name: 'an unknown field, with a suggestion (points at the key)',
      text: edit('persona:\n', 'persnoa:\n'),
      path: 'persnoa',
      at: 'persnoa:',
      column: 1,
      message: '`persnoa` is not a known field (did you mean `persona`?)',
    },
    {
      name: 'a word where a number belongs',
      text: edit('courage: 3', 'courage: high'),
      path: 'focus.courage',
      at: 'courage: high',
      column: 12,
      message: "`focus.courage` must be a number from 0 to 3 — found 'high'",
    },
    {
      name: 'a number out of range',
      text: edit('courage: 3', 'courage: 9'),
      path: 'focus.courage',
      at: 'courage: 9',
      column: 12,
      message: '`focus.courage` must be a number from 0 to 3 — found 9',
    },
    {
      name: 'text where a list belongs',
      text: edit('tags: [workload, team-lead]', 'tags: workload'),
      path: 'tags',
      at: 'tags: workload',
      column: 7,
      message: "`tags` must be a list (one `- ` item per line) — found 'workload'",
    },
    {
      name: 'a fraction where a whole number belongs',
      text: edit('maxTurns: 6', 'maxTurns: 2.5'),
      path: 'script.maxTurns',
      at: 'maxTurns: 2.5',
      column: 13,
      message: '`script.maxTurns` must be a whole number from 2 to 30 — found 2.5',
    },
    {
      name: 'an empty value',
      text: edit('  name: Sam', '  name:'),
      path: 'persona.name',
      at: '  name:',
      column: 8,
      message: '`persona.name` has no value: it must be text',
    },
    {
      name: 'a nested unknown field',
      text: edit('    hedges: [So', '    hedge: [So'),
      path: 'script.moves.hedge',
      at: '    hedge:',
      column: 5,
      message: '`script.moves.hedge` is not a known field (did you mean `script.moves.hedges`?)',
    },
    {
      name: 'a misspelt value from a long list',
      text: edit('moves: [clear-no]', 'moves: [clear-noo]'),
      path: 'success[0].moves[0]',
      at: 'moves: [clear-noo]',
      column: 13,
      message:
        "`success[0].moves[0]` must be one of the known values — found 'clear-noo' (did you mean clear-no?)",
    },
    {
      name: 'too few examples',
      text: edit(/ {2}- reply: No, we can't[\s\S]*$/, ''),
      path: 'examples',
      at: '  - reply: I can hear',
      column: 3,
      message: '`examples` needs at least 3 items — found 2',
    },
    {
      name: 'an id that is not kebab-case',
      text: edit('id: fixture-saying-no', 'id: Fixture Saying No'),
      path: 'id',
      at: 'id: Fixture',
      column: 5,
      message: "`id` must be kebab-case: lowercase letters, digits and dashes — found 'Fixture Saying No'",
    },
    {
      name: 'a translation into its own language',
      text: edit('translations: {}', 'translations: { en: other }'),
      path: 'translations.en',
      at: 'translations:',
      column: 21,
      message: '`translations.en` must point to a scenario in another language',
    },
  ])('$name', ({ text, path, at, column, message }) => {
    const errors = errorsOf(text);
    const error = errors.find((e) => e.path === path);
    expect(error, JSON.stringify(errors)).toBeDefined();
    expect(error).toMatchObject({ line: lineOf(text, at), column, message });
  });

  it('does not also say a field is missing when a typo of it explains why', () => {
    const errors = errorsOf(edit('persona:\n', 'persnoa:\n'));
    expect(errors.map((e) => e.path)).toEqual(['persnoa']);
  });

  it('reports every problem in one pass, in file order', () => {
    const errors = errorsOf(
      edit('difficulty: medium', 'difficulty: seven').replace('courage: 3', 'courage: high'),
    );
    expect(errors.map((e) => e.path)).toEqual(['difficulty', 'focus.courage']);
  });

  it('requires the id to equal the file name when a file is given', () => {
    const errors = errorsOf(valid, 'scenarios/en/another-name.yaml');
    expect(errors).toEqual([
      {
        file: 'scenarios/en/another-name.yaml',
        path: 'id',
        line: lineOf(valid, 'id: '),
        column: 5,
        message: "`id` must equal the file name 'another-name' — found 'fixture-saying-no'",
      },
    ]);
    expect(formatScenarioError(errors[0]!)).toBe(
      `scenarios/en/another-name.yaml:${lineOf(valid, 'id: ')}:5: \`id\` must equal the file name 'another-name' — found 'fixture-saying-no'`,
    );
  });
});

describe('parseScenario explains the usual YAML slips with their cause and fix', () => {
  it.each([
    {
      name: 'a field indented further than the one above it',
      text: edit('  goal: Say a clear no', '    goal: Say a clear no'),
      at: '    goal:',
      column: 1,
      path: 'briefing',
      message:
        '`goal` is indented further than `role` above it (4 spaces instead of 2), so YAML reads it as more of the text of `role`. Indent it by 2 spaces, like `role`',
    },
    {
      name: 'a group indented further than the field above it',
      text: edit('  keepInMind:', '    keepInMind:'),
      at: '    keepInMind:',
      column: 1,
      path: 'briefing',
      message:
        '`keepInMind` is indented further than `goal` above it (4 spaces instead of 2), so YAML reads it as more of the text of `goal`. Indent it by 2 spaces, like `goal`',
    },
    {
      name: 'a top-level field indented',
      text: edit('title: Saying no', '  title: Saying no'),
      at: '  title:',
      column: 1,
      path: '',
      message:
        '`title` is indented further than `translations` above it (2 spaces instead of none), so YAML cannot read it as a field of its own. Start it at the beginning of the line, like `translations`',
    },
    {
      name: 'a field indented less than its neighbours',
      text: edit('  role: You lead', ' role: You lead'),
      at: ' role:',
      column: 1,
      path: 'briefing',
      message:
        '`role` is indented by 1 space, but the other fields of `briefing` by 2 spaces: indent it by 2 spaces',
    },
    {
      name: 'a field indented under a text that runs over several lines',
      text: edit('  role: You lead', '    role: You lead'),
      at: '    role:',
      column: 5,
      path: 'briefing.role',
      message:
        '`briefing.role` is missing: the `role:` on this line is indented further than the other fields of `briefing`, so YAML reads it as more of the text of `briefing.situation`. Indent it like the fields around it',
    },
    {
      name: 'a colon and a space inside a text',
      text: edit('summary: Sam asks you', 'summary: Note: Sam asks you'),
      at: 'summary:',
      column: 14,
      path: 'summary',
      message:
        'The text of `summary` contains `: ` (a colon and a space), which YAML reads as the start of a new field. Put the whole text in quotes: `summary: "Note: Sam asks you to take on one more project while the team is already stretched."`',
    },
    {
      name: 'a colon and a space inside a list item',
      text: edit('    - Offer what you can do instead', '    - Offer this: what you can do instead'),
      at: '    - Offer this',
      column: 7,
      path: 'briefing.keepInMind[1]',
      message:
        '`briefing.keepInMind[1]` must be text, but YAML reads it as a field because of the `: ` (a colon and a space) in it. Put the whole text in quotes: "Offer this: what you can do instead, if anything."',
    },
    {
      name: 'a quote inside a text that starts with a quote',
      text: edit('title: Saying no to an extra project', 'title: "Saying "no" to an extra project"'),
      at: 'title:',
      column: 8,
      path: 'title',
      message:
        'The text of `title` starts with a double quote ("), so YAML ends it at the next one and does not know what to do with the rest of the line. Quotes inside a text are fine when the text does not start with one: write `title: Saying "no" to an extra project`',
    },
    {
      name: 'an apostrophe inside single quotes',
      text: edit('  role: You lead the platform team.', "  role: 'You lead Sam's team.'"),
      at: '  role:',
      column: 9,
      path: 'briefing.role',
      message:
        "The text of `role` starts with a single quote ('), so YAML ends it at the next one and does not know what to do with the rest of the line. Quotes inside a text are fine when the text does not start with one: write `role: You lead Sam's team.`",
    },
    {
      name: 'a quote that is never closed',
      text: edit('title: Saying no to an extra project', 'title: "Saying no to an extra project'),
      at: 'title:',
      column: 8,
      path: 'title',
      message:
        'The quote that opens the text of `title` is never closed: end the text with ", or leave out the opening quote',
    },
    {
      name: 'a field without its colon',
      text: edit('difficulty: medium', 'difficulty medium'),
      at: 'difficulty medium',
      column: 1,
      path: '',
      message:
        '`difficulty medium` has no colon: a field is written `name: value`, e.g. `difficulty: medium`',
    },
    {
      name: 'a colon without the space after it',
      text: edit('difficulty: medium', 'difficulty:medium'),
      at: 'difficulty:medium',
      column: 1,
      path: '',
      message: 'A field needs a space after its colon: write `difficulty: medium`',
    },
    {
      name: 'a field at the wrong level',
      text: `${edit(/ {2}keepInMind:\n( {4}- .*\n)+/, '')}keepInMind:\n  - Name what Sam is under pressure from.\n`,
      at: '\nkeepInMind:',
      column: 1,
      path: 'keepInMind',
      message:
        '`keepInMind` is not a known field here: it belongs in `briefing` (did you mean `briefing.keepInMind`?). Move it there, indented like the fields around it',
    },
    {
      name: 'a field in the wrong group',
      text: edit('  goal: Say a clear no', '  target: x\n  goal: Say a clear no').replace(
        '  wants: Your team',
        '  goal: Say no.\n  wants: Your team',
      ),
      at: '  goal: Say no.',
      column: 3,
      path: 'persona.goal',
      message:
        '`persona.goal` is not a known field here: it belongs in `briefing` (did you mean `briefing.goal`?). Move it there, indented like the fields around it',
    },
    {
      name: 'a field of a list item at the top level',
      text: `${valid}statement: The learner said no.\n`,
      at: '\nstatement:',
      column: 1,
      path: 'statement',
      message:
        '`statement` is not a known field here: it belongs in each item of `success`. Move it there, indented like the fields around it',
    },
  ])('$name', ({ text, at, column, path, message }) => {
    const errors = errorsOf(text);
    const error = errors.find((e) => e.path === path);
    expect(error, JSON.stringify(errors)).toBeDefined();
    const line = lineOf(text, at) + (at.startsWith('\n') ? 1 : 0);
    expect(error).toEqual({ path, line, column, message });
  });
});

const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const bomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
  'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
].join('\n');

describe('parseScenario on hostile input', () => {
  it.each([
    {
      name: 'a duplicate key',
      text: edit('tags:', 'title: Again\ntags:'),
      line: lineOf(valid, 'tags:'),
      column: 1,
      message: /`title` appears twice/,
    },
    {
      name: 'a tab used for indentation',
      text: edit('  role: You lead', '\trole: You lead'),
      line: lineOf(valid, '  role: You lead'),
      column: 1,
      message: /Tabs are not allowed for indentation/,
    },
    {
      name: 'a tab after spaces',
      text: 'a:\n  b: 1\n\t c: 2\n',
      line: 3,
      column: 1,
      message: /Tabs are not allowed/,
    },
    {
      name: 'a !!js/function tag',
      text: edit('wants: Your', 'wants: !!js/function "function () { return 1 }" #'),
      line: lineOf(valid, 'wants:'),
      column: 10,
      message: /The tag `!!js\/function` is not allowed/,
    },
    {
      name: 'a !!binary tag',
      text: edit('wants: Your team to take on the onboarding project.', 'wants: !!binary aGVsbG8='),
      line: lineOf(valid, 'wants:'),
      column: 10,
      message: /The tag `!!binary` is not allowed/,
    },
    {
      name: 'a custom tag',
      text: edit('wants: Your', 'wants: !shell Your'),
      line: lineOf(valid, 'wants:'),
      column: 10,
      message: /The tag `!shell` is not allowed/,
    },
    {
      name: 'an alias bomb (billion laughs)',
      text: bomb,
      line: 2,
      column: 8,
      message: /Too many `\*alias` references/,
    },
    {
      name: 'an alias to nothing',
      text: 'a: *nowhere\n',
      line: 1,
      column: 4,
      message: /not defined above it/,
    },
    { name: '20,000 levels of [', text: nested(20_000), line: 1, column: 65, message: /nested too deeply/ },
    {
      name: '20,000 unclosed [',
      text: '['.repeat(20_000),
      line: 1,
      column: 65,
      message: /nested too deeply/,
    },
    {
      name: '20,000 levels of a: {',
      text: `${'a: {'.repeat(20_000)}${'}'.repeat(20_000)}`,
      line: 1,
      column: 260,
      message: /nested too deeply/,
    },
    {
      name: '20,000 levels of - ',
      text: `${'- '.repeat(20_000)}x`,
      line: 1,
      column: 33,
      message: /nested too deeply/,
    },
    {
      name: '20,000 levels of ? ',
      text: `${'? '.repeat(20_000)}x`,
      line: 1,
      column: 33,
      message: /nested too deeply/,
    },
    {
      name: 'deep block indentation',
      text: Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'),
      line: 66,
      column: 66,
      message: /nested too deeply/,
    },
    { name: 'NUL bytes', text: 'id: a\0b\n', line: 1, column: 6, message: /not text \(U\+0000\)/ },
    {
      name: 'binary junk',
      text: '\x89PNG\r\n\x1a\n\0\0\0\rIHDR',
      line: 2,
      column: 1,
      message: /not text \(U\+001A\)/,
    },
    {
      name: 'a list at the root',
      text: '- a\n- b\n',
      line: 1,
      column: 1,
      message: /must hold a scenario.*found a list/,
    },
    { name: 'text at the root', text: 'hello\n', line: 1, column: 1, message: /found a single line of text/ },
    { name: 'an empty file', text: '', line: 1, column: 1, message: /The file is empty/ },
    { name: 'only comments', text: '# nothing yet\n', line: 1, column: 1, message: /The file is empty/ },
    {
      name: 'two documents',
      text: `${valid}---\nid: second\n`,
      line: lineOf(`${valid}---`, '---\nid: second'),
      column: 1,
      message: /more than one document/,
    },
    {
      name: 'a quote never closed',
      text: 'id: "open\n',
      line: 1,
      column: 5,
      message: /The quote that opens the text of `id` is never closed/,
    },
    {
      name: 'a list as a key',
      text: '? [a, b]\n: 1\n',
      line: 1,
      column: 3,
      message: /field name must be plain text/,
    },
  ])('$name', ({ text, line, column, message }) => {
    const errors = errorsOf(text);
    expect(errors[0], JSON.stringify(errors)).toMatchObject({
      line,
      column,
      message: expect.stringMatching(message),
    });
  });

  it('refuses 5 MB of text before parsing it', () => {
    const errors = errorsOf(`id: ${'x'.repeat(5 * 1024 * 1024)}`);
    expect(errors).toEqual([
      { path: '', line: 1, column: 1, message: 'The file is 5.0 MB; a scenario file may be at most 256 KB' },
    ]);
  });

  it('refuses as many empty keys as fit under the size limit by their line count, before parsing them', () => {
    let text = '';
    for (let i = 0; text.length + 10 < MAX_SCENARIO_BYTES; i++) text += `k${i}:\n`;
    expect(text.split('\n').length).toBeGreaterThan(30_000);
    expect(errorsOf(text)).toEqual([
      {
        path: '',
        line: MAX_LINES + 1,
        column: 1,
        message: 'The file has more than 1,000 lines: a scenario needs a few hundred',
      },
    ]);
  });

  it('refuses thousands of items on one line by their count, before parsing them', () => {
    const errors = errorsOf(`tags: [${'a,'.repeat(MAX_MARKS)}]`);
    expect(errors).toEqual([
      {
        path: '',
        line: 1,
        column: expect.any(Number),
        message: expect.stringMatching(/more than 2,500 fields/),
      },
    ]);
  });

  it('finds every duplicate key in one pass, with a name for keys that have none', () => {
    const errors = errorsOf(Array.from({ length: 450 }, () => 'k:\n:\n').join(''));
    expect(errors[0]).toMatchObject({
      line: 3,
      column: 1,
      message: '`k` appears twice here: each field may be given only once',
    });
    expect(errors[1]).toMatchObject({
      message: 'A field with no name appears twice here: each field may be given only once',
    });
    expect(errors.at(-1)?.message).toBe('… and 848 more problems');
  });

  it('counts bytes, not characters, against the limit', () => {
    const text = `id: ${'é'.repeat(MAX_SCENARIO_BYTES / 2)}`;
    expect(text.length).toBeLessThan(MAX_SCENARIO_BYTES);
    expect(errorsOf(text)[0]?.message).toMatch(/at most 256 KB/);
  });

  it('reports invalid UTF-8 bytes where they are', () => {
    const bytes = Buffer.concat([
      Buffer.from('id: abc\ntitle: caf'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const result = parseScenarioBytes(bytes, 'x.yaml');
    expect(result).toEqual({
      ok: false,
      errors: [
        { file: 'x.yaml', path: '', line: 2, column: 11, message: expect.stringMatching(/not valid UTF-8/) },
      ],
    });
  });

  it('refuses oversized bytes without decoding them', () => {
    const result = parseScenarioBytes(new Uint8Array(MAX_SCENARIO_BYTES + 1), 'big.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/at most 256 KB/);
  });

  it('gives a field path for a YAML error inside a known field', () => {
    const errors = errorsOf(edit('tags:', 'title: Again\ntags:'));
    expect(errors[0]?.path).toBe('title');
  });
});

describe('locateInScenario', () => {
  it('finds a list item, and falls back to the nearest existing field', () => {
    expect(locateInScenario(valid, ['examples', 1])).toEqual({
      line: lineOf(valid, "  - reply: I'm not sure"),
      column: 5,
    });
    expect(locateInScenario(valid, ['persona', 'nothing-here'])).toEqual({
      line: lineOf(valid, '  name: Sam'),
      column: 3,
    });
  });
});
