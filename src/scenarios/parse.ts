// Safe parsing of one scenario file: YAML → plain data → schema, every problem with line and column.
import { basename, extname } from 'node:path';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  parseDocument,
  type Range,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { formatPath, type PathSegment, type ScenarioError } from './errors.ts';
import { issueMessages, knownKeys, schemaAt } from './messages.ts';
import { type Scenario, scenarioSchema } from './schema.ts';
import { duplicateKeys, measureFile } from './work-limits.ts';
import { explainSyntaxError } from './yaml-causes.ts';

/** Files above this are refused before any parsing. */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** A scenario needs about 5 levels; anything far deeper is an attack or an accident. */
export const MAX_NESTING = 64;
/** `- - - -` or `? ? ? ?` stacks a level per indicator on one line; the YAML library can run out of memory on thousands. */
const MAX_INDICATORS_PER_LINE = 16;
/** Aliases are allowed for authors who reuse a line, but not enough to expand into a billion laughs. */
const MAX_ALIAS_COUNT = 50;
const MAX_ERRORS = 50;

export type ParseResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioError[] }
  | { ok: false; errors: ScenarioError[] };

type Located = { path: PathSegment[]; offset: number; message: string };

class Failed extends Error {
  constructor(readonly problems: Located[]) {
    super('scenario file failed');
  }
}

const fail = (offset: number, message: string, path: PathSegment[] = []): never => {
  throw new Failed([{ path, offset, message }]);
};

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function tooBig(bytes: number): string {
  return `The file is ${formatSize(bytes)}; a scenario file may be at most ${MAX_SCENARIO_BYTES / 1024} KB`;
}

/**
 * Parse a scenario file read as bytes: refuses oversized files before decoding and reports text that is not
 * UTF-8. Use this for files and request bodies; `parseScenario` for text already in memory.
 */
export function parseScenarioBytes(bytes: Uint8Array, file?: string): ParseResult {
  if (bytes.byteLength > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      errors: [
        { ...(file ? { file } : {}), path: '', line: 1, column: 1, message: tooBig(bytes.byteLength) },
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decode leniently only to find where the first broken byte is.
    text = new TextDecoder('utf-8').decode(bytes);
  }
  return parseScenario(text, file);
}

/** Parse and validate one scenario file. `file` (a path or name) also makes the id-equals-file-name check. */
export function parseScenario(text: string, file?: string): ParseResult {
  const lineCounter = new LineCounter();
  const toError = (problem: Located): ScenarioError => {
    const position = lineCounter.linePos(problem.offset);
    return {
      ...(file ? { file } : {}),
      path: formatPath(problem.path),
      line: position.line,
      column: position.col,
      message: problem.message,
    };
  };
  try {
    const { scenario, warnings } = parseUnsafe(text, file, lineCounter);
    return { ok: true, scenario, warnings: warnings.map(toError) };
  } catch (thrown) {
    // Whatever a hostile file makes the YAML library do, the caller gets an error report, never an exception.
    const error =
      thrown instanceof Failed
        ? thrown
        : new Failed([
            {
              path: [],
              offset: 0,
              message: `The file could not be read: ${String((thrown as Error)?.message ?? thrown)}`,
            },
          ]);
    // Offsets are only meaningful once the line counter has seen the text; refusals before parsing count lines here.
    if (lineCounter.lineStarts.length <= 1) countLines(text, lineCounter);
    const errors = error.problems
      .map(toError)
      .sort((a, b) => a.line - b.line || a.column - b.column)
      .filter((e, i, all) => i === 0 || e.message !== all[i - 1]!.message || e.line !== all[i - 1]!.line);
    if (errors.length > MAX_ERRORS) {
      const rest = errors.length - MAX_ERRORS;
      errors.length = MAX_ERRORS;
      errors.push({ ...errors[MAX_ERRORS - 1]!, message: `… and ${rest} more problems` });
    }
    return { ok: false, errors };
  }
}

function countLines(text: string, lineCounter: LineCounter): void {
  lineCounter.lineStarts.length = 0;
  lineCounter.addNewLine(0);
  // Only lines up to the size limit matter for positions; keeps a 5 MB refusal cheap.
  const end = Math.min(text.length, MAX_SCENARIO_BYTES);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) lineCounter.addNewLine(i + 1);
}

