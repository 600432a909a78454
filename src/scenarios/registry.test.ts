import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkScenarios } from './check.ts';
import {
  createScenarioRegistry,
  type Logger,
  openScenarioRegistry,
  type ScenarioRegistry,
} from './registry.ts';

const fixture = readFileSync(new URL('./fixtures/fixture-saying-no.yaml', import.meta.url), 'utf8');

/** The fixture as another scenario: new id, language, title and translations. */
function scenario(
  id: string,
  options: { language?: 'nl' | 'en'; title?: string; translations?: string } = {},
) {
  return fixture
    .replace('id: fixture-saying-no', `id: ${id}`)
    .replace('language: en', `language: ${options.language ?? 'en'}`)
    .replace('title: Saying no to an extra project', `title: ${options.title ?? id}`)
    .replace('translations: {}', `translations: ${options.translations ?? '{}'}`);
}

const dirs: string[] = [];
const registries: ScenarioRegistry[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
  dirs.push(dir);
  return dir;
}

function recordingLogger() {
  const warnings: { fields: Record<string, unknown>; message?: string }[] = [];
  const infos: { fields: Record<string, unknown>; message?: string }[] = [];
  const logger: Logger = {
    info: (fields, message) => infos.push({ fields, message }),
    warn: (fields, message) => warnings.push({ fields, message }),
    error() {},
  };
  return { logger, warnings, infos };
}

async function open(dir: string, logger?: Logger) {
  const registry = await createScenarioRegistry({ dir, logger, debounceMs: 30 });
  registries.push(registry);
  return registry;
}

/** Poll until the condition holds, up to ~3 s: the watcher is asynchronous. */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 3000; waited += 25) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

