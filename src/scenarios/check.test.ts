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

  it('reports golden examples whose scores disagree with their ratings, as warnings', async () => {
    const checked = folder('ranked', { 'fixture-saying-no.yaml': fixture });
    const report = await checkScenarios([checked], { cwd: work, score: scoreByNumber });
    const lines = report.findings.map(formatFinding);
    // The good example (40) scores below the fair one (60); it also expects connection 3 and gets 1.
    expect(lines).toEqual([
      expect.stringMatching(
        /^ranked\/fixture-saying-no\.yaml:67:5: warning: golden example rated good scores 40\/100, not above the fair example at line 72 \(60\/100\)$/,
      ),
      'ranked/fixture-saying-no.yaml:67:5: warning: golden example expects connection 3, the heuristic rubric gives 1',
    ]);
    expect(report.findings.every((f) => f.severity === 'warning')).toBe(true);
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
