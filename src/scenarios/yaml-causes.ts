// The usual YAML slips of an author, recognised from the lines around a syntax error and explained as a cause
// and a fix. The parser's own words ("Nested mappings are not allowed in compact mappings") are about YAML,
// and often point at the line above the one to change.
import { stringify } from 'yaml';

export type Explained = {
  offset: number;
  message: string;
  /** For a field in the wrong place: where a field it should line up with starts. */
  siblingAt?: number;
};

type Line = {
  /** Offset of the line's first character in the source. */
  start: number;
  text: string;
  indent: number;
  /** `name` of a `name: value` or `name:` line. */
  key?: string;
  /** What follows `name: ` (or `- `), trimmed at the end. */
  value?: string;
  /** Offset of the value in the source. */
  valueStart?: number;
  /** The line is a list item (`- value`). */
  item?: boolean;
};

const KEY_LINE = /^( *)([A-Za-z][\w-]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(.*)$/;

function readLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of source.split('\n')) {
    const text = raw.replace(/\r$/, '');
    const indent = text.length - text.trimStart().length;
    const line: Line = { start, text, indent };
    const key = KEY_LINE.exec(text);
    const item = ITEM_LINE.exec(text);
    if (key) {
      line.key = key[2];
      if (key[3] !== undefined) {
        line.value = key[3].trimEnd();
        line.valueStart = start + text.indexOf(key[3], indent + key[2]!.length + 1);
      }
    } else if (item) {
      line.item = true;
      line.value = item[2]!.trimEnd();
      line.valueStart = start + text.indexOf(item[2]!, indent + 1);
    }
    lines.push(line);
    start += raw.length + 1;
  }
  return lines;
}

const isContent = (line: Line) => line.text.trim() !== '' && !line.text.trimStart().startsWith('#');

/** A line that opens a group or a block of text: what follows it may be indented further. */
const opens = (line: Line) =>
  (line.key !== undefined &&
    (line.value === undefined || line.value === '' || /^[|>][-+0-9]*$/.test(line.value))) ||
  (line.item === true && (line.value === '' || KEY_LINE.test(`${' '.repeat(line.indent + 2)}${line.value}`)));

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;
const what = (line: Line) => (line.key ? `\`${line.key}\`` : 'the list item');

