import fc from 'fast-check';
import { expect } from 'vitest';

// What every fuzzed request must get back: never a 5xx, and for a 4xx the one error shape.

/** Strings a hostile or careless client sends: unicode, control characters, markup, paths, huge ones. */
export const nastyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    '%00',
    '%ZZ',
    '<script>alert(1)</script>',
    "' or 1=1 --",
    '__proto__',
    'constructor',
    '\u202e\u200b\ufeff',
    '😀'.repeat(50),
    'a'.repeat(5000),
    '00000000-0000-0000-0000-000000000000',
    'NaN',
    '-1',
    '1e309',
  ),
);

/** Values of every JSON type, including the nasty strings, deep objects and prototype-looking keys. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  nastyString,
  fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
    fc.jsonValue({ maxDepth: 1 }),
  ),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 5 }),
);

/** Text a header may legally carry (no CR, LF or NUL; Latin-1), so the request can be built at all. */
export const headerValue = fc.oneof(
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0xff }).map((code) => String.fromCharCode(code)),
    maxLength: 60,
  }),
  fc.constantFrom(
    '',
    'a'.repeat(300),
    'Bearer',
    'Bearer ',
    'Bearer x',
    'Basic Zm9vOmJhcg==',
    '*/*',
    'text/event-stream',
  ),
);

/** An object built from the route's own field names (so validation goes past the first key) with wrong values. */
export function objectWith(fields: string[]) {
  return fc.dictionary(fc.oneof(fc.constantFrom(...fields), nastyString), anyJson, {
    maxKeys: fields.length + 2,
  });
}

export type Probe = { path: string; init: RequestInit };

/** The property: not a 5xx, and a 4xx carries `{ error: { code, message, requestId } }`. */
export async function expectClientError(
  res: Response,
  probe: Probe,
  allow?: (status: number, body: unknown) => boolean,
) {
  const where = `${probe.init.method ?? 'GET'} ${probe.path}`;
  const text = await res.text();
  expect(res.status, `${where} → ${res.status} ${text.slice(0, 300)}`).toBeLessThan(500);
  if (res.status < 400 || probe.init.method === 'HEAD') return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${where} → ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  if (allow?.(res.status, body)) return;
  expect(body, `${where} → ${res.status}`).toMatchObject({
    error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) },
  });
}

/** fast-check's settings for these files: bounded runs, reproducible with the printed seed. */
export const runs = (numRuns: number) => ({ numRuns, endOnFailure: true });
