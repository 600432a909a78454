// The live set of scenarios: loaded at start, kept in step with the folder, never broken by one bad file.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Category, Difficulty, Language } from '../vocabulary.ts';
import { compareErrors, type Finding, formatScenarioError } from './errors.ts';
import { checkLibrary } from './library-check.ts';
import { listScenarioFiles } from './library-files.ts';
import { parseScenarioBytes } from './parse.ts';
import type { Scenario } from './schema.ts';
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
  /**
   * What is wrong in the folder, as `npm run scenarios:check` says it (golden examples aside): broken files,
   * clashing ids, translation links that lead nowhere (errors), and what is worth fixing (warnings).
   */
  problems(): Finding[];
  /** Files with errors whose last good version is served meanwhile. */
  servedFromLastGood(): { file: string; id: string }[];
  /** Published scenarios served now. */
  readonly size: number;
  /** Drafts in the folder: checked, never served. */
  readonly drafts: number;
  /** Goes up on every change, for caches and tests. */
  readonly version: number;
  /** Read the folder again now (the watcher does this by itself). */
  reload(): Promise<void>;
  /** Resolves once the folder has been read the first time; until then the registry is empty. */
  readonly loaded: Promise<void>;
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
  /** The newest version's errors, or its warnings when it parsed. */
  findings: Finding[];
};

const noop = () => {};
const quietLogger: Logger = { info: noop, warn: noop, error: noop };

/** The registry once the folder has been read. */
export async function createScenarioRegistry(options: ScenarioRegistryOptions): Promise<ScenarioRegistry> {
  const registry = openScenarioRegistry(options);
  await registry.loaded;
  return registry;
}

/**
 * The registry at once, empty until `loaded` resolves: a server can take its port while the folder is read.
 * `loaded` rejects when the folder does not exist.
 */
export function openScenarioRegistry(options: ScenarioRegistryOptions): ScenarioRegistry {
  const { dir, logger = quietLogger, debounceMs = 100, pollMs = 1000 } = options;

  const files = new Map<string, FileEntry>();
  let index = new Map<string, Scenario>();
  let drafts = 0;
  /** The file each served scenario comes from. */
  let sources = new Map<string, string>();
  let derived: Finding[] = [];
  /** Problems already logged, so each is logged once when it appears and once when it is gone. */
  let logged = new Map<string, Finding>();
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
      const entry: FileEntry = { seq: previous?.seq ?? seq++, bytes, text, findings: [] };
      if (result.ok) {
        entry.scenario = result.scenario;
        entry.goodText = text;
        entry.findings = result.warnings.map((warning) => ({ ...warning, severity: 'warning' as const }));
        logger.info(
          { file: name, id: result.scenario.id, status: result.scenario.status },
          previous ? 'scenario updated' : 'scenario loaded',
        );
      } else {
        entry.scenario = previous?.scenario;
        entry.goodText = previous?.goodText;
        entry.findings = result.errors.map((error) => ({ ...error, severity: 'error' as const }));
      }
      files.set(name, entry);
    }
    return changed;
  }

  function rebuild(): void {
    const ordered = [...files.entries()].sort((a, b) => a[1].seq - b[1].seq);
    const library = checkLibrary(
      ordered.flatMap(([file, entry]) =>
        entry.scenario ? [{ file, text: entry.goodText ?? entry.text, scenario: entry.scenario }] : [],
      ),
    );
    index = new Map([...library.served.entries()].sort((a, b) => a[0].localeCompare(b[0])));
    drafts = library.drafts.size;
    sources = library.files;
    derived = library.findings;
    logChanges();
  }

  function currentProblems(): Finding[] {
    return [...[...files.values()].flatMap((entry) => entry.findings), ...derived].sort(compareErrors);
  }

  /** A file whose newest version is broken while the version before it is served. */
  function servedFromLastGood(): { file: string; id: string }[] {
    return [...files.entries()].flatMap(([file, entry]) => {
      const id = entry.scenario?.id;
      const broken = entry.findings.some((finding) => finding.severity === 'error');
      return broken && id && index.has(id) && sources.get(id) === file ? [{ file, id }] : [];
    });
  }

  /** Each problem is logged at warn when it appears, and at info when it is fixed. */
  function logChanges(): void {
    const now = new Map(currentProblems().map((problem) => [formatScenarioError(problem), problem]));
    const lastGood = new Set(servedFromLastGood().map((served) => served.file));
    for (const [text, problem] of now) {
      if (logged.has(text)) continue;
      const served = problem.severity === 'error' && lastGood.has(problem.file ?? '');
      logger.warn(
        { ...problem, ...(served ? { servedFromLastGood: true } : {}) },
        `scenario ${problem.severity}: ${text}`,
      );
    }
    for (const [text, problem] of logged) {
      if (!now.has(text)) logger.info({ file: problem.file }, `scenario problem fixed: ${text}`);
    }
    logged = now;
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
  let folder: ReturnType<typeof watchFolder> | undefined;
  const loaded = (async () => {
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) throw new Error(`The scenario folder does not exist: ${dir}`);
    if (closed) return;
    // Watching starts before the first read, so nothing saved in between is missed.
    folder = options.watch === false ? undefined : watchFolder(dir, schedule, { logger, pollMs });
    await folder?.sync();
    await reload();
    logger.info(
      {
        dir,
        loaded: index.size,
        drafts,
        broken: [...files.values()].filter((f) => f.findings.some((x) => x.severity === 'error')).length,
      },
      'scenarios loaded',
    );
  })();
  // Whoever needs the scenarios awaits `loaded` and sees its failure.
  loaded.catch(() => {});

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
    problems: currentProblems,
    servedFromLastGood,
    get size() {
      return index.size;
    },
    get drafts() {
      return drafts;
    },
    get version() {
      return version;
    },
    reload,
    loaded,
    close() {
      closed = true;
      clearTimeout(timer);
      folder?.close();
    },
  };
}
