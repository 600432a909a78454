// Completion from the scenario JSON Schema: the keys valid in the mapping at a YAML path, and the values an
// enum (or a list of consts) allows there. Pure, so the rules are tested without an editor.
import type { YamlContext, YamlSegment } from './yaml-path.ts';

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
};

export type CompletionItem = {
  label: string;
  kind: 'key' | 'value';
  /** What is inserted: a key comes with its `: `. */
  apply: string;
  /** The first line of the schema's description. */
  info?: string;
};

/** The schemas a node may match: references followed, alternatives spread out. */
function expand(
  root: JsonSchema,
  schema: JsonSchema | undefined,
  seen = new Set<JsonSchema>(),
): JsonSchema[] {
  if (!schema || seen.has(schema)) return [];
  seen.add(schema);
  if (schema.$ref) {
    const name = /^#\/(?:definitions|\$defs)\/(.+)$/.exec(schema.$ref)?.[1];
    const target = name ? (root.definitions?.[name] ?? root.$defs?.[name]) : undefined;
    return [schema, ...expand(root, target, seen)];
  }
  const alternatives = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return [schema, ...alternatives.flatMap((alternative) => expand(root, alternative, seen))];
}

/** Every schema the node at `path` may have to match. */
export function schemasAt(root: JsonSchema, path: readonly YamlSegment[]): JsonSchema[] {
  let current = expand(root, root);
  for (const seg of path) {
    current = current
      .flatMap((schema) =>
        typeof seg === 'number'
          ? [schema.items]
          : [
              schema.properties?.[seg] ??
                (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined),
            ],
      )
      .flatMap((schema) => expand(root, schema));
  }
  return current;
}

const firstLine = (text: string | undefined) => text?.split('\n')[0]?.trim() || undefined;

function keyItems(schemas: JsonSchema[], siblings: readonly string[]): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const schema of schemas) {
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (siblings.includes(key) || items.has(key)) continue;
      const info = firstLine(property.description);
      items.set(key, { label: key, kind: 'key', apply: `${key}: `, ...(info ? { info } : {}) });
    }
  }
  return [...items.values()];
}

function valueItems(schemas: JsonSchema[]): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  const add = (value: unknown, description?: string) => {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return;
    const label = String(value);
    if (items.has(label)) return;
    const info = firstLine(description);
    items.set(label, { label, kind: 'value', apply: label, ...(info ? { info } : {}) });
  };
  for (const schema of schemas) {
    for (const value of schema.enum ?? []) add(value, schema.description);
    if ('const' in schema) add(schema.const, schema.description);
    if (schema.type === 'boolean') {
      add(true);
      add(false);
    }
  }
  return [...items.values()];
}

const isMapping = (schema: JsonSchema) => schema.type === 'object' || schema.properties !== undefined;

/** The completions for the cursor's context, those starting with what was typed first. */
export function completionsFor(root: JsonSchema, context: YamlContext): CompletionItem[] {
  const schemas = schemasAt(root, context.path);
  const keys = context.position === 'key' || (context.position === 'item' && schemas.some(isMapping));
  const items = keys ? keyItems(schemas, context.siblings) : valueItems(schemas);
  const prefix = context.prefix.toLowerCase();
  return items.filter((item) => item.label.toLowerCase().startsWith(prefix));
}
