import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkScenarios, type ExampleScorer, formatFinding, summarise } from './check.ts';

const fixture = readFileSync(new URL('./fixtures/fixture-saying-no.yaml', import.meta.url), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'scenarios-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return name;
}

const as = (id: string, language: 'nl' | 'en', translations: string) =>
  fixture
    .replace('id: fixture-saying-no', `id: ${id}`)
    .replace('language: en', `language: ${language}`)
    .replace('translations: {}', `translations: ${translations}`);

/** Scores a reply by a number written into it, so the test controls the ranking. */
const scoreByNumber: ExampleScorer = ({ reply }) => ({
  overall: reply.includes('hear how much') ? 40 : reply.startsWith('No,') ? 60 : 10,
  criteria: [{ id: 'connection', score: 1 }],
  moves: reply.includes('hear how much')
    ? [{ id: 'acknowledges-feeling', quote: 'I can hear', start: 0, end: 10 }]
    : [],
});

describe('checkScenarios', () => {
  it('checks translations across the checked files and the library', async () => {
    const library = folder('library', { 'nl/een.yaml': as('een', 'nl', '{ en: one }') });
    const checked = folder('checked', {
      'en/one.yaml': as('one', 'en', '{ nl: een }'),
      'en/two.yaml': as('two', 'en', '{ nl: twee }'),
    });
    const report = await checkScenarios([checked], { cwd: work, library });
    expect(report.findings.map(formatFinding)).toEqual([
      "checked/en/two.yaml:6:21: `translations.nl` points to 'twee', but there is no scenario with that id",
    ]);
    expect(summarise(report)).toMatch(
      /^2 files checked: 1 published, 1 with errors — 1 error, 0 warnings \(golden examples not scored/,
    );
  });

  it('reports each golden example out of its band on its own line, with what the rubric saw', async () => {
    const checked = folder('ranked', { 'fixture-saying-no.yaml': fixture });
    const report = await checkScenarios([checked], { cwd: work, score: scoreByNumber });
    // The good example (40) scores poor and gets connection 1 where it expects 3; the fair one (60) scores good.
    // The poor one (10) is in its band and is not reported.
    expect(report.findings.map(formatFinding)).toEqual([
      [
        'ranked/fixture-saying-no.yaml:67:5: warning: golden example "I can hear how much pressure this date puts on you. My…" is rated good (60–100) but scores 40/100, which is poor',
        '    scores: self-leadership –, connection 1, courage –, clarity –, mentorship –',
        '    moves: acknowledges-feeling "I can hear"',
      ].join('\n'),
      expect.stringMatching(
        /^ranked\/fixture-saying-no\.yaml:67:5: warning: golden example "I can hear how much.*" expects connection 3, the rubric gives 1\n/,
      ),
      expect.stringMatching(
        /^ranked\/fixture-saying-no\.yaml:72:5: warning: golden example "No, we can't do it right now\." is rated fair \(42–59\) but scores 60\/100, which is good\n/,
      ),
    ]);
    expect(report.findings.map((finding) => finding.path)).toEqual([
      'examples[0]',
      'examples[0].scores.connection',
      'examples[2]',
    ]);
    expect(report.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(summarise(report)).toMatch(/— 0 errors, 3 warnings \(golden examples only warn: --strict makes/);
  });

  it('fails a golden example out of its band when strict, and passes a file whose examples all hold', async () => {
    const checked = folder('strict', { 'fixture-saying-no.yaml': fixture });
    const failing = await checkScenarios([checked], { cwd: work, score: scoreByNumber, strict: true });
    expect(failing.findings.map((f) => [f.path, f.severity])).toEqual([
      ['examples[0]', 'error'],
      ['examples[0].scores.connection', 'error'],
      ['examples[2]', 'error'],
    ]);
    expect(summarise(failing)).toMatch(
      /^1 file checked: 1 with errors — 3 errors, 0 warnings \(strict: a golden example out of its band is an error\)$/,
    );

    const inBand: ExampleScorer = ({ reply }) => ({
      overall: reply.includes('hear how much') ? 75 : reply.startsWith('No,') ? 50 : 10,
      criteria: [{ id: 'connection', score: 3 }],
    });
    const passing = await checkScenarios([checked], { cwd: work, score: inBand, strict: true });
    expect(passing.findings).toEqual([]);
    expect(summarise(passing)).toMatch(/^1 file checked: 1 published — 0 errors, 0 warnings \(strict/);
  });

  it('names the scenario acts an example meets or misses against its rating', async () => {
    const withActs = fixture.replace(
      'success:',
      [
        'acts:',
        '  core:',
        '    label: Say no to the project',
        '    words: ["my answer is no"]',
        '  mustNot:',
        '    - label: Leave it as a maybe',
        '      words: ["maybe later"]',
        'success:',
      ].join('\n'),
    );
    const misRated = withActs
      .replace('rating: good', 'rating: poor')
      .replace("we'll see.\n    rating: poor", "we'll see.\n    rating: good");
    const checked = folder('acts', { 'fixture-saying-no.yaml': misRated });
    const inBand: ExampleScorer = ({ reply }) => ({
      overall: reply.startsWith("I'm not sure") ? 75 : reply.startsWith('No,') ? 50 : 10,
    });
    const report = await checkScenarios([checked], { cwd: work, score: inBand, strict: true });
    const lines = report.findings.map(formatFinding);
    expect(lines).toEqual([
      expect.stringContaining(
        'golden example "I\'m not sure, maybe later, we\'ll see." is rated good but does not do the core act "Say no to the project"',
      ),
      expect.stringContaining(
        'golden example "I\'m not sure, maybe later, we\'ll see." is rated good but does the must-not act "Leave it as a maybe" ("maybe later")',
      ),
    ]);
    expect(lines[0]).toContain(
      '\n    acts: core "Say no to the project" missed; must-not done: "Leave it as a maybe" ("maybe later")',
    );
  });

  it('reports duplicate ids and a missing schema comment', async () => {
    const noComment = fixture.replace(/^# yaml-language-server.*\n/, '');
    const checked = folder('dupes', {
      'a/fixture-saying-no.yaml': fixture,
      'b/fixture-saying-no.yaml': noComment,
    });
    const report = await checkScenarios([checked], { cwd: work });
    expect(report.findings.map(formatFinding)).toEqual([
      'dupes/b/fixture-saying-no.yaml:1:1: warning: the file should start with `# yaml-language-server: $schema=../scenario.schema.json` so editors complete and check it',
      "dupes/b/fixture-saying-no.yaml:2:5: `id` 'fixture-saying-no' is already used by dupes/a/fixture-saying-no.yaml",
    ]);
  });
});
