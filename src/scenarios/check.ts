// The authoring check behind `npm run scenarios:check`: every file, the links between them, the golden examples.
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Finding } from './errors.ts';
import {
  type ExampleScorer,
  exampleFindings,
  type ScoredExample,
  scoreGoldenExamples,
} from './golden-examples.ts';
import { checkLibrary, type LibraryEntry } from './library-check.ts';
import { isScenarioFile, listScenarioFiles } from './library-files.ts';
import { type ParseResult, parseScenarioBytes } from './parse.ts';

export type { Finding, Severity } from './errors.ts';
export type { ExampleResult, ExampleScorer, ScoredExample } from './golden-examples.ts';

export type CheckOptions = {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** Where translation links are looked up when they lead outside the checked files. */
  library?: string;
  score?: ExampleScorer;
  /** Golden examples are tests: one out of its band (or missing its expected scores or acts) is an error. */
  strict?: boolean;
};

export type CheckReport = {
  files: number;
  /** Files without errors, by status. */
  published: number;
  drafts: number;
  findings: Finding[];
  scored: boolean;
  strict: boolean;
};

const slash = (path: string) => path.split(sep).join('/');

async function filesUnder(path: string): Promise<string[] | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return undefined;
  if (info.isFile()) return isScenarioFile(path) ? [path] : [];
  return (await listScenarioFiles(path)).map((file) => join(path, file));
}

/** Parsed files by path, kept while their bytes stay the same: for a caller that loads the same library often. */
export type ParseCache = Map<string, { bytes: Buffer; result: ParseResult }>;

export async function loadFiles(
  files: string[],
  cwd: string,
  findings?: Finding[],
  cache?: ParseCache,
): Promise<LibraryEntry[]> {
  const loaded: LibraryEntry[] = [];
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
    const cached = cache?.get(absolute);
    const result = cached?.bytes.equals(bytes) ? cached.result : parseScenarioBytes(bytes, file);
    cache?.set(absolute, { bytes, result });
    if (result.ok) {
      loaded.push({ file, text: bytes.toString('utf8'), scenario: result.scenario });
      findings?.push(...result.warnings.map((warning) => ({ ...warning, severity: 'warning' as const })));
    } else findings?.push(...result.errors.map((error) => ({ ...error, severity: 'error' as const })));
  }
  return loaded;
}

export type LoadedCheck = {
  findings: Finding[];
  /** The golden examples of each file that was scored, by file. */
  examples: Map<string, ScoredExample[]>;
};

/**
 * What is checked once files are parsed: the links between them (the same check the server makes of its
 * folder), then the golden examples of each file that keeps its id. The command and the studio both run it.
 */
export async function checkLoaded(
  loaded: readonly LibraryEntry[],
  around: readonly LibraryEntry[],
  options: Pick<CheckOptions, 'score' | 'strict'>,
): Promise<LoadedCheck> {
  const library = checkLibrary(loaded, around);
  const findings = [...library.findings];
  const examples = new Map<string, ScoredExample[]>();
  const { score } = options;
  if (score) {
    const severity = options.strict ? 'error' : 'warning';
    for (const entry of loaded) {
      if (library.files.get(entry.scenario.id) !== entry.file) continue;
      const scored = await scoreGoldenExamples(entry, score);
      examples.set(entry.file, scored);
      findings.push(...exampleFindings(entry.file, scored, severity));
    }
  }
  return { findings, examples };
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
  const loaded = await loadFiles([...files], options.cwd, findings);

  const around = options.library
    ? await loadFiles(
        ((await filesUnder(resolve(options.cwd, options.library))) ?? []).filter((file) => !files.has(file)),
        options.cwd,
      )
    : [];
  const checked = await checkLoaded(loaded, around, options);
  findings.push(...checked.findings);
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
    strict: Boolean(options.score && options.strict),
  };
}

/** `file:line:column: message`, then the finding's details indented under it. */
export function formatFinding(finding: Finding): string {
  const prefix = finding.severity === 'warning' ? 'warning: ' : '';
  const head = `${finding.file ?? '<input>'}:${finding.line}:${finding.column}: ${prefix}${finding.message}`;
  return [head, ...(finding.details ?? []).map((line) => `    ${line}`)].join('\n');
}

/** `3 files checked: 1 published, 1 draft, 1 with errors — 2 errors, 1 warning (strict: …)`. */
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
  const examples = !report.scored
    ? ' (golden examples not scored: no heuristic rubric available)'
    : report.strict
      ? ' (strict: a golden example out of its band is an error)'
      : ' (golden examples only warn: --strict makes them errors)';
  return `${plural(report.files, 'file')} checked${kinds.length > 0 ? `: ${kinds.join(', ')}` : ''} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${examples}`;
}
