// npm run scenarios:new -- --id ID --language nl|en --category CATEGORY [--difficulty easy|medium|hard] [--title TEXT]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderScaffold } from '../scenarios/scaffold.ts';
import { CATEGORIES, DIFFICULTIES, LANGUAGES, SCENARIO_ID, SCENARIO_ID_RULE } from '../vocabulary.ts';

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    language: { type: 'string' },
    category: { type: 'string' },
    difficulty: { type: 'string', default: 'medium' },
    title: { type: 'string' },
    dir: { type: 'string', default: 'scenarios' },
  },
});

const problems: string[] = [];
const oneOf = <T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined => {
  if (value && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`--${name} must be one of: ${allowed.join(', ')}${value ? ` (found '${value}')` : ''}`);
  return undefined;
};
const id = values.id ?? '';
if (!SCENARIO_ID.test(id)) {
  problems.push(`--id ${SCENARIO_ID_RULE}${id ? ` (found '${id}')` : ''}`);
}
const language = oneOf('language', values.language, LANGUAGES);
const category = oneOf('category', values.category, CATEGORIES);
const difficulty = oneOf('difficulty', values.difficulty, DIFFICULTIES);

if (problems.length > 0 || !language || !category || !difficulty) {
  for (const problem of problems) console.error(problem);
  console.error(
    'usage: npm run scenarios:new -- --id ID --language nl|en --category CATEGORY [--difficulty D] [--title T]',
  );
  process.exit(2);
}

const folder = resolve(values.dir, language);
const file = join(folder, `${id}.yaml`);
mkdirSync(folder, { recursive: true });
try {
  // 'wx': never overwrite an author's work.
  writeFileSync(file, renderScaffold({ id, language, category, difficulty, title: values.title }), {
    flag: 'wx',
  });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`${relative(process.cwd(), file)} already exists; not overwriting it`);
    process.exit(1);
  }
  throw error;
}
const written = relative(process.cwd(), file);
console.log(
  `wrote ${written}, a draft: fill in the TODOs, check it with npm run scenarios:check -- ${written}, then set status: published`,
);
