// The scenario studio's services over one scenario folder: list, read, check and save files.
import { AppError } from '../errors.ts';
import { scoreHeuristic } from '../rubric/heuristic.ts';
import type { ExampleScorer, ParseCache } from '../scenarios/check.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import { checkText } from './check.ts';
import { type FileRef, fileVersion, listStudioFiles, readScenarioFile } from './files.ts';
import { createSaver, type SaveInput } from './save.ts';

export type StudioDeps = {
  /** SCENARIOS_DIR: the folder the registry serves. */
  dir: string;
  scenarios: ScenarioRegistry;
  clock: () => Date;
  /** The golden examples' scorer, as `scenarios:check` uses it. */
  score?: ExampleScorer;
};

export function createStudio(deps: StudioDeps) {
  const { dir } = deps;
  const score = deps.score ?? scoreHeuristic;
  // The rest of the library is parsed again only where a file changed: a check runs on every pause in typing.
  const cache: ParseCache = new Map();
  const save = createSaver({ dir, score, cache, clock: deps.clock, saved: () => deps.scenarios.reload() });
  return {
    list: () => listStudioFiles(dir),
    async read(ref: FileRef) {
      const bytes = await readScenarioFile(dir, ref);
      if (!bytes) throw new AppError('not_found', `No scenario file ${ref.file}.`);
      return { file: ref.file, text: bytes.toString('utf8'), version: fileVersion(bytes) };
    },
    check: (text: string, ref?: FileRef) => checkText({ dir, score, cache }, text, ref),
    save: (ref: FileRef, input: SaveInput) => save(ref, input),
  };
}

export type Studio = ReturnType<typeof createStudio>;
