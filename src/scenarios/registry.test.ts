import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScenarioRegistry, type Logger, type ScenarioRegistry } from './registry.ts';

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
  const logger: Logger = {
    info() {},
    warn: (fields, message) => warnings.push({ fields, message }),
    error() {},
  };
  return { logger, warnings };
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
      expect.objectContaining({ file: 'bad.yaml', path: 'difficulty', line: 8, column: 13 }),
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
      { file: 'copy/a.yaml', path: 'id', line: 3, column: 5, message: "`id` 'a' is already used by a.yaml" },
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
        5,
        "`translations.nl` points to 'nl-one', but 'nl-one' does not point back: add `en: en-four` to its translations",
      ],
      [
        'en-three.yaml',
        'translations.nl',
        5,
        "`translations.nl` points to 'en-one', which is in 'en', not 'nl'",
      ],
      [
        'en-two.yaml',
        'translations.nl',
        5,
        "`translations.nl` points to 'nl-missing', but there is no scenario with that id",
      ],
    ]);
  });

  it('refuses a folder that does not exist', async () => {
    await expect(createScenarioRegistry({ dir: join(tempDir(), 'nope') })).rejects.toThrow(/does not exist/);
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
