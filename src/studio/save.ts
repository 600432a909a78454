// Saving a file from the studio: only a text the strict check passes, only over the version the author opened,
// one save of a file at a time, and atomically (a temporary file renamed over the old one, which is kept).
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import type { ExampleScorer, ParseCache } from '../scenarios/check.ts';
import { checkText } from './check.ts';
import { type FileRef, fileVersion, idOf, readScenarioFile } from './files.ts';

/** Where earlier versions go: a hidden folder, so the registry, its watcher and the check never read it. */
export const VERSIONS_FOLDER = '.versions';

export type SaveDeps = {
  dir: string;
  score: ExampleScorer;
  cache?: ParseCache;
  clock: () => Date;
  /** Called once a file is written, so the server serves it without waiting for the folder watcher. */
  saved?: () => Promise<void>;
};

export type SaveInput = { text: string; baseVersion: string | null };

/** Saves of one file wait for each other; saves of different files do not. */
export function createSaver(deps: SaveDeps) {
  const queues = new Map<string, Promise<unknown>>();
  const serialized = <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => {});
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return next;
  };

  return async function save(ref: FileRef, input: SaveInput): Promise<{ file: string; version: string }> {
    const checked = await checkText(deps, input.text, ref);
    if (!checked.valid) {
      const errors = checked.problems.filter((problem) => problem.severity === 'error');
      const first = errors[0];
      throw new AppError(
        'scenario_invalid',
        `${ref.file} is not saved: ${first?.message} (line ${first?.line}, column ${first?.column})${errors.length > 1 ? `, and ${errors.length - 1} more` : ''}.`,
        { problems: checked.problems },
      );
    }
    const result = await serialized(ref.file, () => write(deps, ref, input));
    await deps.saved?.();
    return result;
  };
}

async function write(deps: SaveDeps, ref: FileRef, input: SaveInput) {
  const current = await readScenarioFile(deps.dir, ref);
  if (input.baseVersion === null && current) {
    throw new AppError('file_exists', `${ref.file} exists already; open it to change it.`);
  }
  if (input.baseVersion !== null && (!current || fileVersion(current) !== input.baseVersion)) {
    throw new AppError(
      'file_changed',
      current
        ? `${ref.file} was changed by someone else since you opened it; nothing was saved.`
        : `${ref.file} was deleted since you opened it; nothing was saved.`,
      {
        theirs: current ? { text: current.toString('utf8'), version: fileVersion(current) } : null,
        yours: { text: input.text },
      },
    );
  }
  const folder = join(deps.dir, ref.language);
  await mkdir(folder, { recursive: true });
  const bytes = Buffer.from(input.text, 'utf8');
  // Hidden, so the folder watcher never reads a half-written file.
  const temporary = join(folder, `.${ref.name}.${randomUUID()}.tmp`);
  try {
    await writeDurably(temporary, bytes);
    if (current) {
      await keepPrevious(deps, ref, current);
      await rename(temporary, join(folder, ref.name));
    } else {
      // A link fails where a file appeared meanwhile (another program's), where a rename would overwrite it.
      await link(temporary, join(folder, ref.name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST')
          throw new AppError('file_exists', `${ref.file} exists already; open it to change it.`);
        throw error;
      });
    }
  } finally {
    await rm(temporary, { force: true });
  }
  await syncFolder(folder);
  return { file: ref.file, version: fileVersion(bytes) };
}

async function writeDurably(path: string, bytes: Uint8Array, flags = 'wx') {
  const handle = await open(path, flags);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** `.versions/<language>/<id>.<ISO time with - for :>.yaml`; a second save in the same millisecond gets a suffix. */
async function keepPrevious(deps: SaveDeps, ref: FileRef, bytes: Buffer) {
  const folder = join(deps.dir, VERSIONS_FOLDER, ref.language);
  await mkdir(folder, { recursive: true });
  const stamp = deps.clock().toISOString().replaceAll(':', '-');
  for (let n = 0; ; n++) {
    const name = `${idOf(ref)}.${stamp}${n === 0 ? '' : `-${n}`}.yaml`;
    try {
      await writeDurably(join(folder, name), bytes);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 100) throw error;
    }
  }
}

/** The rename itself is durable only once the folder is synced. */
async function syncFolder(folder: string) {
  const handle = await open(folder, constants.O_RDONLY).catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => {});
  await handle.close();
}
