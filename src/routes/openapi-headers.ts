// The response headers of the OpenAPI document, added to the generated one: what every /v1 answer may carry
// (the rate limit), and what particular answers carry (Retry-After on 429, WWW-Authenticate on 401, Location on
// 201). Declared once as components and referenced, so generators and readers see one definition.

type Response = { description?: string; headers?: Record<string, unknown> };
type Document = {
  paths?: Record<string, Record<string, { responses?: Record<string, Response> }>>;
  components?: Record<string, Record<string, unknown> | undefined>;
};

const integer = { type: 'integer', minimum: 0 };
const HEADERS = {
  'RateLimit-Limit': {
    description: 'Requests this key may make in the current one-minute window (with AUTH=api-key)',
    schema: integer,
  },
  'RateLimit-Remaining': {
    description: 'Requests left in the current window (with AUTH=api-key)',
    schema: integer,
  },
  'RateLimit-Reset': {
    description: 'Seconds until the window starts again (with AUTH=api-key)',
    schema: integer,
  },
  'Retry-After': { description: 'Seconds to wait before trying again', schema: integer },
  'WWW-Authenticate': {
    description:
      'The bearer challenge: `Bearer realm="rehearse"`, with `error="invalid_token"` for a bad key',
    schema: { type: 'string' },
  },
  Location: { description: 'The path of the resource just created', schema: { type: 'string' } },
  Deprecation: {
    description: 'On answers that still carry deprecated fields: when they were deprecated (RFC 9745)',
    schema: { type: 'string' },
  },
} as const;

const ref = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

export function withResponseHeaders<T extends object>(document: T): T {
  const doc = structuredClone(document) as T & Document;
  doc.components = { ...doc.components, headers: { ...doc.components?.headers, ...HEADERS } };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith('/v1/')) continue;
    const limited = !path.startsWith('/v1/admin/');
    for (const method of METHODS) {
      for (const [status, response] of Object.entries(item[method]?.responses ?? {})) {
        const headers: Record<string, unknown> = { ...response.headers };
        if (limited && status !== '401') {
          for (const name of ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'] as const) {
            headers[name] = ref(name);
          }
        }
        if (status === '429') headers['Retry-After'] = ref('Retry-After');
        if (status === '401') headers['WWW-Authenticate'] = ref('WWW-Authenticate');
        if (status === '201') headers.Location = ref('Location');
        response.headers = headers;
      }
    }
  }
  return doc;
}
