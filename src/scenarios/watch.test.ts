import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScenarioRegistry, type ScenarioRegistry } from './registry.ts';

// Editors save in different ways; after any of them, later saves of any kind must still be seen.

const fixture = readFileSync(new URL('./fixtures/fixture-saying-no.yaml', import.meta.url), 'utf8');
const withTitle = (title: string) =>
  fixture.replace('title: Saying no to an extra project', `title: ${title}`);

const dirs: string[] = [];
const registries: ScenarioRegistry[] = [];
afterEach(() => {
  for (const registry of registries.splice(0)) registry.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function library() {
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-watch-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'en'));
  const file = join(dir, 'en', 'fixture-saying-no.yaml');
  writeFileSync(file, withTitle('First'));
  const registry = await createScenarioRegistry({ dir, debounceMs: 30 });
  registries.push(registry);
  return { dir, file, registry };
}

async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 3000; waited += 25) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

const title = (registry: ScenarioRegistry) => registry.get('fixture-saying-no')?.title;

/** One way of saving `text` to `file`, as an editor or a tool does it. */
type SaveStyle = (file: string, text: string) => void;

const saveStyles: [string, SaveStyle][] = [
  ['writing in place', (file, text) => writeFileSync(file, text)],
  [
    'writing a temporary file and renaming it over the original (atomic save)',
    (file, text) => {
      writeFileSync(`${file}.tmp-1234`, text);
      renameSync(`${file}.tmp-1234`, file);
    },
  ],
  [
    'renaming the original to a backup, writing anew, deleting the backup',
    (file, text) => {
      renameSync(file, `${file}~`);
      writeFileSync(file, text);
      unlinkSync(`${file}~`);
    },
  ],
  [
    'a hidden swap file beside it, then the rename',
    (file, text) => {
      const swap = join(file, '..', '.fixture-saying-no.yaml.swp');
      writeFileSync(swap, text);
      renameSync(swap, file);
    },
  ],
  [
    'deleting the file and writing it again',
    (file, text) => {
      unlinkSync(file);
      writeFileSync(file, text);
    },
  ],
  [
    'copying another file over it',
    (file, text) => {
      const draft = join(file, '..', '..', 'draft.txt');
      writeFileSync(draft, text);
      copyFileSync(draft, file);
    },
  ],
  [
    'sed -i',
    (file, text) => {
      const from = /^title: .*$/m.exec(readFileSync(file, 'utf8'))![0];
      const to = /^title: .*$/m.exec(text)![0];
      execFileSync('sed', ['-i', `s/^${from}$/${to}/`, file]);
    },
  ],
];

describe('the registry follows a file however it is saved', () => {
  it.each(saveStyles)('%s, and every later save', async (_style, save) => {
    const { file, registry } = await library();
    save(file, withTitle('Second'));
    await eventually(() => title(registry) === 'Second', 'the first save');
    // Once the file has been saved this way, each kind of later save must still be seen.
    for (const [name, later] of saveStyles) {
      later(file, withTitle(`After ${name}`));
      await eventually(() => title(registry) === `After ${name}`, `a later save by ${name}`);
    }
    // A broken edit after all that is reported, and the last good version stays served.
    writeFileSync(file, withTitle('Broken').replace('difficulty: medium', 'difficulty: seven'));
    await eventually(() => registry.problems().length > 0, 'the broken edit to be reported');
    expect(title(registry)).toBe(`After ${saveStyles.at(-1)![0]}`);
  });

  it('never loads an editor temporary file as a scenario', async () => {
    const { file, registry } = await library();
    for (const name of [
      '.fixture-saying-no.yaml.swp',
      'fixture-saying-no.yaml~',
      '#fixture-saying-no.yaml#',
      '.#fixture-saying-no.yaml',
      'fixture-saying-no.yaml___jb_tmp___',
    ]) {
      writeFileSync(join(file, '..', name), withTitle('Temporary'));
    }
    writeFileSync(file, withTitle('Saved'));
    await eventually(() => title(registry) === 'Saved', 'the real save');
    expect(registry.size).toBe(1);
    expect(registry.problems()).toEqual([]);
  });

  it('follows a sub-folder that was renamed away and back', async () => {
    const { dir, file, registry } = await library();
    renameSync(join(dir, 'en'), join(dir, 'en-old'));
    await eventually(() => registry.size === 0 || title(registry) === 'First', 'the moved folder');
    renameSync(join(dir, 'en-old'), join(dir, 'en'));
    writeFileSync(file, withTitle('Back'));
    await eventually(() => title(registry) === 'Back', 'a save in the folder moved back');
  });

  it('follows a sub-folder that was deleted and made again under the same name', async () => {
    const { dir, file, registry } = await library();
    rmSync(join(dir, 'en'), { recursive: true });
    await eventually(() => registry.size === 0, 'the deleted folder');
    mkdirSync(join(dir, 'en'));
    writeFileSync(file, withTitle('New folder'));
    await eventually(() => title(registry) === 'New folder', 'the file in the new folder');
    writeFileSync(file, withTitle('Saved again'));
    await eventually(() => title(registry) === 'Saved again', 'a later save in the new folder');
  });
});
