import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findAct } from '../rubric/context.ts';
import { analysisText } from '../rubric/text.ts';
import { CATEGORIES, LANGUAGES } from '../vocabulary.ts';
import { CATEGORY_INFO } from './categories.ts';
import { parseScenario } from './parse.ts';
import { renderScaffold } from './scaffold.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The scripts run in a temp folder, where `--import tsx` would not resolve; point at the loader itself.
const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const fixture = fileURLToPath(new URL('./fixtures/fixture-saying-no.yaml', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'scenarios-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(
  script: string,
  args: string[],
  { cwd = work, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', tsx, join(root, 'src', 'cli', script), ...args],
      // A clean environment: the suite itself may run in CI, and the check's default depends on it.
      { cwd, timeout: 60_000, env },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Each test starts a fresh Node process through the TypeScript loader; on a loaded machine one such start
// now and then dies without output. A retry runs the whole test again, every assertion included.
describe('scenarios:check', { retry: 2 }, () => {
  it('passes a valid folder and fails a broken file with file:line:column', async () => {
    const dir = join(work, 'check');
    // Each test starts from an empty folder of its own, so a retry meets none of the first try's files.
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    copyFileSync(fixture, join(dir, 'fixture-saying-no.yaml'));
    const good = await run('scenarios-check.ts', ['check', '--no-score']);
    expect(good.stdout).toMatch(/^1 file checked: 1 published — 0 errors, 0 warnings/m);
    expect(good.code).toBe(0);

    const broken = readFileSync(fixture, 'utf8')
      .replace('id: fixture-saying-no', 'id: broken')
      .replace('courage: 3', 'courage: high');
    writeFileSync(join(dir, 'broken.yaml'), broken);
    writeFileSync(join(dir, 'scenario.schema.json'), '{}');
    const bad = await run('scenarios-check.ts', ['check', 'nowhere', '--no-score']);
    expect(bad.stdout).toContain('nowhere:1:1: No such file or folder');
    expect(bad.stdout).toContain(
      "check/broken.yaml:42:12: `focus.courage` must be a number from 0 to 3 — found 'high'",
    );
    expect(bad.stdout).toMatch(/^2 files checked: 1 published, 1 with errors — 2 errors, 0 warnings/m);
    expect(bad.code).toBe(1);
  }, 120_000);
  it("checks the server's library, SCENARIOS_DIR, when no folder is named", async () => {
    const dir = join(work, 'server-library');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    copyFileSync(fixture, join(dir, 'fixture-saying-no.yaml'));
    const checked = await run('scenarios-check.ts', ['--no-score'], { env: { SCENARIOS_DIR: dir } });
    expect(checked.stdout).toMatch(/^1 file checked: 1 published — 0 errors, 0 warnings/m);
    expect(checked.code).toBe(0);
  }, 120_000);
  it('fails on a mis-rated golden example when strict: for files named, with --strict and in CI', async () => {
    // A vague maybe rated good: no rubric reading of it reaches the good band.
    const misRated = readFileSync(fixture, 'utf8').replace(
      "we'll see.\n    rating: poor",
      "we'll see.\n    rating: good",
    );
    rmSync(join(work, 'golden'), { recursive: true, force: true });
    mkdirSync(join(work, 'golden', 'scenarios'), { recursive: true });
    writeFileSync(join(work, 'golden', 'scenarios', 'fixture-saying-no.yaml'), misRated);
    const named =
      'scenarios/fixture-saying-no.yaml:70:5: golden example "I\'m not sure, maybe later, we\'ll see." is rated good (60–100) but scores';
    const inGolden = (args: string[], env: Record<string, string> = {}) =>
      run('scenarios-check.ts', args, { cwd: join(work, 'golden'), env });

    // One's own file: strict by default. The message names the example and shows what the rubric saw.
    const own = await inGolden(['scenarios/fixture-saying-no.yaml']);
    expect(own.stdout).toContain(named);
    expect(own.stdout).toMatch(
      /which is poor\n {4}scores: self-leadership \d, connection \d, courage \d, clarity \d, mentorship \d\n {4}moves: /,
    );
    expect(own.stdout).toMatch(/\(strict: a golden example out of its band is an error\)$/m);
    expect(own.code).toBe(1);

    // The whole library, by hand: a warning, unless --strict or in CI.
    const library = await inGolden([]);
    expect(library.stdout).toContain(named.replace(': golden', ': warning: golden'));
    expect(library.code).toBe(0);
    const strict = await inGolden(['--strict']);
    expect(strict.stdout).toContain(named);
    expect(strict.code).toBe(1);
    const ci = await inGolden([], { CI: 'true' });
    expect(ci.stdout).toContain(named);
    expect(ci.code).toBe(1);
    const lenient = await inGolden(['scenarios/fixture-saying-no.yaml', '--no-strict']);
    expect(lenient.code).toBe(0);
  }, 240_000);
});

describe('scenarios:new', { retry: 2 }, () => {
  it('writes a draft that passes the check, stays a draft until its TODOs are written, and is never overwritten', async () => {
    const args = [
      '--id',
      'nee-zeggen-test',
      '--language',
      'nl',
      '--category',
      'saying-no',
      '--dir',
      'library',
    ];
    rmSync(join(work, 'library'), { recursive: true, force: true });
    const created = await run('scenarios-new.ts', args);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/a draft: fill in the TODOs/);
    const file = join(work, 'library', 'nl', 'nee-zeggen-test.yaml');
    const draft = readFileSync(file, 'utf8');
    expect(draft).toMatch(/^status: draft /m);

    const checked = await run('scenarios-check.ts', ['library', '--no-score']);
    expect(checked.stdout).toContain(
      'library/nl/nee-zeggen-test.yaml:13:8: warning: This draft has 35 TODO placeholders still to write, the first here; it stays out of the library until it is finished and set to `status: published`',
    );
    expect(checked.stdout).toMatch(/^1 file checked: 1 draft — 0 errors, 1 warning/m);
    expect(checked.code).toBe(0);

    // Published too early: every TODO left is an error.
    writeFileSync(file, draft.replace('status: draft', 'status: published'));
    const early = await run('scenarios-check.ts', ['library', '--no-score']);
    expect(early.stdout).toContain(
      'library/nl/nee-zeggen-test.yaml:121:12: `examples[2].reply` still holds a TODO placeholder: write it, or set `status: draft` until the file is finished',
    );
    expect(early.stdout).toMatch(/^1 file checked: 1 with errors — 35 errors, 0 warnings/m);
    expect(early.code).toBe(1);

    // Written and published.
    const written = draft
      .replace('status: draft', 'status: published')
      .replace(/TODO [^\n#]*/g, 'Geschreven.');
    writeFileSync(file, written);
    const published = await run('scenarios-check.ts', ['library', '--no-score']);
    expect(published.stdout).toMatch(/^1 file checked: 1 published — 0 errors, 0 warnings/m);
    expect(published.code).toBe(0);

    writeFileSync(file, '# my work\n', { flag: 'a' });
    const again = await run('scenarios-new.ts', args);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(readFileSync(file, 'utf8')).toMatch(/# my work\n$/);
  }, 240_000);

  it('rejects bad arguments', async () => {
    const result = await run('scenarios-new.ts', [
      '--id',
      'Not Kebab',
      '--language',
      'fr',
      '--category',
      'saying-no',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--id must be kebab-case/);
    expect(result.stderr).toMatch(/--language must be one of: nl, en/);
  }, 120_000);
});

describe('renderScaffold', () => {
  const every = CATEGORIES.flatMap((category) => LANGUAGES.map((language) => ({ category, language })));
  it.each(every)(
    'is a valid draft with act hints for its kind ($language, $category)',
    ({ language, category }) => {
      const text = renderScaffold({
        id: 'new-one',
        language,
        category,
        difficulty: 'hard',
        title: 'A "quoted" title',
      });
      const result = parseScenario(text, 'new-one.yaml');
      expect(result.ok ? result.scenario : result.errors).toMatchObject({
        id: 'new-one',
        status: 'draft',
        language,
        category,
        difficulty: 'hard',
        title: 'A "quoted" title',
      });
      const hints = CATEGORY_INFO[category].acts;
      expect(text).toContain(hints.core[language]);
      expect(text).toContain(hints.words[language]);
      expect(text).toContain(hints.mustNot[language]);
      for (const move of [...hints.moves, ...hints.mustNotMoves])
        expect(text).toMatch(new RegExp(`moves: \\[[^\\]]*${move}`));
      // The golden examples are explained as the tests they are, with the bands the check holds them to.
      expect(text).toContain('good 60–100, fair 42–59, poor 0–41');
    },
  );

  it.each([
    {
      language: 'nl',
      category: 'delivering-bad-news',
      says: 'Sanne, ik heb slecht nieuws. Je functie verdwijnt bij de reorganisatie.',
      dodges: 'Sanne, er gaat van alles veranderen en we weten nog niet precies hoe het uitpakt.',
    },
    {
      language: 'en',
      category: 'delivering-bad-news',
      says: 'Sanne, I have bad news. Your job will disappear in the reorganisation.',
      dodges: "Sanne, a lot is going to change and we don't know yet how it will work out.",
    },
    {
      language: 'nl',
      category: 'addressing-underperformance',
      says: 'Je hebt de deadline van het kwartaalrapport gemist, en vorige week die van de planning.',
      dodges: 'Hoe gaat het eigenlijk met je? Het is wel druk, hè.',
    },
    {
      language: 'en',
      category: 'addressing-underperformance',
      says: 'You missed the quarterly report deadline, and last week the planning one.',
      dodges: "How are things going? It's busy at the moment, isn't it.",
    },
  ] as const)(
    'lets a $category scenario say its core act in $language, as words where no move fits',
    ({ language, category, says, dodges }) => {
      // The hint, as an author would keep it: the scaffold's example phrase becomes the act's words.
      const hints = CATEGORY_INFO[category].acts;
      const core = { label: hints.core[language], words: [hints.words[language]], moves: hints.moves };
      expect(findAct(core, analysisText(says), [], language, false)?.quote).toBeTruthy();
      expect(findAct(core, analysisText(dodges), [], language, false)).toBeUndefined();
    },
  );

  it("writes its comments and placeholders in the scenario's language", () => {
    const nl = renderScaffold({ id: 'nieuw', language: 'nl', category: 'saying-no' });
    const en = renderScaffold({ id: 'new', language: 'en', category: 'saying-no' });
    const comments = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('# '));
    expect(comments(nl)).toContain('# Wat de deelnemer leest voor het gesprek begint.');
    expect(comments(en)).toContain('# What the learner reads before starting.');
    expect(nl).toMatch(/^ {2}name: TODO naam$/m);
    // No English sentence of the English file is left in the Dutch one, comments or placeholders.
    const english = en.split('\n').filter((line) => /\b(the|what|when|how)\b/i.test(line));
    for (const line of english) expect(nl, line).not.toContain(line.trim());
    expect(nl).not.toMatch(/\b(the learner|what they|when the)\b/);
  });
});