afterEach(() => {
  for (const registry of registries.splice(0)) registry.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createScenarioRegistry', () => {
  it('loads every yaml file below the folder, ignoring other and hidden files', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'one.yaml'), scenario('one'));
    writeFileSync(join(dir, 'two.yml'), scenario('two', { language: 'nl' }));
    writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
    writeFileSync(join(dir, '.#one.yaml'), 'editor lock file');
    const registry = await open(dir);
    expect(registry.size).toBe(2);
    expect(registry.list().map((s) => s.id)).toEqual(['one', 'two']);
    expect(registry.list({ language: 'nl' }).map((s) => s.id)).toEqual(['two']);
    expect(registry.list({ category: 'saying-no', difficulty: 'medium' })).toHaveLength(2);
    expect(registry.list({ difficulty: 'hard' })).toEqual([]);
    expect(registry.get('one')?.title).toBe('one');
    expect(registry.get('missing')).toBeUndefined();
    expect(registry.problems()).toEqual([]);
  });

  it('skips and reports a broken file without touching the others', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.yaml'), scenario('good'));
    writeFileSync(join(dir, 'bad.yaml'), scenario('bad').replace('difficulty: medium', 'difficulty: seven'));
    const { logger, warnings } = recordingLogger();
    const registry = await open(dir, logger);
    expect(registry.list().map((s) => s.id)).toEqual(['good']);
    expect(registry.problems()).toEqual([
      expect.objectContaining({
        file: 'bad.yaml',
        path: 'difficulty',
        line: 9,
        column: 13,
        severity: 'error',
      }),
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ fields: expect.objectContaining({ file: 'bad.yaml' }) }),
    ]);
  });

  it('picks up an added, a changed and a removed file without a restart', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'first.yaml'), scenario('first'));
    const registry = await open(dir);
    expect(registry.size).toBe(1);

    writeFileSync(join(dir, 'second.yaml'), scenario('second'));
    await eventually(() => registry.get('second') !== undefined, 'the added file');

    writeFileSync(join(dir, 'first.yaml'), scenario('first', { title: 'Changed title' }));
    await eventually(() => registry.get('first')?.title === 'Changed title', 'the changed file');

    unlinkSync(join(dir, 'second.yaml'));
    await eventually(() => registry.get('second') === undefined, 'the removed file');
    expect(registry.size).toBe(1);
  });

  it('picks up a file in a new sub-folder', async () => {
    const dir = tempDir();
    const registry = await open(dir);
    mkdirSync(join(dir, 'nl'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(join(dir, 'nl', 'nieuw.yaml'), scenario('nieuw', { language: 'nl' }));
    await eventually(() => registry.get('nieuw') !== undefined, 'the file in a new folder');
  });

  it('keeps serving the last good version while a file is broken, and recovers', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'steady.yaml'), scenario('steady', { title: 'Good version' }));
    const registry = await open(dir);

    writeFileSync(
      join(dir, 'steady.yaml'),
      scenario('steady', { title: 'Good version' }).replace('courage: 3', 'courage: high'),
    );
    await eventually(() => registry.problems().length > 0, 'the problem to be reported');
    expect(registry.get('steady')?.title).toBe('Good version');
    expect(registry.problems()[0]).toMatchObject({ file: 'steady.yaml', path: 'focus.courage' });

    writeFileSync(join(dir, 'steady.yaml'), scenario('steady', { title: 'Fixed version' }));
    await eventually(() => registry.get('steady')?.title === 'Fixed version', 'the fixed file');
    expect(registry.problems()).toEqual([]);
  });

  it('reports a duplicate id on the second file and keeps the first', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), scenario('a', { title: 'From a' }));
    const registry = await open(dir);
    mkdirSync(join(dir, 'copy'));
    writeFileSync(join(dir, 'copy', 'a.yaml'), scenario('a', { title: 'Copy of a' }));
    await registry.reload();
    expect(registry.size).toBe(1);
    expect(registry.get('a')?.title).toBe('From a');
    expect(registry.problems()).toEqual([
      {
        file: 'copy/a.yaml',
        path: 'id',
        line: 3,
        column: 5,
        message: "`id` 'a' is already used by a.yaml",
        severity: 'error',
      },
    ]);
  });

  it('reports translations that lead nowhere, to the wrong language, or do not link back', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'en-one.yaml'), scenario('en-one', { translations: '{ nl: nl-one }' }));
    writeFileSync(
      join(dir, 'nl-one.yaml'),
      scenario('nl-one', { language: 'nl', translations: '{ en: en-one }' }),
    );
    writeFileSync(join(dir, 'en-two.yaml'), scenario('en-two', { translations: '{ nl: nl-missing }' }));
    writeFileSync(join(dir, 'en-three.yaml'), scenario('en-three', { translations: '{ nl: en-one }' }));
    writeFileSync(join(dir, 'en-four.yaml'), scenario('en-four', { translations: '{ nl: nl-one }' }));
    const registry = await open(dir);
    expect(registry.size).toBe(5);
    expect(registry.problems().map((p) => [p.file, p.path, p.line, p.message])).toEqual([
      [
        'en-four.yaml',
        'translations.nl',
        6,
        "`translations.nl` points to 'nl-one', but 'nl-one' does not point back: add `en: en-four` to its translations",
      ],
      [
        'en-three.yaml',
        'translations.nl',
        6,
        "`translations.nl` points to 'en-one', which is in 'en', not 'nl'",
      ],
      [
        'en-two.yaml',
        'translations.nl',
        6,
        "`translations.nl` points to 'nl-missing', but there is no scenario with that id",
      ],
    ]);
  });

  it('refuses a folder that does not exist', async () => {
    await expect(createScenarioRegistry({ dir: join(tempDir(), 'nope') })).rejects.toThrow(/does not exist/);
    await expect(openScenarioRegistry({ dir: join(tempDir(), 'nope') }).loaded).rejects.toThrow(
      /does not exist/,
    );
  });

  it('opens at once, empty until the folder has been read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'first.yaml'), scenario('first'));
    const registry = openScenarioRegistry({ dir, watch: false });
    registries.push(registry);
    expect(registry.size).toBe(0);
    await registry.loaded;
    expect(registry.list().map((s) => s.id)).toEqual(['first']);
  });

  it('stops following the folder after close', async () => {
    const dir = tempDir();
    const registry = await open(dir);
    registry.close();
    writeFileSync(join(dir, 'late.yaml'), scenario('late'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(registry.get('late')).toBeUndefined();
  });
});

const draft = (id: string, options: Parameters<typeof scenario>[1] = {}) =>
  scenario(id, options).replace('status: published', 'status: draft');
const withTodo = (text: string) => text.replace('  name: Sam', '  name: TODO name');

