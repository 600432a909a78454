// The authoring check behind `npm run scenarios:check`: every file, the links between them, the golden examples.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { openingHistory } from '../rubric/calibrate.ts';
import type { Language, PrincipleId } from '../rubric/ids.ts';
import type { HistoryTurn } from '../rubric/types.ts';
import type { ScenarioError } from './errors.ts';
import { locateInScenario, parseScenarioBytes } from './parse.ts';
import { isScenarioFile, translationProblems } from './registry.ts';
import type { Rating, Scenario } from './schema.ts';

export type Severity = 'error' | 'warning';
export type Finding = ScenarioError & { severity: Severity };

/** The slice of a rubric scorer the check needs; the rubric's heuristic scorer fits it. */
export type ExampleScorer = (input: {
  reply: string;
  language: Language;
  focus: Scenario['focus'];
  history: HistoryTurn[];
}) =>
  | { overall: number; criteria?: { id: PrincipleId; score: number | null }[] }
  | Promise<{ overall: number; criteria?: { id: PrincipleId; score: number | null }[] }>;

export type CheckOptions = {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** Where translation links are looked up when they lead outside the checked files. */
  library?: string;
  score?: ExampleScorer;
};

export type CheckReport = { files: number; valid: number; findings: Finding[]; scored: boolean };

type Loaded = { file: string; text: string; scenario: Scenario };

const slash = (path: string) => path.split(sep).join('/');

async function filesUnder(path: string): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  if (info.isFile()) return isScenarioFile(path) ? [path] : [];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isScenarioFile(relative(path, join(entry.parentPath, entry.name))))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function load(files: string[], cwd: string, findings?: Finding[]): Promise<Loaded[]> {
  const loaded: Loaded[] = [];
  for (const absolute of files) {
    const file = slash(relative(cwd, absolute));
    const bytes = await readFile(absolute).catch(() => undefined);
    if (!bytes) {
      findings?.push({
        file,
        path: '',
        line: 1,
        column: 1,
        message: 'The file cannot be read',
        severity: 'error',
      });
      continue;
    }
    const result = parseScenarioBytes(bytes, file);
    if (result.ok) loaded.push({ file, text: bytes.toString('utf8'), scenario: result.scenario });
    else findings?.push(...result.errors.map((error) => ({ ...error, severity: 'error' as const })));
  }
  return loaded;
}

export async function checkScenarios(paths: string[], options: CheckOptions): Promise<CheckReport> {
  const findings: Finding[] = [];
  const files = new Set<string>();
  for (const path of paths) {
    const found = await filesUnder(resolve(options.cwd, path));
    if (found) for (const file of found) files.add(file);
    else
      findings.push({
        file: path,
        path: '',
        line: 1,
        column: 1,
        message: 'No such file or folder',
        severity: 'error',
      });
  }
  const loaded = await load([...files], options.cwd, findings);

  const byId = new Map<string, Loaded>();
  for (const entry of loaded) {
    findings.push(...placeholders(entry), ...schemaComment(entry));
    const first = byId.get(entry.scenario.id);
    if (first) {
      const at = locateInScenario(entry.text, ['id']);
      const message = `\`id\` '${entry.scenario.id}' is already used by ${first.file}`;
      findings.push({ file: entry.file, path: 'id', ...at, message, severity: 'error' });
    } else byId.set(entry.scenario.id, entry);
  }

  const lookup = new Map([...byId].map(([id, entry]) => [id, entry.scenario]));
  if (options.library) {
    const library = (await filesUnder(resolve(options.cwd, options.library))) ?? [];
    for (const entry of await load(
      library.filter((file) => !files.has(file)),
      options.cwd,
    )) {
      if (!lookup.has(entry.scenario.id)) lookup.set(entry.scenario.id, entry.scenario);
    }
  }
  for (const entry of byId.values()) {
    for (const problem of translationProblems(entry.scenario, lookup)) {
      const at = locateInScenario(entry.text, problem.path);
      findings.push({
        file: entry.file,
        path: `translations.${problem.path[1]}`,
        ...at,
        message: problem.text,
        severity: 'error',
      });
    }
  }

  if (options.score) {
    for (const entry of byId.values()) findings.push(...(await checkExamples(entry, options.score)));
  }
  findings.sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.column - b.column,
  );
  return { files: files.size, valid: loaded.length, findings, scored: Boolean(options.score) };
}

