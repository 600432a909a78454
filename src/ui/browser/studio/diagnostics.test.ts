import { describe, expect, it } from 'vitest';
import { lineOffset, problemRanges } from './diagnostics.ts';

const TEXT = 'id: demo\nstatus: drafty   \nlanguage: en\n\nlast';

const problem = (line: number, column: number, message = 'Wrong') =>
  ({ severity: 'error', message, line, column, path: '' }) as const;

describe('problems as ranges of the text', () => {
  it('runs from line:column to the end of what stands on the line, without trailing spaces', () => {
    const [range] = problemRanges(TEXT, [problem(2, 9, 'Invalid option')]);
    expect(TEXT.slice(range!.from, range!.to)).toBe('drafty');
    expect(range).toMatchObject({ severity: 'error', message: '2:9: Invalid option' });
  });

  it('covers the whole line from column 1', () => {
    const [range] = problemRanges(TEXT, [problem(3, 1)]);
    expect(TEXT.slice(range!.from, range!.to)).toBe('language: en');
  });

  it('keeps the severity of a warning', () => {
    expect(problemRanges(TEXT, [{ ...problem(1, 1), severity: 'warning' }])[0]?.severity).toBe('warning');
  });

  it.each([
    ['an empty line', problem(4, 1), 'id: demo\nstatus: drafty   \nlanguage: en\n'.length],
    ['a column beyond the line', problem(1, 40), 'id: demo'.length],
    ['a line beyond the text', problem(99, 1), TEXT.length - 'last'.length],
    ['line 0', problem(0, 0), 0],
  ])('pulls %s back inside the text', (_name, input, from) => {
    const [range] = problemRanges(TEXT, [input]);
    expect(range!.from).toBe(from);
    expect(range!.to).toBeGreaterThanOrEqual(range!.from);
    expect(range!.to).toBeLessThanOrEqual(TEXT.length);
  });

  it('finds where a line starts', () => {
    expect(lineOffset(TEXT, 1)).toBe(0);
    expect(lineOffset(TEXT, 3)).toBe(TEXT.indexOf('language'));
    expect(lineOffset(TEXT, 50)).toBe(TEXT.indexOf('last'));
  });
});
