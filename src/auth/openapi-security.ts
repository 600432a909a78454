import { scopesForPath } from './scopes.ts';

// The security part of the OpenAPI document, added to the generated one: the bearer schemes, which
// operations need which (with the key scopes that open them, as OpenAPI 3.1 allows for any scheme), and their
// 401/403/429 answers. Open routes (health, the document itself) stay open.

type Operation = { security?: unknown[]; responses?: Record<string, unknown> };
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: Record<string, Record<string, unknown> | undefined>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const ERROR = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

export function withSecurity<T extends object>(document: T): T {
  const doc = structuredClone(document) as T & Document;
  doc.components = {
    ...doc.components,
    securitySchemes: {
      ...doc.components?.securitySchemes,
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description:
          'An API key (`rh_…`) as `Authorization: Bearer <key>`. Needed on every `/v1` route when the server ' +
          'runs with AUTH=api-key; a server on loopback with AUTH=none needs none. Each operation lists the key ' +
          'scopes that open it (any one of them suffices; `admin` opens all); a key without them gets 403.',
      },
      ...(Object.keys(doc.paths ?? {}).some((path) => path.startsWith('/v1/admin/'))
        ? {
            adminToken: {
              type: 'http',
              scheme: 'bearer',
              description:
                "The server's ADMIN_TOKEN as `Authorization: Bearer <token>`; only for `/v1/admin` routes.",
            },
          }
        : {}),
    },
  };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith('/v1/')) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const scopes = scopesForPath(path);
      operation.security ??= scopes.length
        ? [...scopes, 'admin'].map((scope) => ({ bearer: [scope] }))
        : [{ bearer: [] }];
      operation.responses ??= {};
      operation.responses['401'] ??= { description: 'Missing or invalid credentials', ...ERROR };
      if (!path.startsWith('/v1/admin/')) {
        operation.responses['403'] ??= { description: 'The API key lacks the scope this needs', ...ERROR };
        operation.responses['429'] ??= { description: 'Rate limit or token budget reached', ...ERROR };
      }
    }
  }
  return doc;
}