/** Without the first-line schema comment editors neither complete nor underline. */
function schemaComment(entry: Loaded): Finding[] {
  if (entry.text.replace(/^\uFEFF/, '').startsWith('# yaml-language-server: $schema=')) return [];
  const message =
    'the file should start with `# yaml-language-server: $schema=../scenario.schema.json` so editors complete and check it';
  return [{ file: entry.file, path: '', line: 1, column: 1, message, severity: 'warning' }];
}

/** A scaffolded file is valid on purpose; its TODO lines still need writing. */
function placeholders(entry: Loaded): Finding[] {
  const lines = entry.text.split('\n');
  const index = lines.findIndex((line) => !line.trimStart().startsWith('#') && line.includes('TODO'));
  if (index < 0) return [];
  const count = lines.filter((line) => !line.trimStart().startsWith('#') && line.includes('TODO')).length;
  return [
    {
      file: entry.file,
      path: '',
      line: index + 1,
      column: lines[index]!.indexOf('TODO') + 1,
      message: `${count} TODO placeholder${count === 1 ? '' : 's'} still to write`,
      severity: 'warning',
    },
  ];
}

const RANK: Record<Rating, number> = { good: 2, fair: 1, poor: 0 };

/** Golden examples must come out in the order their ratings say: good above fair above poor. */
async function checkExamples(entry: Loaded, score: ExampleScorer): Promise<Finding[]> {
  const { scenario } = entry;
  const scored = [];
  for (const [index, example] of scenario.examples.entries()) {
    // Scored as calibration scores them: as answers to the persona's opening.
    const result = await score({
      reply: example.reply,
      language: scenario.language,
      focus: scenario.focus,
      history: openingHistory(scenario),
    });
    scored.push({ index, example, result, at: locateInScenario(entry.text, ['examples', index]) });
  }
  const findings: Finding[] = [];
  for (const current of scored) {
    const lowerRated = scored.filter((other) => RANK[other.example.rating] < RANK[current.example.rating]);
    const beaten = lowerRated.filter((other) => other.result.overall >= current.result.overall);
    const worst = beaten.sort((a, b) => b.result.overall - a.result.overall)[0];
    const round = (n: number) => Math.round(n);
    if (worst) {
      findings.push({
        file: entry.file,
        path: `examples[${current.index}]`,
        ...current.at,
        message: `golden example rated ${current.example.rating} scores ${round(current.result.overall)}/100, not above the ${worst.example.rating} example at line ${worst.at.line} (${round(worst.result.overall)}/100)`,
        severity: 'warning',
      });
    }
    for (const [principle, expected] of Object.entries(current.example.scores ?? {})) {
      const actual = current.result.criteria?.find((criterion) => criterion.id === principle)?.score;
      if (actual === undefined || expected === undefined) continue;
      if (actual === null || Math.abs(actual - expected) > 1) {
        findings.push({
          file: entry.file,
          path: `examples[${current.index}].scores.${principle}`,
          ...current.at,
          message: `golden example expects ${principle} ${expected}, the heuristic rubric gives ${actual ?? 'no score'}`,
          severity: 'warning',
        });
      }
    }
  }
  return findings;
}

export function formatFinding(finding: Finding): string {
  const prefix = finding.severity === 'warning' ? 'warning: ' : '';
  return `${finding.file ?? '<input>'}:${finding.line}:${finding.column}: ${prefix}${finding.message}`;
}

export function summarise(report: CheckReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const examples = report.scored ? '' : ' (golden examples not scored: no heuristic rubric available)';
  return `${plural(report.files, 'file')} checked, ${report.valid} valid: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${examples}`;
}