describe('drafts and published files', () => {
  it('never serves a draft, and serves it once it is published', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'live.yaml'), scenario('live'));
    writeFileSync(join(dir, 'new.yaml'), withTodo(draft('new')));
    const registry = await open(dir);
    expect(registry.list().map((s) => s.id)).toEqual(['live']);
    expect(registry.get('new')).toBeUndefined();
    expect(registry.drafts).toBe(1);
    expect(registry.problems()).toEqual([
      expect.objectContaining({ file: 'new.yaml', path: 'persona.name', severity: 'warning' }),
    ]);

    writeFileSync(join(dir, 'new.yaml'), scenario('new'));
    await eventually(() => registry.get('new') !== undefined, 'the published file');
    expect(registry.drafts).toBe(0);
  });

  it('refuses a published file with a TODO left, serving its last good version meanwhile', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'steady.yaml'), scenario('steady', { title: 'Good version' }));
    const { logger, warnings } = recordingLogger();
    const registry = await open(dir, logger);
    writeFileSync(join(dir, 'steady.yaml'), withTodo(scenario('steady', { title: 'Half done' })));
    await eventually(() => registry.problems().length > 0, 'the TODO to be reported');
    expect(registry.get('steady')?.title).toBe('Good version');
    expect(registry.get('steady')?.persona.name).toBe('Sam');
    expect(registry.problems()).toEqual([
      {
        file: 'steady.yaml',
        path: 'persona.name',
        line: 22,
        column: 9,
        message:
          '`persona.name` still holds a TODO placeholder: write it, or set `status: draft` until the file is finished',
        severity: 'error',
      },
    ]);
    expect(registry.servedFromLastGood()).toEqual([{ file: 'steady.yaml', id: 'steady' }]);
    expect(warnings).toContainEqual({
      fields: expect.objectContaining({ file: 'steady.yaml', severity: 'error', servedFromLastGood: true }),
      message: expect.stringMatching(
        /^scenario error: steady\.yaml:22:9: `persona\.name` still holds a TODO/,
      ),
    });
  });

  it('takes a scenario out of the library when it is set back to draft', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'back.yaml'), scenario('back'));
    const registry = await open(dir);
    expect(registry.get('back')).toBeDefined();
    writeFileSync(join(dir, 'back.yaml'), draft('back'));
    await eventually(() => registry.get('back') === undefined, 'the unpublished file');
    expect(registry.drafts).toBe(1);
    expect(registry.problems()).toEqual([]);
  });

  it('leaves a link to a draft translation out of the served scenario, with a warning', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'en-one.yaml'), scenario('en-one', { translations: '{ nl: nl-one }' }));
    writeFileSync(
      join(dir, 'nl-one.yaml'),
      draft('nl-one', { language: 'nl', translations: '{ en: en-one }' }),
    );
    const registry = await open(dir);
    expect(registry.get('en-one')?.translations).toEqual({});
    expect(registry.problems()).toEqual([
      expect.objectContaining({
        file: 'en-one.yaml',
        path: 'translations.nl',
        severity: 'warning',
        message:
          "`translations.nl` points to 'nl-one', which is still a draft: learners get the link once it is published",
      }),
    ]);
  });
});

describe('problems are logged at warn, once', () => {
  it('logs a duplicate id and a translation that leads nowhere as they appear, and says when they are fixed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), scenario('a', { translations: '{ nl: nowhere }' }));
    const { logger, warnings, infos } = recordingLogger();
    const registry = await open(dir, logger);
    mkdirSync(join(dir, 'copy'));
    writeFileSync(join(dir, 'copy', 'a.yaml'), scenario('a'));
    await registry.reload();
    await registry.reload();
    expect(warnings.map((w) => w.message)).toEqual([
      "scenario error: a.yaml:6:21: `translations.nl` points to 'nowhere', but there is no scenario with that id",
      "scenario error: copy/a.yaml:3:5: `id` 'a' is already used by a.yaml",
    ]);
    expect(registry.get('a')?.translations).toEqual({});

    unlinkSync(join(dir, 'copy', 'a.yaml'));
    await registry.reload();
    expect(infos.map((i) => i.message)).toContain(
      "scenario problem fixed: copy/a.yaml:3:5: `id` 'a' is already used by a.yaml",
    );
  });
});

describe('the server and `npm run scenarios:check` agree', () => {
  it('report the same problems with the same severity for the same folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'later'));
    writeFileSync(join(dir, 'good.yaml'), scenario('good', { translations: '{ nl: goed }' }));
    writeFileSync(join(dir, 'goed.yaml'), draft('goed', { language: 'nl', translations: '{ en: good }' }));
    writeFileSync(join(dir, 'lost.yaml'), scenario('lost', { translations: '{ nl: nergens }' }));
    writeFileSync(join(dir, 'later', 'good.yaml'), scenario('good'));
    writeFileSync(join(dir, 'early.yaml'), withTodo(scenario('early')));
    writeFileSync(join(dir, 'half.yaml'), withTodo(draft('half')));
    writeFileSync(join(dir, 'broken.yaml'), scenario('broken').replace('courage: 3', 'courage: high'));
    writeFileSync(join(dir, 'bare.yaml'), scenario('bare').replace(/^# yaml-language-server.*\n/, ''));

    const registry = await open(dir);
    const report = await checkScenarios(['.'], { cwd: dir });
    const served = registry.problems();
    expect(served.map((p) => [p.file, p.severity])).toEqual([
      ['bare.yaml', 'warning'],
      ['broken.yaml', 'error'],
      ['early.yaml', 'error'],
      ['good.yaml', 'warning'],
      ['half.yaml', 'warning'],
      ['later/good.yaml', 'error'],
      ['lost.yaml', 'error'],
    ]);
    expect(report.findings).toEqual(served);
  });
});