function parseUnsafe(
  text: string,
  file: string | undefined,
  lineCounter: LineCounter,
): { scenario: Scenario; warnings: Located[] } {
  checkSize(text);
  checkCharacters(text);
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const measured = measureFile(source);
  // Deep nesting is the better answer where it is the reason; looked for only in the part that was measured.
  checkNesting(measured ? source.slice(0, measured.offset) : source);
  if (measured) throw new Failed([measured]);
  const doc = parseDocument(source, {
    lineCounter,
    schema: 'core',
    // Only the plain core types: no `!!binary`, `!!timestamp`, `!!js/function` or custom tags.
    resolveKnownTags: false,
    customTags: [],
    merge: false,
    // Found by `duplicateKeys` in one pass: the library compares every key with every other.
    uniqueKeys: false,
    stringKeys: true,
    prettyErrors: false,
  });
  const yamlProblems = [
    ...selectYamlErrors([...doc.errors, ...doc.warnings]).map((error) => yamlProblem(doc, error, source)),
    ...duplicateKeys(doc).map((problem) => ({ ...problem, path: knownPrefix(problem.path) })),
  ];
  if (yamlProblems.length > 0) throw new Failed(yamlProblems);
  checkTree(doc);
  const data = toPlainData(doc);
  const scenario = validate(doc, data, source);
  if (file) checkFileName(doc, scenario, file);
  return { scenario, warnings: [...placeholders(doc, scenario), ...schemaComment(source)] };
}

const TODO = /\bTODO\b/;

/** Paths of the texts that still hold a TODO placeholder, in file order. */
function todoPaths(value: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  if (typeof value === 'string' && TODO.test(value)) out.push(path);
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) todoPaths(item, [...path, index], out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) todoPaths(item, [...path, key], out);
  }
  return out;
}

/**
 * A new file is a valid draft full of TODOs. A draft may keep them (one warning counts them); a published file
 * may not: learners would meet "TODO the persona's first words".
 */
function placeholders(doc: Document, scenario: Scenario): Located[] {
  const paths = todoPaths(scenario)
    .map((path) => ({ path, offset: offsetOf(doc, path) }))
    .sort((a, b) => a.offset - b.offset);
  const first = paths[0];
  if (!first) return [];
  if (scenario.status === 'published') {
    throw new Failed(
      paths.map(({ path, offset }) => ({
        path,
        offset,
        message: `\`${formatPath(path)}\` still holds a TODO placeholder: write it, or set \`status: draft\` until the file is finished`,
      })),
    );
  }
  const count = paths.length === 1 ? 'a TODO placeholder' : `${paths.length} TODO placeholders`;
  return [
    {
      path: first.path,
      offset: first.offset,
      message: `This draft has ${count} still to write, the first here; it stays out of the library until it is finished and set to \`status: published\``,
    },
  ];
}

/** Without the first-line schema comment editors neither complete nor underline. */
function schemaComment(source: string): Located[] {
  if (source.trimStart().startsWith('# yaml-language-server: $schema=')) return [];
  const message =
    'the file should start with `# yaml-language-server: $schema=../scenario.schema.json` so editors complete and check it';
  return [{ path: [], offset: 0, message }];
}

function checkSize(text: string): void {
  // Characters never outnumber UTF-8 bytes, so the cheap length test settles most cases.
  if (text.length > MAX_SCENARIO_BYTES) fail(0, tooBig(Buffer.byteLength(text)));
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_SCENARIO_BYTES) fail(0, tooBig(bytes));
}

// C0 controls except tab, line feed and carriage return; DEL; the replacement character a broken UTF-8 byte
// decodes to; and the two non-characters. None belongs in a text file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF]/;

function checkCharacters(text: string): void {
  if (text.trim() === '')
    fail(0, 'The file is empty: a scenario needs fields such as `id`, `title` and `persona`');
  const match = NOT_TEXT.exec(text);
  if (!match) {
    checkTabs(text);
    return;
  }
  const code = match[0].charCodeAt(0);
  const message =
    code === 0xfffd
      ? 'The file is not valid UTF-8 text here: save it with UTF-8 encoding'
      : `The file contains a character that is not text (U+${code.toString(16).toUpperCase().padStart(4, '0')}): is it a binary file, or saved in the wrong encoding?`;
  fail(match.index, message);
}

/**
 * A line starting with a tab is never valid indentation, but after a folded text (`>-`) the YAML library reads it
 * as the end of the text and reports something confusing further on. Say what is wrong, on every such line.
 */
function checkTabs(text: string): void {
  const problems: Located[] = [];
  for (const match of text.matchAll(/^\t/gm)) {
    problems.push({
      path: [],
      offset: match.index,
      message: 'Tabs are not allowed for indentation: indent with spaces',
    });
    if (problems.length > MAX_ERRORS) break;
  }
  if (problems.length > 0) throw new Failed(problems);
}

/** After the first syntax error the rest are mostly echoes of it; tags stand on their own. */
function selectYamlErrors(errors: YAMLError[]): YAMLError[] {
  const independent = new Set<YAMLError['code']>(['TAG_RESOLVE_FAILED']);
  const syntax = errors.filter((error) => !independent.has(error.code)).sort((a, b) => a.pos[0] - b.pos[0]);
  return [...syntax.slice(0, 1), ...errors.filter((error) => independent.has(error.code))];
}

