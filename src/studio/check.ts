// The studio's check of one text: what `npm run scenarios:check -- --strict FILE` says of that file, with the
// rest of the library around it, and the golden examples as the rubric scores them now.
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import { ratingOf } from '../rubric/calibrate.ts';
import { PRINCIPLE_IDS, type PrincipleId } from '../rubric/ids.ts';
import {
  checkLoaded,
  type ExampleScorer,
  loadFiles,
  type ParseCache,
  type ScoredExample,
} from '../scenarios/check.ts';
import { compareErrors, type Finding } from '../scenarios/errors.ts';
import { principleScoreOff } from '../scenarios/golden-examples.ts';
import { listScenarioFiles } from '../scenarios/library-files.ts';
import { MAX_SCENARIO_BYTES, parseScenario } from '../scenarios/parse.ts';
import type { Rating } from '../vocabulary.ts';
import type { FileRef } from './files.ts';

export type Problem = Pick<Finding, 'severity' | 'message' | 'line' | 'column' | 'path'>;

export type ExampleView = {
  index: number;
  line: number;
  expected: Rating;
  got: Rating;
  score: number;
  inBand: boolean;
  principles: Partial<Record<PrincipleId, number>>;
  /** The per-principle scores the example declares (`scores`), where it does. */
  expectedPrinciples: Partial<Record<PrincipleId, number>>;
  /** The declared principles whose score is off by more than the strict check allows. */
  principlesOff: PrincipleId[];
  moves: string[];
  /** The must-do acts (acts.core) the reply does, and those it misses. */
  actsMet: string[];
  actsMissed: string[];
  /** The must-not acts (acts.mustNot) the reply does. */
  mustNotDone: string[];
};

export type TextCheck = { valid: boolean; problems: Problem[]; examples: ExampleView[] };

/** Refuses what no check should be asked to read: an empty text (400) or one over the file size limit (413). */
export function assertCheckable(text: string): void {
  if (text.trim() === '') {
    throw new AppError('invalid_request', 'The text is empty: write or paste a scenario.', { path: 'text' });
  }
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_SCENARIO_BYTES) {
    throw new AppError(
      'payload_too_large',
      `A scenario file may be at most ${MAX_SCENARIO_BYTES / 1024} KB.`,
      {
        path: 'text',
        length: bytes,
      },
    );
  }
}

/**
 * Checks `text` as the file `ref` of the library in `dir` (strictly: a golden example out of its band is an
 * error). Without a file the text is checked where its id and language would put it.
 */
export async function checkText(
  deps: { dir: string; score: ExampleScorer; cache?: ParseCache },
  text: string,
  ref?: FileRef,
): Promise<TextCheck> {
  assertCheckable(text);
  const parsed = parseScenario(text, ref?.file);
  if (!parsed.ok) return { valid: false, problems: parsed.errors.map(toProblem('error')), examples: [] };
  const warnings = parsed.warnings.map(toProblem('warning'));
  const { scenario } = parsed;
  const entry = { file: ref?.file ?? `${scenario.language}/${scenario.id}.yaml`, text, scenario };
  const around = await libraryAround(deps, entry.file);
  const checked = await checkLoaded([entry], around, { score: deps.score, strict: true });
  const problems = [...warnings, ...checked.findings.map(toProblem())].sort(
    (a, b) => compareErrors(a, b) || a.message.localeCompare(b.message),
  );
  return {
    valid: !problems.some((problem) => problem.severity === 'error'),
    problems,
    examples: (checked.examples.get(entry.file) ?? []).map(toExampleView),
  };
}

/** The other files of the library, parsed: their ids are taken and translation links may lead to them. */
async function libraryAround({ dir, cache }: { dir: string; cache?: ParseCache }, file: string) {
  const names = await listScenarioFiles(dir).catch(() => []);
  const paths = names.filter((name) => name !== file).map((name) => join(dir, name));
  if (cache) for (const path of cache.keys()) if (!paths.includes(path)) cache.delete(path);
  return loadFiles(paths, dir, undefined, cache);
}

export const toProblem =
  (severity?: Finding['severity']) =>
  (finding: Omit<Finding, 'severity'> & { severity?: Finding['severity'] }): Problem => ({
    severity: severity ?? finding.severity ?? 'error',
    message: finding.message,
    line: finding.line,
    column: finding.column,
    path: finding.path,
  });

function toExampleView(scored: ScoredExample): ExampleView {
  const score = Math.round(scored.result.overall);
  const got = ratingOf(score);
  const principles: ExampleView['principles'] = {};
  for (const id of PRINCIPLE_IDS) {
    const value = scored.result.criteria?.find((criterion) => criterion.id === id)?.score;
    if (typeof value === 'number') principles[id] = value;
  }
  const expectedPrinciples: ExampleView['expectedPrinciples'] = {};
  const principlesOff: PrincipleId[] = [];
  for (const id of PRINCIPLE_IDS) {
    const expected = scored.example.scores?.[id];
    if (typeof expected !== 'number') continue;
    expectedPrinciples[id] = expected;
    const got = scored.result.criteria?.find((criterion) => criterion.id === id)?.score;
    if (got !== undefined && principleScoreOff(expected, got)) principlesOff.push(id);
  }
  return {
    index: scored.index,
    line: scored.line,
    expected: scored.example.rating,
    got,
    score,
    inBand: got === scored.example.rating,
    principles,
    expectedPrinciples,
    principlesOff,
    moves: (scored.result.moves ?? []).map((move) => move.id),
    actsMet: scored.acts?.met ?? [],
    actsMissed: scored.acts?.missed ?? [],
    mustNotDone: scored.acts?.mustNot ?? [],
  };
}
