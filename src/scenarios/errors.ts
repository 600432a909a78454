/** One problem in a scenario file, pointing at the exact place an author has to look. */
export type ScenarioError = {
  /** The file the problem is in, when known (relative to the scenario folder in the registry). */
  file?: string;
  /** Field path such as `persona.hiddenNeeds[0]`; '' for the file as a whole. */
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
};

/** An error keeps a file (or its newest version) out of the library; a warning is worth fixing but harms nothing. */
export type Severity = 'error' | 'warning';
export type Finding = ScenarioError & {
  severity: Severity;
  /** Lines that explain the finding further, printed indented under it (what the rubric saw in an example). */
  details?: string[];
};

export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;

/** `['persona', 'hiddenNeeds', 0]` → `persona.hiddenNeeds[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (PLAIN_KEY.test(key)) out += out ? `.${key}` : key;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** The line editors and CI annotate: `file:line:column: message`. */
export function formatScenarioError(error: ScenarioError): string {
  return `${error.file ?? '<input>'}:${error.line}:${error.column}: ${error.message}`;
}

export function compareErrors(a: ScenarioError, b: ScenarioError): number {
  return (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.column - b.column;
}
