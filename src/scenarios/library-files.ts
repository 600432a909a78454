import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseScenarioBytes } from './parse.ts';
import type { Scenario } from './schema.ts';

// Which files in a folder are scenarios, one rule for the server's registry, the authoring check, the
// rubric's measurements and the tools; and the library read straight from its folder for the last two.

/** A YAML file, not hidden and not in a hidden folder (`.git`, an editor's folder). */
export const isScenarioFile = (name: string) =>
  /\.ya?ml$/i.test(name) && !name.split(/[\\/]/).some((part) => part.startsWith('.'));

const scenarioFilesIn = (dir: string, entries: Dirent[]) =>
  entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(isScenarioFile)
    .sort();

/** The scenario files anywhere below `dir`: relative to it, with `/`, sorted. */
export async function listScenarioFiles(dir: string): Promise<string[]> {
  return scenarioFilesIn(dir, await readdir(dir, { recursive: true, withFileTypes: true }));
}

/**
 * Every scenario file below `root` that parses, drafts too, keyed `<language>/<id>`: for the rubric's
 * measurements and the tools. The server's registry does more (watching, drafts kept back, links checked).
 */
export function readLibrarySync(root: string): Map<string, Scenario> {
  const out = new Map<string, Scenario>();
  for (const file of scenarioFilesIn(root, readdirSync(root, { recursive: true, withFileTypes: true }))) {
    const parsed = parseScenarioBytes(readFileSync(join(root, file)), file);
    if (parsed.ok) out.set(`${parsed.scenario.language}/${parsed.scenario.id}`, parsed.scenario);
  }
  return out;
}
