// The xAPI 1.0.3 statement rules Rehearse relies on (Data section 2.2–2.4), as a checker for tests: returns
// the broken rules as `path: problem` lines, empty when the statement is valid.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const STATEMENT_KEYS = new Set([
  'id',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'stored',
  'authority',
  'version',
  'attachments',
]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function isIri(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value) || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export function validateStatement(statement: unknown): string[] {
  const problems: string[] = [];
  const fail = (path: string, problem: string) => problems.push(`${path}: ${problem}`);
  const languageMap = (path: string, value: unknown, required: boolean) => {
    if (value === undefined) {
      if (required) fail(path, 'is required');
      return;
    }
    if (!isObject(value) || Object.keys(value).length === 0) return fail(path, 'must be a language map');
    for (const [tag, text] of Object.entries(value)) {
      if (!LANGUAGE_TAG.test(tag)) fail(`${path}.${tag}`, 'key is not an RFC 5646 language tag');
      if (typeof text !== 'string') fail(`${path}.${tag}`, 'must be a string');
    }
  };
  const extensions = (path: string, value: unknown) => {
    if (value === undefined) return;
    if (!isObject(value)) return fail(path, 'must be an object');
    for (const key of Object.keys(value)) if (!isIri(key)) fail(`${path}.${key}`, 'key is not an IRI');
  };

  if (!isObject(statement)) return ['statement: must be an object'];
  for (const key of Object.keys(statement))
    if (!STATEMENT_KEYS.has(key)) fail(key, 'is not a statement property');
  if (typeof statement.id !== 'string' || !UUID.test(statement.id)) fail('id', 'must be a UUID');
  if (statement.version !== undefined && !/^1\.0\.\d+$/.test(String(statement.version))) {
    fail('version', 'must be 1.0.x');
  }
  if (typeof statement.timestamp !== 'string' || !ISO_8601.test(statement.timestamp)) {
    fail('timestamp', 'must be an ISO 8601 date-time with a time zone');
  }

  const actor = statement.actor;
  if (!isObject(actor)) fail('actor', 'is required');
  else {
    if (actor.objectType !== undefined && actor.objectType !== 'Agent')
      fail('actor.objectType', 'must be Agent');
    const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((key) => actor[key] !== undefined);
    if (ifis.length !== 1) fail('actor', 'must have exactly one inverse functional identifier');
    if (actor.mbox_sha1sum !== undefined && !/^[0-9a-f]{40}$/i.test(String(actor.mbox_sha1sum))) {
      fail('actor.mbox_sha1sum', 'must be the hex SHA-1 of a mailto IRI');
    }
    if (actor.account !== undefined) {
      const account = actor.account;
      if (!isObject(account)) fail('actor.account', 'must be an object');
      else {
        if (!isIri(account.homePage)) fail('actor.account.homePage', 'must be an IRL');
        if (typeof account.name !== 'string' || account.name === '')
          fail('actor.account.name', 'is required');
      }
    }
  }

  const verb = statement.verb;
  if (!isObject(verb)) fail('verb', 'is required');
  else {
    if (!isIri(verb.id)) fail('verb.id', 'must be an IRI');
    languageMap('verb.display', verb.display, false);
  }

  const object = statement.object;
  if (!isObject(object)) fail('object', 'is required');
  else {
    if (object.objectType !== undefined && object.objectType !== 'Activity') {
      fail('object.objectType', 'must be Activity here');
    }
    if (!isIri(object.id)) fail('object.id', 'must be an IRI');
    const definition = object.definition;
    if (definition !== undefined) {
      if (!isObject(definition)) fail('object.definition', 'must be an object');
      else {
        languageMap('object.definition.name', definition.name, false);
        languageMap('object.definition.description', definition.description, false);
        if (definition.type !== undefined && !isIri(definition.type))
          fail('object.definition.type', 'must be an IRI');
      }
    }
  }

  const result = statement.result;
  if (result !== undefined) {
    if (!isObject(result)) fail('result', 'must be an object');
    else {
      const score = result.score;
      if (score !== undefined) {
        if (!isObject(score)) fail('result.score', 'must be an object');
        else {
          const { scaled, raw, min, max } = score as Record<string, number | undefined>;
          if (scaled !== undefined && (typeof scaled !== 'number' || scaled < -1 || scaled > 1)) {
            fail('result.score.scaled', 'must be a number in [-1, 1]');
          }
          if (min !== undefined && max !== undefined && !(min < max))
            fail('result.score', 'min must be below max');
          if (raw !== undefined && ((min !== undefined && raw < min) || (max !== undefined && raw > max))) {
            fail('result.score.raw', 'must lie between min and max');
          }
        }
      }
      if (result.completion !== undefined && typeof result.completion !== 'boolean') {
        fail('result.completion', 'must be a boolean');
      }
      extensions('result.extensions', result.extensions);
    }
  }

  const context = statement.context;
  if (context !== undefined) {
    if (!isObject(context)) fail('context', 'must be an object');
    else {
      if (context.registration !== undefined && !UUID.test(String(context.registration))) {
        fail('context.registration', 'must be a UUID');
      }
      if (context.language !== undefined && !LANGUAGE_TAG.test(String(context.language))) {
        fail('context.language', 'must be an RFC 5646 language tag');
      }
      if (context.platform !== undefined && typeof context.platform !== 'string') {
        fail('context.platform', 'must be a string');
      }
      extensions('context.extensions', context.extensions);
    }
  }
  return problems;
}
