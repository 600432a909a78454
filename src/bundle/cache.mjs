import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// A bundle kept on disk under a hash of the files it was made from, so a start with nothing changed reads it
// instead of bundling again. Plain JavaScript: the server's launcher (src/start.mjs) runs it before any
// TypeScript can load. The UI's bundle and the server's own are kept this way.

/**
 * A hash of what a bundle is made from: each input's path and content, and `salt` (the bundler's version and
 * how it bundles). Rejects when an input is gone.
 * @param {string[]} inputs absolute paths
 * @param {string} salt
 * @returns {Promise<string>}
 */
export async function sourceHash(inputs, salt) {
  const contents = await Promise.all(inputs.map((input) => readFile(input)));
  const hash = createHash('sha256').update(salt);
  inputs.forEach((input, i) => {
    hash.update(input).update(contents[i]);
  });
  return hash.digest('hex').slice(0, 16);
}

/**
 * The bundle `name` for its inputs as they are now: the file kept in `dir` when none of them changed, else a
 * new one from `make`, kept there for the next start (older ones of that name removed). A bundle just made
 * comes with its content; one that could not be kept (a read-only disk) has no file, and the next start
 * bundles again.
 * @param {{
 *   dir: string;
 *   name: string;
 *   ext: string;
 *   salt: string;
 *   make: () => Promise<{ inputs: string[]; content: string }>;
 * }} bundle
 * @returns {Promise<{ file: string | null; content: string | null }>}
 */
export async function cachedBundle({ dir, name, ext, salt, make }) {
  const fileFor = (key) => join(dir, `${name}-${key}.${ext}`);
  const inputsFile = join(dir, `${name}.inputs.json`);
  const kept = await readFile(inputsFile, 'utf8')
    .then((text) => JSON.parse(text))
    .then((inputs) => (Array.isArray(inputs) ? sourceHash(inputs, salt) : null))
    .catch(() => null);
  if (kept && existsSync(fileFor(kept))) return { file: fileFor(kept), content: null };

  const made = await make();
  try {
    const file = fileFor(await sourceHash(made.inputs, salt));
    await mkdir(dir, { recursive: true });
    await writeAside(file, made.content);
    await writeAside(inputsFile, JSON.stringify(made.inputs));
    const stale = (await readdir(dir)).filter(
      (entry) => entry.startsWith(`${name}-`) && entry.endsWith(`.${ext}`) && join(dir, entry) !== file,
    );
    await Promise.all(stale.map((entry) => rm(join(dir, entry), { force: true })));
    return { file, content: made.content };
  } catch {
    return { file: null, content: made.content };
  }
}

/** Written aside and renamed, so a process reading it meanwhile never sees half a file. */
async function writeAside(file, content) {
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, content);
  await rename(partial, file);
}
