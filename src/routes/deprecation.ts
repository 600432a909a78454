import type { Context } from 'hono';

// Renamed fields keep their old names for one version (1.x), announced on every answer that still carries them
// with a `Deprecation` header (RFC 9745: the date they were deprecated) and a link to where the change is told.
// They go in the next major version.

/** 2026-12-02T00:00:00Z, when the old names were deprecated. */
const DEPRECATED_AT = 1_764_633_600;

export function markDeprecated(c: Context) {
  c.header('Deprecation', `@${DEPRECATED_AT}`);
  c.header('Link', '</docs>; rel="deprecation"; type="text/html"');
}
