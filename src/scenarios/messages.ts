// Turns zod issues into sentences an L&D author understands, using the schema itself to say what is expected.
import type { z } from 'zod';
import { formatPath, type PathSegment } from './errors.ts';
import { closest } from './suggest.ts';

/** The slice of zod's internals we read: enough to describe what a field expects. */
type SchemaNode = {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      in?: SchemaNode;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      keyType?: SchemaNode;
      valueType?: SchemaNode;
      entries?: Record<string, string | number>;
      checks?: { _zod: { def: { check?: string; format?: string } } }[];
    };
  };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
};

const WRAPPERS = new Set(['default', 'optional', 'nullable', 'readonly', 'catch', 'prefault', 'nonoptional']);

function unwrap(schema: SchemaNode | undefined): SchemaNode | undefined {
  let current = schema;
  for (let i = 0; current && i < 10; i++) {
    const def = current._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** The schema of the value at `path`, if the path leads anywhere. */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): SchemaNode | undefined {
  let current = unwrap(root as unknown as SchemaNode);
  for (const segment of path) {
    if (!current) return undefined;
    const def = current._zod.def;
    if (def.type === 'object') current = unwrap(def.shape?.[String(segment)]);
    else if (def.type === 'array') current = unwrap(def.element);
    else if (def.type === 'record') current = unwrap(def.valueType);
    else return undefined;
  }
  return current;
}

/** Every field of the format with its path; a list's items are `[0]`. Maps keyed by moves or principles hold no fields. */
function collectFields(schema: SchemaNode | undefined, path: PathSegment[] = [], out: PathSegment[][] = []) {
  const node = unwrap(schema);
  const def = node?._zod.def;
  if (def?.type === 'object') {
    for (const [name, child] of Object.entries(def.shape ?? {})) {
      out.push([...path, name]);
      collectFields(child, [...path, name], out);
    }
  } else if (def?.type === 'array') collectFields(def.element, [...path, 0], out);
  return out;
}

/** The fields of a schema and their distinct names, worked out once: a hostile file may hold a thousand unknown keys. */
const fieldsOf = new WeakMap<object, { fields: PathSegment[][]; names: string[] }>();
function allFields(root: z.ZodType) {
  let known = fieldsOf.get(root);
  if (!known) {
    const fields = collectFields(root as unknown as SchemaNode);
    known = { fields, names: [...new Set(fields.map((field) => String(field.at(-1))))] };
    fieldsOf.set(root, known);
  }
  return known;
}

/** Where a field that is unknown at `path` does belong, when it has one place elsewhere (`keepInMind` → `briefing`). */
function placeOfField(
  root: z.ZodType,
  name: string,
  path: readonly PathSegment[],
): { path: PathSegment[]; where: string } | undefined {
  const known = allFields(root);
  const here = formatPath(path);
  const elsewhere = (candidate: PathSegment[]) => formatPath(candidate.slice(0, -1)) !== here;
  const exact = known.fields.filter((candidate) => candidate.at(-1) === name && elsewhere(candidate));
  const spelt = exact.length > 0 ? undefined : closest(name, known.names);
  const matches =
    exact.length > 0 ? exact : spelt ? known.fields.filter((c) => c.at(-1) === spelt && elsewhere(c)) : [];
  if (matches.length !== 1) return undefined;
  const place = matches[0]!;
  const group = place.slice(0, -1);
  const inItem = typeof group.at(-1) === 'number';
  const where =
    group.length === 0
      ? `the top level of the file (did you mean ${field(place)}?)`
      : inItem
        ? `each item of ${field(group.slice(0, -1))}`
        : `${field(group)} (did you mean ${field(place)}?)`;
  return { path: place, where };
}

/** The field names a group at `path` accepts: an object's fields or a record's allowed keys. */
export function knownKeys(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  const schema = schemaAt(root, path);
  if (!schema) return [];
  const def = schema._zod.def;
  if (def.type === 'object') return Object.keys(def.shape ?? {});
  if (def.type === 'record') {
    const keys = unwrap(def.keyType);
    if (keys?._zod.def.type === 'enum') return Object.values(keys._zod.def.entries ?? {}).map(String);
  }
  return [];
}

export function listOf(values: readonly (string | number)[]): string {
  const items = values.map(String);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function numberRange(schema: SchemaNode): string {
  const kind = schema.isInt ? 'a whole number' : 'a number';
  const min = schema.minValue;
  const max = schema.maxValue;
  const hasMin = typeof min === 'number' && Number.isFinite(min) && min > Number.MIN_SAFE_INTEGER;
  const hasMax = typeof max === 'number' && Number.isFinite(max) && max < Number.MAX_SAFE_INTEGER;
  if (hasMin && hasMax) return `${kind} from ${min} to ${max}`;
  if (hasMin) return `${kind} of at least ${min}`;
  if (hasMax) return `${kind} of at most ${max}`;
  return kind;
}

/** What a field expects, in words: 'a number from 0 to 3', 'easy, medium or hard', 'text'. */
export function describeExpected(schema: SchemaNode | undefined): string {
  if (!schema) return 'a different kind of value';
  const def = schema._zod.def;
  switch (def.type) {
    case 'string': {
      const isPattern = def.checks?.some((check) => check._zod.def.format === 'regex');
      return isPattern ? 'a kebab-case id (lowercase letters, digits and dashes)' : 'text';
    }
    case 'number':
      return numberRange(schema);
    case 'enum':
      return listOf(Object.values(def.entries ?? {}));
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list (one `- ` item per line)';
    case 'object':
    case 'record':
      return 'a group of fields (indented `name: value` lines)';
    default:
      return 'a different kind of value';
  }
}

/** The value the author wrote, quoted the way they would recognise it. */
export function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const oneLine = value.replace(/\s+/g, ' ');
    return `'${oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine}'`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

/** `- Offer this: what you can do` is read as a group with one field; the text the author meant. */
function textWithColon(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const entries = Object.entries(input);
  if (entries.length !== 1) return undefined;
  const [name, value] = entries[0]!;
  return typeof value === 'string' || typeof value === 'number' ? `${name}: ${value}` : undefined;
}

export type IssueMessage = {
  /** Where the problem is; for an unknown field this includes the field's own name. */
  path: PathSegment[];
  message: string;
  /** Point at the field name rather than its value. */
  atKey: boolean;
  /** The field is absent. */
  missing?: boolean;
  /** For an unknown field: the known field it is probably a typo of. */
  suggests?: PathSegment[];
};

function field(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'The scenario' : `\`${formatPath(path)}\``;
}

/** zod's own default messages start like this; anything else was written for authors in the schema. */
function isDefaultMessage(message: string): boolean {
  return /^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(message);
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, root: z.ZodType): string {
  const path = issue.path as PathSegment[];
  const small = issue.code === 'too_small';
  if (!isDefaultMessage(issue.message)) return `${field(path)} ${issue.message}`;
  const limit = Number(
    small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum,
  );
  const input = (issue as { input?: unknown }).input;
  if (issue.origin === 'array' || issue.origin === 'set') {
    const count = Array.isArray(input) ? ` — found ${input.length}` : '';
    const items = limit === 1 ? 'item' : 'items';
    return `${field(path)} needs ${small ? 'at least' : 'at most'} ${limit} ${items}${count}`;
  }
  if (issue.origin === 'string') {
    return `${field(path)} must be ${small ? 'at least' : 'at most'} ${limit} characters long`;
  }
  if (issue.origin === 'number' || issue.origin === 'int') {
    return `${field(path)} must be ${numberRange(schemaAt(root, path) ?? ({} as SchemaNode))} — found ${describeFound(input)}`;
  }
  return `${field(path)}: ${issue.message}`;
}

/** One zod issue → one or more author-facing messages (an unknown-keys issue names each key). */
export function issueMessages(issue: z.core.$ZodIssue, root: z.ZodType): IssueMessage[] {
  const path = issue.path as PathSegment[];
  const input = (issue as { input?: unknown }).input;
  const at = (message: string): IssueMessage[] => [{ path, message, atKey: false }];
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined)
        return [{ path, message: `${field(path)} is missing`, atKey: false, missing: true }];
      const expected = describeExpected(schemaAt(root, path));
      if (input === null) return at(`${field(path)} has no value: it must be ${expected}`);
      const colon = expected === 'text' ? textWithColon(input) : undefined;
      if (colon) {
        return at(
          `${field(path)} must be text, but YAML reads it as a field because of the \`: \` (a colon and a space) in it. Put the whole text in quotes: ${JSON.stringify(colon)}`,
        );
      }
      return at(`${field(path)} must be ${expected} — found ${describeFound(input)}`);
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const match = typeof input === 'string' ? closest(input, values) : undefined;
      const found = `found ${describeFound(input)}`;
      // A long list hides the answer; a likely typo is more useful than 21 options.
      if (match && values.length > 10)
        return at(`${field(path)} must be one of the known values — ${found} (did you mean ${match}?)`);
      return at(
        `${field(path)} must be ${listOf(values)} — ${found}${match ? ` (did you mean ${match}?)` : ''}`,
      );
    }
    case 'too_small':
    case 'too_big':
      return at(sizeMessage(issue, root));
    case 'invalid_format':
      return at(
        `${field(path)} ${isDefaultMessage(issue.message) ? 'has the wrong format' : issue.message} — found ${describeFound(input)}`,
      );
    case 'unrecognized_keys': {
      const known = knownKeys(root, path);
      return issue.keys.map((key, index): IssueMessage => {
        const match = closest(key, known);
        const full = [...path, key];
        if (match) {
          const suggests = [...path, match];
          return {
            path: full,
            message: `${field(full)} is not a known field (did you mean ${field(suggests)}?)`,
            atKey: true,
            suggests,
          };
        }
        // Only the first problems are reported; a file of a thousand unknown keys is not worth a search for each.
        const elsewhere = index < 50 ? placeOfField(root, key, path) : undefined;
        if (elsewhere) {
          return {
            path: full,
            message: `${field(full)} is not a known field here: it belongs in ${elsewhere.where}. Move it there, indented like the fields around it`,
            atKey: true,
            suggests: elsewhere.path,
          };
        }
        const list = known.length > 0 && known.length <= 12 ? ` — allowed here: ${known.join(', ')}` : '';
        return { path: full, message: `${field(full)} is not a known field${list}`, atKey: true };
      });
    }
    case 'custom':
      return at(`${field(path)} ${issue.message}`);
    default:
      return at(`${field(path)}: ${issue.message}`);
  }
}