// Tokens the lexer adds that are not in the source text.
const SYNTHETIC_TOKENS = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * Count nesting with the lexer, which does not recurse, before the parser does, which does: 20,000 levels of
 * `[[[[` must be a quick error, not a stack overflow or an out-of-memory crash.
 */
function checkNesting(source: string): void {
  const tooDeep = `The file is nested too deeply (more than ${MAX_NESTING} levels): a scenario needs only a few`;
  let offset = 0;
  let flowDepth = 0;
  let indicatorsOnLine = 0;
  for (const token of new Lexer().lex(source)) {
    if (SYNTHETIC_TOKENS.has(token)) continue;
    if (token === '[' || token === '{') {
      flowDepth++;
      if (flowDepth > MAX_NESTING) fail(offset, tooDeep);
    } else if (token === ']' || token === '}') {
      flowDepth = Math.max(0, flowDepth - 1);
    } else if ((token === '-' || token === '?') && flowDepth === 0) {
      indicatorsOnLine++;
      if (indicatorsOnLine > MAX_INDICATORS_PER_LINE) fail(offset, tooDeep);
    } else if (token.includes('\n')) {
      indicatorsOnLine = 0;
    }
    offset += token.length;
  }
}

const YAML_MESSAGES: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'Tabs are not allowed for indentation: indent with spaces',
  BAD_INDENT: 'The indentation is off here: items of the same group must start at the same column',
  MULTIPLE_DOCS: 'The file holds more than one document (a `---` line): put one scenario in each file',
  NON_STRING_KEY: 'A field name must be plain text, not a list or a group',
  MULTILINE_IMPLICIT_KEY: 'A field name must fit on one line: is a `:` missing, or a quote not closed?',
  BLOCK_AS_IMPLICIT_KEY: 'A field name must fit on one line: is a `:` missing, or a quote not closed?',
  KEY_OVER_1024_CHARS: 'A field name is too long: is a `:` missing?',
};

function yamlProblem(doc: Document, error: YAMLError, source: string): Located {
  const offset = Math.min(error.pos[0], source.length);
  const path = knownPrefix(pathAtOffset(doc, offset));
  const firstLine = error.message.split('\n')[0] ?? error.message;
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag =
      /!\S*/.exec(source.slice(offset, offset + 200))?.[0] ?? firstLine.replace('Unresolved tag: ', '');
    return {
      path,
      offset,
      message: `The tag \`${tag}\` is not allowed: scenario files hold plain text, numbers, lists and fields only`,
    };
  }
  if (firstLine.includes('Maximum call stack')) {
    return { path, offset, message: `The file is nested too deeply (more than ${MAX_NESTING} levels)` };
  }
  const explained = explainSyntaxError(error.code, offset, source);
  if (explained) {
    // A misplaced field is named by the group it belongs in: the group of the field it should line up with.
    const path = explained.siblingAt
      ? knownPrefix(pathAtOffset(doc, explained.siblingAt)).slice(0, -1)
      : knownPrefix(pathAtOffset(doc, explained.offset));
    return { path, offset: explained.offset, message: explained.message };
  }
  const known = YAML_MESSAGES[error.code];
  return {
    path,
    offset,
    message: known ?? `YAML syntax: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`,
  };
}

/** A path through a broken file can run through garbage; keep the part an author would recognise. */
function knownPrefix(path: PathSegment[]): PathSegment[] {
  const out: PathSegment[] = [];
  for (const segment of path) {
    const fits =
      typeof segment === 'number'
        ? schemaAt(scenarioSchema, out)?._zod.def.type === 'array'
        : knownKeys(scenarioSchema, out).includes(segment);
    if (!fits) break;
    out.push(segment);
  }
  return out;
}

/** The field path of the deepest node that contains `offset`, for messages about YAML syntax. */
function pathAtOffset(doc: Document, offset: number): PathSegment[] {
  const path: PathSegment[] = [];
  let node: unknown = doc.contents;
  for (let depth = 0; depth < MAX_NESTING && node; depth++) {
    let next: unknown;
    if (isMap(node)) {
      for (const pair of node.items) {
        const start = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? Number.POSITIVE_INFINITY;
        const value = pair.value as Node | null;
        const end = value?.range?.[1] ?? (isScalar(pair.key) ? (pair.key.range?.[1] ?? -1) : -1);
        if (offset >= start && offset < Math.max(end, start + 1)) {
          path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
          next = value;
          break;
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node | null)?.range;
        if (range && offset >= range[0] && offset < range[1]) {
          path.push(index);
          next = item;
        }
      });
    }
    node = next;
  }
  return path;
}

/** Walk the parsed tree without recursion: depth limit and plain-text keys. */
function checkTree(doc: Document): void {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING) fail((node as Node).range?.[0] ?? 0, 'The file is nested too deeply');
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 });
        else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
}