/** How a text is written so YAML reads it as that text: plain when it can be, quoted when it must. */
function asYamlText(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

function lineAt(lines: Line[], offset: number): number {
  let index = 0;
  while (index + 1 < lines.length && lines[index + 1]!.start <= offset) index++;
  return index;
}

function previousContent(lines: Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (isContent(lines[i]!)) return lines[i];
  return undefined;
}

/** `title: "Saying "no" to it"` or `role: 'Sam's lead'`: the quote that opens the text ends it too early. */
function quoteEndsEarly(line: Line): Explained | undefined {
  const value = line.value;
  if (!value || line.valueStart === undefined) return undefined;
  const quote = value[0];
  if (quote !== '"' && quote !== "'") return undefined;
  const whole = value.length > 1 && value.endsWith(quote);
  const meant = whole ? value.slice(1, -1) : value;
  const prefix = line.text.slice(0, line.valueStart - line.start);
  const kind = quote === '"' ? 'double quote (")' : "single quote (')";
  return {
    offset: line.valueStart,
    message: `The text of ${what(line)} starts with a ${kind}, so YAML ends it at the next one and does not know what to do with the rest of the line. Quotes inside a text are fine when the text does not start with one: write \`${prefix.trim()} ${asYamlText(meant)}\``,
  };
}

/** `summary: Note: Sam asks…`: a colon and a space inside a text start a new field. */
function colonInText(line: Line): Explained | undefined {
  const value = line.value;
  if (!value || line.valueStart === undefined || /^["'[{|>]/.test(value)) return undefined;
  if (!/:( |$)/.test(value)) return undefined;
  const prefix = line.text.slice(0, line.valueStart - line.start).trim();
  return {
    offset: line.valueStart + value.search(/:( |$)/),
    message: `The text of ${what(line)} contains \`: \` (a colon and a space), which YAML reads as the start of a new field. Put the whole text in quotes: \`${prefix} ${JSON.stringify(value)}\``,
  };
}

/**
 * A field indented further than the one above it is read as more of that field's text (after `name: text`)
 * or as a misplaced group; one indented less than its neighbours as a broken group.
 */
function wrongIndent(lines: Line[], index: number): Explained | undefined {
  const line = lines[index]!;
  if (!line.key && !line.item) return undefined;
  const above = previousContent(lines, index);
  if (!above) {
    if (line.indent === 0) return undefined;
    return {
      offset: line.start,
      message: `${what(line)} is indented by ${spaces(line.indent)}, but the first field of the file starts at the beginning of the line: remove the spaces`,
    };
  }
  if (line.indent > above.indent && !opens(above)) {
    const reads =
      above.value && !/^[[{]/.test(above.value)
        ? `reads it as more of the text of ${what(above)}`
        : 'cannot read it as a field of its own';
    const fix =
      above.indent === 0 ? 'Start it at the beginning of the line' : `Indent it by ${spaces(above.indent)}`;
    return {
      offset: line.start,
      message: `${what(line)} is indented further than ${what(above)} above it (${spaces(line.indent)} instead of ${above.indent === 0 ? 'none' : above.indent}), so YAML ${reads}. ${fix}, like ${what(above)}`,
      siblingAt: above.start + above.indent,
    };
  }
  if (line.indent < above.indent) {
    // The fields of a group line up; find the indentation this line's group uses.
    const siblings: Line[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const other = lines[i]!;
      if (!isContent(other)) continue;
      if (other.indent < line.indent) {
        const group = other.key ? `the other fields of \`${other.key}\`` : 'the other fields of this item';
        const expected = siblings.at(-1);
        if (expected === undefined || expected.indent === line.indent) return undefined;
        return {
          offset: line.start,
          message: `${what(line)} is indented by ${spaces(line.indent)}, but ${group} by ${spaces(expected.indent)}: indent it by ${spaces(expected.indent)}`,
          siblingAt: expected.start + expected.indent,
        };
      }
      siblings.push(other);
    }
  }
  return undefined;
}

/** `difficulty medium` or `difficulty:medium`: the colon, or the space after it, is missing. */
function missingColon(line: Line): Explained | undefined {
  if (line.key) return undefined;
  const text = line.text.trim();
  const noSpace = /^([A-Za-z][\w-]*):(\S.*)$/.exec(text);
  if (noSpace) {
    return {
      offset: line.start + line.indent,
      message: `A field needs a space after its colon: write \`${noSpace[1]}: ${noSpace[2]}\``,
    };
  }
  const noColon = /^([A-Za-z][\w-]*) +(\S.*)$/.exec(text);
  if (noColon && !text.includes(':')) {
    return {
      offset: line.start + line.indent,
      message: `\`${text}\` has no colon: a field is written \`name: value\`, e.g. \`${noColon[1]}: ${noColon[2]}\``,
    };
  }
  return undefined;
}

/** The line that opens a quoted text that is never closed. */
function unclosedQuote(lines: Line[], before: number): Explained | undefined {
  for (const line of lines) {
    if (line.start > before) break;
    const value = line.value;
    if (!value || line.valueStart === undefined) continue;
    const quote = value[0];
    if (quote !== '"' && quote !== "'") continue;
    const rest = value.slice(1).replaceAll(quote === "'" ? "''" : '\\"', '');
    if (rest.includes(quote)) continue;
    return {
      offset: line.valueStart,
      message: `The quote that opens the text of ${what(line)} is never closed: end the text with ${quote}, or leave out the opening quote`,
    };
  }
  return undefined;
}

/** The cause and the fix of a YAML syntax error, when it is one of the usual slips. */
export function explainSyntaxError(code: string, offset: number, source: string): Explained | undefined {
  const lines = readLines(source);
  const index = lineAt(lines, offset);
  const line = lines[index]!;
  if (code === 'MISSING_CHAR') return unclosedQuote(lines, offset);
  if (code === 'UNEXPECTED_TOKEN') return quoteEndsEarly(line) ?? wrongIndent(lines, index);
  if (code === 'BAD_INDENT') return wrongIndent(lines, index);
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    // The parser stops on the line above a field that is indented too far.
    const next = lines.findIndex((other, i) => i > index && isContent(other));
    return (
      missingColon(line) ??
      colonInText(line) ??
      (next > 0 ? wrongIndent(lines, next) : undefined) ??
      wrongIndent(lines, index)
    );
  }
  return undefined;
}
