// Checking a file must cost little whatever it holds: anyone may send one to `POST /v1/scenarios/validate`,
// and it runs on the server's only JavaScript thread. Some shapes cost the YAML library far more than their
// size (keys compared pairwise, one error located at a time), so a file is measured before it is parsed, and
// duplicate keys are found with one pass instead of the library's pairwise check.
import { type Document, isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { PathSegment } from './errors.ts';

/** The library's largest file has ~220 lines: room for four times that. */
export const MAX_LINES = 1_000;
/** The characters that start a field, an item or a reference (or sit in prose): ~370 in the largest file. */
export const MAX_MARKS = 2_500;
const MARKS = new Set([':', '-', '?', ',', '[', '{', '&', '*', '!'].map((mark) => mark.charCodeAt(0)));

export type Problem = { path: PathSegment[]; offset: number; message: string };

/** A file with far more lines or marks than a scenario needs, refused in one pass over its characters. */
export function measureFile(text: string): Problem | null {
  let lineEnds = 0;
  let marks = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code === 10 && ++lineEnds >= MAX_LINES && offset + 1 < text.length) {
      return {
        path: [],
        offset: offset + 1,
        message: `The file has more than ${MAX_LINES.toLocaleString('en')} lines: a scenario needs a few hundred`,
      };
    }
    if (MARKS.has(code) && ++marks > MAX_MARKS) {
      return {
        path: [],
        offset,
        message: `The file has more than ${MAX_MARKS.toLocaleString('en')} fields, list items and \`:\`, \`-\`, \`,\` marks: a scenario needs a few hundred`,
      };
    }
  }
  return null;
}

/** Every key given twice in one group, where its second occurrence is; one pass over the tree. */
export function duplicateKeys(doc: Document): Problem[] {
  const problems: Problem[] = [];
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      problems.push(...duplicatesIn(node, path));
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value ?? '') : '?';
        stack.push({ node: pair.value, path: [...path, key] });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        stack.push({ node: item, path: [...path, index] });
      });
    }
  }
  return problems;
}

function duplicatesIn(map: YAMLMap, path: PathSegment[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value ?? '');
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    problems.push({
      path: [...path, key],
      offset: pair.key.range?.[0] ?? 0,
      message: `${key ? `\`${key}\`` : 'A field with no name'} appears twice here: each field may be given only once`,
    });
  }
  return problems;
}
