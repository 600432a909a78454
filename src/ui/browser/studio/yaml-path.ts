// Where in a scenario file the cursor is, read from the indentation alone: a file being typed is rarely valid
// YAML, and completion must still know which keys are valid there. Covers what scenario files use: block
// mappings and sequences (compact ones too), block scalars, and the flow sequences of short lists.

export type YamlSegment = string | number;

/**
 * What is being typed at the cursor: a `key` of the mapping at `path`, the `value` at `path`, or, right after
 * a `- `, an `item` at `path` (a key of it when the items are mappings, else the item's value). `from` is where
 * the typed `prefix` starts; `siblings` are the keys the mapping already has.
 */
export type YamlContext = {
  position: 'key' | 'value' | 'item';
  path: YamlSegment[];
  from: number;
  prefix: string;
  siblings: string[];
};

type Frame = { col: number; seg: YamlSegment; kind: 'key' | 'item' };

const LINE = /^( *)((?:-(?: +|$))*)(.*)$/;
const KEY = /^([A-Za-z_][\w-]*|"[^"]*"|'[^']*') *:(?= |$) *(.*)$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*\s*(?:#.*)?$/;

const unquote = (key: string) => (/^["']/.test(key) ? key.slice(1, -1) : key);

/** The columns of the dashes that open items on a line, and where the rest starts. */
function dashes(indent: number, run: string) {
  const columns: number[] = [];
  let col = indent;
  for (const match of run.matchAll(/-( *)/g)) {
    columns.push(col);
    col += match[0].length;
  }
  return { columns, rest: col };
}

/** Keeps the stack of open keys and items as lines come, top to bottom. */
function createScanner() {
  const stack: Frame[] = [];
  let blockScalarCol: number | null = null;

  const openItem = (col: number) => {
    while (stack.length && stack.at(-1)!.col > col) stack.pop();
    const top = stack.at(-1);
    let index = 0;
    if (top && top.kind === 'item' && top.col === col) {
      index = (top.seg as number) + 1;
      stack.pop();
    }
    stack.push({ col, seg: index, kind: 'item' });
  };
  const openKey = (col: number, name: string) => {
    while (stack.length && stack.at(-1)!.col >= col) stack.pop();
    stack.push({ col, seg: name, kind: 'key' });
  };
  const inBlockScalar = (line: string, indent: number) => {
    if (blockScalarCol === null) return false;
    if (line.trim() === '' || indent > blockScalarCol) return true;
    blockScalarCol = null;
    return false;
  };

  return {
    stack,
    inBlockScalar,
    openItem,
    openKey,
    /** A whole line; the key it opens (if any) with the path of the mapping that holds it. */
    line(line: string): { key: string; parent: string } | null {
      const [, spaces = '', run = '', rest = ''] = LINE.exec(line) ?? [];
      if (inBlockScalar(line, spaces.length)) return null;
      if (rest.startsWith('#') || (run === '' && rest.trim() === '') || rest.startsWith('---')) return null;
      const { columns, rest: restCol } = dashes(spaces.length, run);
      for (const col of columns) openItem(col);
      const key = KEY.exec(rest);
      if (!key) return null;
      const name = unquote(key[1]!);
      openKey(restCol, name);
      const parent = pathKey(stack.slice(0, -1));
      if (BLOCK_SCALAR.test(key[2]!)) blockScalarCol = restCol;
      return { key: name, parent };
    },
  };
}

const pathKey = (frames: Frame[]) => JSON.stringify(frames.map((frame) => frame.seg));

/** The context of the cursor at `offset` in `text`; null where nothing can be completed (comments, prose). */
export function yamlContextAt(text: string, offset: number): YamlContext | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(0, lineStart).split('\n').slice(0, -1);
  const scanner = createScanner();
  for (const line of before) scanner.line(line);

  const current = text.slice(lineStart, offset);
  const [, spaces = '', run = '', rest = ''] = LINE.exec(current) ?? [];
  if (scanner.inBlockScalar(current.trim() === '' ? 'x' : current, spaces.length)) return null;
  if (rest.includes('#')) return null;
  const { columns, rest: restCol } = dashes(spaces.length, run);
  for (const col of columns) scanner.openItem(col);

  let context: Omit<YamlContext, 'siblings'> | null = null;
  if (/^[\w-]*$/.test(rest)) {
    if (columns.length > 0) {
      context = { position: 'item', path: segs(scanner.stack), from: lineStart + restCol, prefix: rest };
    } else {
      while (scanner.stack.length && scanner.stack.at(-1)!.col >= restCol) scanner.stack.pop();
      context = { position: 'key', path: segs(scanner.stack), from: lineStart + restCol, prefix: rest };
    }
  } else {
    const key = KEY.exec(rest);
    if (!key) return null;
    scanner.openKey(restCol, unquote(key[1]!));
    const value = key[2]!;
    const valueFrom = offset - value.length;
    context = valueContext(segs(scanner.stack), value, valueFrom);
  }
  if (!context) return null;
  return {
    ...context,
    siblings: context.position === 'value' ? [] : siblingsOf(text, context.path, lineStart),
  };
}

const segs = (frames: Frame[]) => frames.map((frame) => frame.seg);

/** After `key: `: a plain or quoted scalar, or the open item of a flow sequence `[a, b, c`. */
function valueContext(
  path: YamlSegment[],
  value: string,
  from: number,
): Omit<YamlContext, 'siblings'> | null {
  if (value.startsWith('[')) {
    if (value.includes(']')) return null;
    const parts = value.slice(1).split(',');
    const last = parts.at(-1)!;
    const prefix = last.trimStart().replace(/^["']/, '');
    if (!/^[\w-]*$/.test(prefix)) return null;
    return {
      position: 'value',
      path: [...path, parts.length - 1],
      from: from + value.length - prefix.length,
      prefix,
    };
  }
  if (value.startsWith('{') || value.startsWith('|') || value.startsWith('>')) return null;
  const prefix = value.replace(/^["']/, '');
  return { position: 'value', path, from: from + value.length - prefix.length, prefix };
}

/** The keys the mapping at `path` holds anywhere in the file, except on the cursor's own line. */
function siblingsOf(text: string, path: YamlSegment[], cursorLineStart: number): string[] {
  const scanner = createScanner();
  const wanted = JSON.stringify(path);
  const keys: string[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    // The cursor's line still opens its items, so the keys under them are counted where they belong.
    const found = scanner.line(
      start === cursorLineStart ? (/^ *(?:-(?: +|$))*/.exec(line)?.[0] ?? '') : line,
    );
    if (found && found.parent === wanted) keys.push(found.key);
    start += line.length + 1;
  }
  return keys;
}
