// The authoring check behind `npm run scenarios:check`: every file, the links between them, the golden examples.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { openingHistory } from '../rubric/calibrate.ts';
import { findAct, scenarioContext } from '../rubric/context.ts';
import type { Language, PrincipleId } from '../rubric/ids.ts';
import { analysisText } from '../rubric/text.ts';
import type { DetectedMove, HistoryTurn, ScenarioContext } from '../rubric/types.ts';
import type { Finding } from './errors.ts';
import { checkLibrary, type LibraryEntry } from './library-check.ts';
import { locateInScenario, parseScenarioBytes } from './parse.ts';
import { isScenarioFile } from './registry.ts';
import type { Rating, Scenario } from './schema.ts';

export type { Finding, Severity } from './errors.ts';

/** The slice of a rubric scorer the check needs; the rubric's heuristic scorer fits it. */
export type ExampleScorer = (input: {
  reply: string;
  language: Language;
  focus: Scenario['focus'];
  history: HistoryTurn[];
  scenario: ScenarioContext;
}) => ExampleResult | Promise<ExampleResult>;
type ExampleResult = {
  overall: number;
  criteria?: { id: PrincipleId; score: number | null }[];
  moves?: DetectedMove[];
};

export type CheckOptions = {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** Where translation links are looked up when they lead outside the checked files. */
  library?: string;
  score?: ExampleScorer;
};

export type CheckReport = {
  files: number;
  /** Files without errors, by status. */
  published: number;
  drafts: number;
  findings: Finding[];
  scored: boolean;
};

type Loaded = LibraryEntry;

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
    if (result.ok) {
      loaded.push({ file, text: bytes.toString('utf8'), scenario: result.scenario });
      findings?.push(...result.warnings.map((warning) => ({ ...warning, severity: 'warning' as const })));
    } else findings?.push(...result.errors.map((error) => ({ ...error, severity: 'error' as const })));
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

  const around = options.library
    ? await load(
        ((await filesUnder(resolve(options.cwd, options.library))) ?? []).filter((file) => !files.has(file)),
        options.cwd,
      )
    : [];
  // The same check the server makes of its folder.
  const library = checkLibrary(loaded, around);
  findings.push(...library.findings);
  const checked = loaded.filter((entry) => library.files.get(entry.scenario.id) === entry.file);

  if (options.score) {
    for (const entry of checked) findings.push(...(await checkExamples(entry, options.score)));
  }
  findings.sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.column - b.column,
  );
  const broken = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file));
  const fine = loaded.filter((entry) => !broken.has(entry.file));
  return {
    files: files.size,
    published: fine.filter((entry) => entry.scenario.status === 'published').length,
    drafts: fine.filter((entry) => entry.scenario.status === 'draft').length,
    findings,
    scored: Boolean(options.score),
  };
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
      scenario: scenarioContext(scenario),
    });
    scored.push({ index, example, result, at: locateInScenario(entry.text, ['examples', index]) });
  }
  const findings: Finding[] = [...checkActs(entry, scored)];
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

type Scored = {
  index: number;
  example: Scenario['examples'][number];
  result: ExampleResult;
  at: ReturnType<typeof locateInScenario>;
};

/** The scenario's acts must say what its golden examples do: a good one does the core act, none a must-not. */
function checkActs(entry: Loaded, scored: Scored[]): Finding[] {
  const { acts, language } = entry.scenario;
  if (!acts) return [];
  const findings: Finding[] = [];
  for (const { index, example, result, at } of scored) {
    const text = analysisText(example.reply);
    const warn = (message: string) =>
      findings.push({ file: entry.file, path: `examples[${index}]`, ...at, message, severity: 'warning' });
    if (example.rating === 'good' && !findAct(acts.core, text, result.moves ?? [], language, false)) {
      warn(
        `golden example rated good does not do the core act "${acts.core.label}": add its words to acts.core`,
      );
    }
    if (example.rating === 'poor') continue;
    for (const check of acts.mustNot) {
      const found = findAct(check, text, result.moves ?? [], language, true);
      if (found)
        warn(
          `golden example rated ${example.rating} does the must-not act "${check.label}" ("${found.quote}")`,
        );
    }
  }
  return findings;
}

export function formatFinding(finding: Finding): string {
  const prefix = finding.severity === 'warning' ? 'warning: ' : '';
  return `${finding.file ?? '<input>'}:${finding.line}:${finding.column}: ${prefix}${finding.message}`;
}

/** `3 files checked: 1 published, 1 draft, 1 with errors — 2 errors, 1 warning`. */
export function summarise(report: CheckReport): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const broken = report.files - report.published - report.drafts;
  const kinds = [
    report.published > 0 ? `${report.published} published` : '',
    report.drafts > 0 ? plural(report.drafts, 'draft') : '',
    broken > 0 ? `${broken} with errors` : '',
  ].filter(Boolean);
  const examples = report.scored ? '' : ' (golden examples not scored: no heuristic rubric available)';
  return `${plural(report.files, 'file')} checked${kinds.length > 0 ? `: ${kinds.join(', ')}` : ''} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${examples}`;
}
