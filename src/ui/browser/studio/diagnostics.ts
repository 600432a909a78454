// The check's problems (1-based `line:column`, as `npm run scenarios:check` prints them) as ranges of the
// editor's text. Pure: the editor only receives the result.

export type Problem = {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  path: string;
};

export type ProblemRange = {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  /** `line:column: message`, the check's own wording. */
  message: string;
};

/** `12:3: message` */
export const problemText = (problem: Pick<Problem, 'line' | 'column' | 'message'>) =>
  `${problem.line}:${problem.column}: ${problem.message}`;

/**
 * Each problem as a range of `text`: from its line and column to the end of what stands there (the rest of
 * the line, without trailing spaces). Positions beyond the text are pulled back inside it, so a problem
 * found in an older text still lands somewhere sensible.
 */
export function problemRanges(text: string, problems: readonly Problem[]): ProblemRange[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return problems.map((problem) => {
    const lineIndex = Math.min(Math.max(problem.line, 1), starts.length) - 1;
    const lineStart = starts[lineIndex]!;
    const lineEnd = lineIndex + 1 < starts.length ? starts[lineIndex + 1]! - 1 : text.length;
    const content = text.slice(lineStart, lineEnd).replace(/\s+$/, '');
    const from = lineStart + Math.min(Math.max(problem.column, 1) - 1, content.length);
    const to = Math.max(from, lineStart + content.length);
    return { from, to, severity: problem.severity, message: problemText(problem) };
  });
}

/** The offset where a 1-based line starts in `text` (the last line for one beyond it). */
export function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset;
}
