// The live set of scenarios: loaded at start, kept in step with the folder, never broken by one bad file.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Language } from '../rubric/ids.ts';
import { compareErrors, type ScenarioError } from './errors.ts';
import { locateInScenario, parseScenarioBytes } from './parse.ts';
import type { Category, Difficulty, Scenario } from './schema.ts';
import { watchFolder } from './watch-folder.ts';

type Fields = Record<string, unknown>;
/** Any structured logger with these methods will do. */
export type Logger = {
  info(fields: Fields, message?: string): void;
  warn(fields: Fields, message?: string): void;
  error(fields: Fields, message?: string): void;
};

export type ScenarioFilter = { category?: Category; language?: Language; difficulty?: Difficulty };

export type ScenarioRegistry = {
  /** Scenarios served now, sorted by id. */
  list(filter?: ScenarioFilter): Scenario[];
  get(id: string): Scenario | undefined;
  /** Files that are broken or clash with others, and translation links that lead nowhere. */
  problems(): ScenarioError[];
  readonly size: number;
  /** Goes up on every change, for caches and tests. */
  readonly version: number;
  /** Read the folder again now (the watcher does this by itself). */
  reload(): Promise<void>;
  close(): void;
};

export type ScenarioRegistryOptions = {
  dir: string;
  logger?: Logger;
  /** Follow changes in the folder (default true). */
  watch?: boolean;
  /** Wait this long after the last change event before reading, so a burst of saves is one reload. */
  debounceMs?: number;
  /** Poll this often when the folder cannot be watched. */
  pollMs?: number;
};

type FileEntry = {
  /** Load order: on a duplicate id, the file that had it first keeps it. */
  seq: number;
  bytes: Buffer;
  text: string;
  /** The last version that parsed: still served while the file is broken. */
  scenario?: Scenario;
  /** Where the last good version's fields are (the text it parsed from). */
  goodText?: string;
  errors: ScenarioError[];
};

const noop = () => {};
const quietLogger: Logger = { info: noop, warn: noop, error: noop };

export const isScenarioFile = (name: string) =>
  /\.ya?ml$/i.test(name) && !name.split(/[\\/]/).some((part) => part.startsWith('.'));

async function listScenarioFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(isScenarioFile)
    .sort();
}

