// The scenario studio's services over one scenario folder: list, read, check and save files, start new ones,
// and play a text before it is saved.
import { AppError } from '../errors.ts';
import type { RolePlayer } from '../roleplay/index.ts';
import { scoreHeuristic } from '../rubric/heuristic.ts';
import type { ExampleScorer, ParseCache } from '../scenarios/check.ts';
import { buildScenarioJsonSchema } from '../scenarios/json-schema.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';
import { checkText } from './check.ts';
import { type FileRef, fileVersion, listStudioFiles, parseFileRef, readScenarioFile } from './files.ts';
import { createPreviews } from './previews.ts';
import { createSaver, type SaveInput } from './save.ts';
import { newTemplate, translationTemplate } from './templates.ts';

export type StudioDeps = {
  /** SCENARIOS_DIR: the folder the registry serves. */
  dir: string;
  scenarios: ScenarioRegistry;
  clock: () => Date;
  /** The golden examples' scorer, as `scenarios:check` uses it. */
  score?: ExampleScorer;
  /** The persona of the previews, as sessions have it. */
  rolePlayer: RolePlayer;
  /** Replies a preview may have, as a session. */
  maxTurns: number;
};

export function createStudio(deps: StudioDeps) {
  const { dir } = deps;
  const score = deps.score ?? scoreHeuristic;
  // The rest of the library is parsed again only where a file changed: a check runs on every pause in typing.
  const cache: ParseCache = new Map();
  const save = createSaver({ dir, score, cache, clock: deps.clock, saved: () => deps.scenarios.reload() });
  async function read(ref: FileRef) {
    const bytes = await readScenarioFile(dir, ref);
    if (!bytes) throw new AppError('not_found', `No scenario file ${ref.file}.`);
    return { file: ref.file, text: bytes.toString('utf8'), version: fileVersion(bytes) };
  }
  return {
    list: () => listStudioFiles(dir),
    read,
    /** The file of the scenario with this id (its name), in whichever language folder holds it; null when none does. */
    async find(scenarioId: string) {
      const summary = (await listStudioFiles(dir)).find((file) => file.id === scenarioId);
      return summary ? read(parseFileRef(summary.file, 'scenarioId')) : null;
    },
    check: (text: string, ref?: FileRef) => checkText({ dir, score, cache }, text, ref),
    save: (ref: FileRef, input: SaveInput) => save(ref, input),
    newTemplate,
    translationTemplate: (input: Parameters<typeof translationTemplate>[1]) =>
      translationTemplate(dir, input),
    schema: buildScenarioJsonSchema,
    previews: createPreviews({ rolePlayer: deps.rolePlayer, clock: deps.clock, maxTurns: deps.maxTurns }),
  };
}

export type Studio = ReturnType<typeof createStudio>;
