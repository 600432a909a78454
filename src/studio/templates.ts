// Starting points for a new file, never saved here: a category's scaffold (the one `npm run scenarios:new`
// writes), or a translation begun from the file in the other language.
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { AppError } from '../errors.ts';
import { schemaAt } from '../scenarios/messages.ts';
import { parseScenarioBytes } from '../scenarios/parse.ts';
import { renderScaffold, type ScaffoldOptions } from '../scenarios/scaffold.ts';
import { scenarioSchema } from '../scenarios/schema.ts';
import type { Language } from '../vocabulary.ts';
import { toProblem } from './check.ts';
import { fileRef, parseFileRef, readScenarioFile } from './files.ts';

/** Put before every text of a translation begun from another file: the file is a draft until each is written. */
export const TRANSLATE_MARKER = 'TODO translate:';

export type Template = { file: string; text: string };

export function newTemplate(options: ScaffoldOptions): Template {
  const ref = fileRef(options.language, `${options.id}.yaml`, 'id');
  return { file: ref.file, text: renderScaffold(options) };
}

/** Fields that name things rather than say them: kept as they are in a translation. */
const NAMES = new Set(['id', 'status', 'language', 'translations', 'tags']);

/**
 * The file `from` as a draft in `language` with the id `id`: the same structure, numbers and comments, the
 * translation linking back, every text kept with a TODO marker in front for the translator.
 */
export async function translationTemplate(
  dir: string,
  input: { from: string; language: Language; id: string },
): Promise<Template> {
  const source = parseFileRef(input.from, 'from');
  const target = fileRef(input.language, `${input.id}.yaml`, 'id');
  if (source.language === input.language) {
    throw new AppError(
      'invalid_request',
      `A translation of ${source.file} is in another language than ${source.language}.`,
      {
        path: 'language',
      },
    );
  }
  const bytes = await readScenarioFile(dir, source);
  if (!bytes) throw new AppError('not_found', `No scenario file ${source.file}.`);
  const parsed = parseScenarioBytes(bytes, source.file);
  if (!parsed.ok) {
    throw new AppError('scenario_invalid', `${source.file} has errors: fix them before translating it.`, {
      problems: parsed.errors.map(toProblem('error')),
    });
  }
  const doc = parseDocument(bytes.toString('utf8'));
  markTexts(doc.contents, []);
  doc.set('id', input.id);
  doc.set('status', 'draft');
  doc.set('language', input.language);
  doc.set('translations', doc.createNode({ [source.language]: parsed.scenario.id }, { flow: true }));
  return { file: target.file, text: doc.toString({ flowCollectionPadding: false }) };
}

function markTexts(node: unknown, path: (string | number)[]): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (path.length === 0 && NAMES.has(key)) continue;
      markTexts(pair.value, [...path, key]);
    }
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) markTexts(item, [...path, index]);
  } else if (isScalar(node) && typeof node.value === 'string' && !node.value.startsWith(TRANSLATE_MARKER)) {
    // Enums (categories, moves, ratings, moods) are the format's own words, the same in every language.
    if (schemaAt(scenarioSchema, path)?._zod.def.type === 'enum') return;
    node.value = `${TRANSLATE_MARKER} ${node.value}`;
  }
}
