// The scenario files the studio reads and writes: SCENARIOS_DIR/<language>/<name>.yaml and nothing else. A name
// is checked by pattern before any path is made of it, and only regular files are read (never a symlink), so no
// request reaches a file outside the folder.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import { parseScenarioBytes } from '../scenarios/parse.ts';
import { LANGUAGES, type Language, SCENARIO_ID, type STATUSES } from '../vocabulary.ts';

export const FILE_NAME = new RegExp(`${SCENARIO_ID.source.slice(0, -1)}\\.yaml$`);

/** A file's version: the first 16 hex digits of the SHA-256 of its bytes. */
export const fileVersion = (bytes: Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export type FileRef = { language: Language; name: string; file: string };

/** `en/foo.yaml` from its parts, refusing (400, with the field) anything but a language and a plain name. */
export function fileRef(language: string, name: string, field = 'name'): FileRef {
  if (!(LANGUAGES as readonly string[]).includes(language)) {
    throw new AppError('invalid_request', `The language must be one of ${LANGUAGES.join(', ')}.`, {
      path: field === 'name' ? 'language' : field,
    });
  }
  if (!FILE_NAME.test(name)) {
    throw new AppError(
      'invalid_request',
      'A scenario file name is lowercase letters, digits and dashes, ending in `.yaml` (e.g. `saying-no.yaml`).',
      { path: field },
    );
  }
  return { language: language as Language, name, file: `${language}/${name}` };
}

/** `en/foo.yaml` as a FileRef, for fields that name a file whole. */
export function parseFileRef(file: string, field: string): FileRef {
  const [language = '', name = '', ...rest] = file.split('/');
  if (rest.length > 0)
    throw new AppError('invalid_request', 'Name a file as `<language>/<name>.yaml`.', { path: field });
  return fileRef(language, name, field);
}

export const idOf = (ref: FileRef) => ref.name.slice(0, -'.yaml'.length);

/** The bytes of a file, or undefined when there is none. Anything but a regular file (a symlink, a folder) is refused. */
export async function readScenarioFile(dir: string, ref: FileRef): Promise<Buffer | undefined> {
  const path = join(dir, ref.language, ref.name);
  const info = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (!info) return undefined;
  if (!info.isFile()) {
    throw new AppError('invalid_request', `${ref.file} is not a regular file; the studio leaves it alone.`, {
      path: 'name',
    });
  }
  return readFile(path);
}

export type FileSummary = {
  file: string;
  id: string;
  language: Language;
  status: (typeof STATUSES)[number] | null;
  title: string | null;
  version: string;
};

/** Every scenario file of each language folder, drafts and broken files too (a broken one has no status or title). */
export async function listStudioFiles(dir: string): Promise<FileSummary[]> {
  const out: FileSummary[] = [];
  for (const language of LANGUAGES) {
    const entries = await readdir(join(dir, language), { withFileTypes: true }).catch(() => []);
    const names = entries
      .filter((entry) => entry.isFile() && FILE_NAME.test(entry.name))
      .map((entry) => entry.name)
      .sort();
    for (const name of names) {
      const ref = fileRef(language, name);
      const bytes = await readFile(join(dir, language, name)).catch(() => undefined);
      if (!bytes) continue; // Removed between listing and reading.
      const parsed = parseScenarioBytes(bytes, ref.file);
      out.push({
        file: ref.file,
        id: idOf(ref),
        language,
        status: parsed.ok ? parsed.scenario.status : null,
        title: parsed.ok ? parsed.scenario.title : null,
        version: fileVersion(bytes),
      });
    }
  }
  return out;
}
