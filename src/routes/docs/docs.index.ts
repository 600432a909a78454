import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';

// The API reference is served from the installed swagger-ui-dist package: no CDN, it works offline.
const assetsDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
} as const;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rehearse API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#docs', deepLinking: true });`;

// Swagger UI sets style attributes at run time, hence 'unsafe-inline' for styles only; scripts stay 'self'.
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'";

export function createDocsRoutes() {
  const cache = new Map<string, string>();
  const asset = (name: keyof typeof ASSETS) => {
    let body = cache.get(name);
    if (body === undefined) {
      body = readFileSync(join(assetsDir, name), 'utf8');
      cache.set(name, body);
    }
    return body;
  };
  return new Hono()
    .get('/docs', (c) => {
      c.header('Content-Security-Policy', DOCS_CSP);
      return c.html(PAGE);
    })
    .get('/docs/assets/init.js', (c) => {
      c.header('Content-Type', 'text/javascript; charset=utf-8');
      return c.body(INIT);
    })
    .get('/docs/assets/:name', (c) => {
      const name = c.req.param('name');
      // Own names only: `constructor` or `toString` are in every object, and no asset.
      if (!Object.hasOwn(ASSETS, name)) return c.notFound();
      const key = name as keyof typeof ASSETS;
      c.header('Content-Type', ASSETS[key]);
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(asset(key));
    });
}