export async function createScenarioRegistry(options: ScenarioRegistryOptions): Promise<ScenarioRegistry> {
  const { dir, logger = quietLogger, debounceMs = 100, pollMs = 1000 } = options;
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`The scenario folder does not exist: ${dir}`);

  const files = new Map<string, FileEntry>();
  let index = new Map<string, Scenario>();
  let derived: ScenarioError[] = [];
  let version = 0;
  let seq = 0;
  let closed = false;

  async function scan(): Promise<boolean> {
    let changed = false;
    const names = await listScenarioFiles(dir).catch((error: unknown) => {
      logger.error({ dir, err: error }, 'cannot read the scenario folder');
      return undefined;
    });
    if (!names) return false;
    const present = new Set(names);
    for (const name of [...files.keys()]) {
      if (!present.has(name)) {
        files.delete(name);
        changed = true;
        logger.info({ file: name }, 'scenario file removed');
      }
    }
    for (const name of names) {
      const bytes = await readFile(join(dir, name)).catch(() => undefined);
      if (!bytes) continue; // Removed between listing and reading: the next event settles it.
      const previous = files.get(name);
      if (previous?.bytes.equals(bytes)) continue;
      changed = true;
      const result = parseScenarioBytes(bytes, name);
      const text = bytes.toString('utf8');
      const entry: FileEntry = { seq: previous?.seq ?? seq++, bytes, text, errors: [] };
      if (result.ok) {
        entry.scenario = result.scenario;
        entry.goodText = text;
        logger.info(
          { file: name, id: result.scenario.id },
          previous ? 'scenario updated' : 'scenario loaded',
        );
      } else {
        entry.scenario = previous?.scenario;
        entry.goodText = previous?.goodText;
        entry.errors = result.errors;
        logger.warn(
          { file: name, errors: result.errors, servingLastGood: Boolean(entry.scenario) },
          'scenario file has errors and is skipped',
        );
      }
      files.set(name, entry);
    }
    return changed;
  }

  function rebuild(): void {
    const next = new Map<string, Scenario>();
    const owner = new Map<string, string>();
    const problems: ScenarioError[] = [];
    const ordered = [...files.entries()].sort((a, b) => a[1].seq - b[1].seq);
    for (const [name, entry] of ordered) {
      const scenario = entry.scenario;
      if (!scenario) continue;
      const first = owner.get(scenario.id);
      if (first) {
        const at = locateInScenario(entry.goodText ?? entry.text, ['id']);
        problems.push({
          file: name,
          path: 'id',
          ...at,
          message: `\`id\` '${scenario.id}' is already used by ${first}`,
        });
        continue;
      }
      owner.set(scenario.id, name);
      next.set(scenario.id, scenario);
    }
    for (const [id, scenario] of next) {
      const name = owner.get(id)!;
      const text = files.get(name)!.goodText ?? '';
      for (const message of translationProblems(scenario, next)) {
        const at = locateInScenario(text, message.path);
        problems.push({ file: name, path: `translations.${message.path[1]}`, ...at, message: message.text });
      }
    }
    index = new Map([...next.entries()].sort((a, b) => a[0].localeCompare(b[0])));
    derived = problems;
  }

  // Reloads never overlap: a change during a reload schedules one more.
  let running: Promise<void> | undefined;
  let again = false;
  async function reload(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        if (await scan()) {
          rebuild();
          version++;
        }
      } while (again && !closed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      reload()
        .then(async () => {
          // A file written into a new folder before its watch began is found by one more scan.
          if (await folder?.sync()) schedule();
        })
        .catch((error: unknown) => logger.error({ err: error }, 'reloading scenarios failed'));
    }, debounceMs);
    timer.unref();
  };
  // Watching starts before the first read, so nothing saved in between is missed.
  const folder = options.watch === false ? undefined : watchFolder(dir, schedule, { logger, pollMs });
  await folder?.sync();
  await reload();
  logger.info(
    { dir, loaded: index.size, broken: [...files.values()].filter((f) => f.errors.length > 0).length },
    'scenarios loaded',
  );

  return {
    list(filter = {}) {
      return [...index.values()].filter(
        (s) =>
          (!filter.category || s.category === filter.category) &&
          (!filter.language || s.language === filter.language) &&
          (!filter.difficulty || s.difficulty === filter.difficulty),
      );
    },
    get: (id) => index.get(id),
    problems() {
      const broken = [...files.values()].flatMap((entry) => entry.errors);
      return [...broken, ...derived].sort(compareErrors);
    },
    get size() {
      return index.size;
    },
    get version() {
      return version;
    },
    reload,
    close() {
      closed = true;
      clearTimeout(timer);
      folder?.close();
    },
  };
}

/** Translation links must lead to a scenario of that language that links back. */
export function translationProblems(
  scenario: Scenario,
  byId: ReadonlyMap<string, Scenario>,
): { path: ['translations', string]; text: string }[] {
  const out: { path: ['translations', string]; text: string }[] = [];
  for (const [language, id] of Object.entries(scenario.translations)) {
    if (!id) continue;
    const field = `\`translations.${language}\``;
    const target = byId.get(id);
    let text: string | undefined;
    if (!target) text = `${field} points to '${id}', but there is no scenario with that id`;
    else if (target.language !== language)
      text = `${field} points to '${id}', which is in '${target.language}', not '${language}'`;
    else if (target.translations[scenario.language] !== scenario.id) {
      text = `${field} points to '${id}', but '${id}' does not point back: add \`${scenario.language}: ${scenario.id}\` to its translations`;
    }
    if (text) out.push({ path: ['translations', language], text });
  }
  return out;
}
