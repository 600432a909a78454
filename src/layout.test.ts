import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layout the README describes ("How the code is laid out"), checked: no import cycle, and every
// import between folders points down the list below. A part may import from the parts below it, never
// from one above it or beside it.

const LAYERS: string[][] = [
  ['index', 'cli'],
  ['app'],
  ['routes'],
  ['app-deps', 'integrations'],
  ['privacy', 'webhooks', 'xapi', 'ui', 'studio'],
  ['sessions', 'auth', 'analytics'],
  ['errors', 'models'],
  ['roleplay', 'db'],
  ['hints'],
  ['scenarios', 'llm'],
  ['rubric'],
  // The request's context is typed with the vocabulary's scopes.
  ['text', 'app-env'],
  ['vocabulary', 'config', 'logger', 'redact', 'client', 'bundle'],
];

/** The stored report and verdict are typed by the shapes they hold: the tables may name those types. */
const TYPE_ONLY_EXCEPTIONS: [from: string, to: string][] = [['db', 'sessions']];

const SRC = dirname(fileURLToPath(import.meta.url));
const isSource = (file: string) => file.endsWith('.ts') && !file.endsWith('.test.ts');

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return /fixtures$/.test(entry.name) ? [] : sourceFiles(path);
    return isSource(entry.name) ? [path] : [];
  });
}

const IMPORT = /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]/gm;

type Edge = { from: string; to: string; typeOnly: boolean };

function edgesOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => ({
    from: file,
    to: resolve(dirname(file), match[2]!),
    typeOnly: Boolean(match[1]),
  }));
}

/** A file's part: its top folder under src/, or its own name for a file at the top. */
const partOf = (file: string) => relative(SRC, file).split('/')[0]!.replace(/\.ts$/, '');
const rankOf = (part: string) => LAYERS.findIndex((layer) => layer.includes(part));
const show = (file: string) => relative(SRC, file);

const files = sourceFiles();
const edges = files.flatMap(edgesOf);

describe('the layout of src/', () => {
  it('names every part in the layers', () => {
    const unplaced = [...new Set(files.map(partOf))].filter((part) => rankOf(part) < 0);
    expect(unplaced).toEqual([]);
  });

  it('imports only downwards, between parts', () => {
    const wrong = edges
      .filter(({ from, to }) => partOf(from) !== partOf(to))
      .filter(({ from, to }) => rankOf(partOf(to)) <= rankOf(partOf(from)))
      .filter(
        ({ from, to, typeOnly }) =>
          !(typeOnly && TYPE_ONLY_EXCEPTIONS.some(([a, b]) => a === partOf(from) && b === partOf(to))),
      )
      .map(({ from, to }) => `${show(from)} → ${show(to)}`);
    expect(wrong).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const next = new Map<string, string[]>();
    for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(show).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of next.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