function firstAlias(doc: Document): number {
  let first = Number.POSITIVE_INFINITY;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) first = Math.min(first, node.range?.[0] ?? 0);
    if (isMap(node)) for (const pair of node.items) stack.push(pair.value);
    if (isSeq(node)) stack.push(...node.items);
  }
  return Number.isFinite(first) ? first : 0;
}

function toPlainData(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const message = text.includes('alias count')
      ? 'Too many `*alias` references: anchors and aliases are limited to keep the file safe to read'
      : text.includes('Unresolved alias')
        ? `An \`*alias\` refers to an anchor that is not defined above it (${text.split(': ').at(-1)})`
        : `The file could not be read: ${text}`;
    return fail(firstAlias(doc), message);
  }
}

function rootKind(data: unknown): string {
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'string') return 'a single line of text';
  return `the value ${String(data)}`;
}

function validate(doc: Document, data: unknown, source: string): Scenario {
  if (data === null || data === undefined) {
    fail(0, 'The file is empty: a scenario needs fields such as `id`, `title` and `persona`');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    fail(
      (doc.contents as Node | null)?.range?.[0] ?? 0,
      `The file must hold a scenario: \`name: value\` fields such as \`id:\` and \`title:\`, one per line — found ${rootKind(data)}`,
    );
  }
  const result = scenarioSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const messages = result.error.issues.flatMap((issue) => issueMessages(issue, scenarioSchema));
  // `persnoa` suggesting `persona` already explains why `persona` is missing.
  const suggested = new Set(messages.flatMap((m) => (m.suggests ? [formatPath(m.suggests)] : [])));
  const problems = messages
    .filter((m) => !(m.missing && suggested.has(formatPath(m.path))))
    .map(
      (m) =>
        (m.missing && swallowedField(doc, source, m.path)) || {
          path: m.path,
          message: m.message,
          offset: offsetOf(doc, m.path, m.atKey),
        },
    );
  throw new Failed(problems);
}

/**
 * A field indented further than its neighbours, under a field whose text runs over several lines (`>-`), is
 * read as more of that text: the field is there to see, yet "missing". Say where it went.
 */
function swallowedField(doc: Document, source: string, path: PathSegment[]): Located | undefined {
  const name = path.at(-1);
  if (typeof name !== 'string') return undefined;
  const group = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const range = (group as Node | null | undefined)?.range;
  if (!range) return undefined;
  const line = new RegExp(`^( *)${name}:(?: |$)`, 'm').exec(source.slice(range[0], range[1]));
  if (!line) return undefined;
  const offset = range[0] + line.index + line[1]!.length;
  const holder = knownPrefix(pathAtOffset(doc, offset));
  if (holder.length <= path.length - 1 || !isScalar(doc.getIn(holder, true))) return undefined;
  const fields =
    path.length === 1
      ? 'the fields at the top level'
      : `the other fields of \`${formatPath(path.slice(0, -1))}\``;
  return {
    path,
    offset,
    message: `\`${formatPath(path)}\` is missing: the \`${name}:\` on this line is indented further than ${fields}, so YAML reads it as more of the text of \`${formatPath(holder)}\`. Indent it like the fields around it`,
  };
}

/** Where a path points: the value (or the key, for unknown fields); for a missing field, its parent group. */
export function offsetOf(doc: Document, path: readonly PathSegment[], atKey = false): number {
  if (atKey && path.length > 0) {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const range = keyIndex(parent).get(String(path.at(-1)));
      if (range) return range[0];
    }
  }
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    const range = (node as Node | null | undefined)?.range;
    if (range) return range[0];
  }
  return 0;
}

const keyIndexes = new WeakMap<YAMLMap, Map<string, Range>>();

/** Where each key of a group is: built once per group, as a file with thousands of unknown keys asks for each. */
function keyIndex(map: YAMLMap): Map<string, Range> {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const { key } of map.items) {
      if (isScalar(key) && key.range && !index.has(String(key.value)))
        index.set(String(key.value), key.range);
    }
    keyIndexes.set(map, index);
  }
  return index;
}

function checkFileName(doc: Document, scenario: Scenario, file: string): void {
  const name = basename(file, extname(file));
  if (scenario.id !== name) {
    fail(offsetOf(doc, ['id']), `\`id\` must equal the file name '${name}' — found '${scenario.id}'`, ['id']);
  }
}

/**
 * Line and column of a field in a scenario file's text (e.g. `['examples', 2]`), for tools that report on a
 * file that parsed. Falls back to the nearest enclosing field, then to 1:1.
 */
export function locateInScenario(
  text: string,
  path: readonly PathSegment[],
): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    resolveKnownTags: false,
    uniqueKeys: false,
  });
  const position = lineCounter.linePos(offsetOf(doc, path));
  return { line: position.line, column: position.col };
}
