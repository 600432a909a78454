import { describe, expect, it } from 'vitest';
import { createUiRoutes, studioCsp, UI_CSP } from './index.ts';

describe('UI routes', () => {
  const app = createUiRoutes();

  it('serves the page with a CSP that forbids inline script and names the versioned assets', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(UI_CSP);
    expect(UI_CSP).toMatch(/script-src 'self';/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toMatch(/<script type="module" src="\/assets\/app\.js\?v=[0-9a-f]{12}"><\/script>/);
    expect(html).not.toMatch(/<script>(?!<)/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it.each([
    ['/assets/app.js', /^text\/javascript/],
    ['/assets/app.css', /^text\/css/],
  ])('serves %s bundled, cached for good under its version and revalidated without', async (path, type) => {
    const page = await (await app.request('/')).text();
    const version = /\?v=([0-9a-f]+)/.exec(page)?.[1];
    const versioned = await app.request(`${path}?v=${version}`);
    expect(versioned.status).toBe(200);
    expect(versioned.headers.get('content-type')).toMatch(type);
    expect(versioned.headers.get('cache-control')).toContain('immutable');
    expect((await versioned.text()).length).toBeGreaterThan(500);

    const plain = await app.request(path);
    expect(plain.headers.get('cache-control')).toBe('no-cache');
    const etag = plain.headers.get('etag');
    expect(etag).toBe(`"${version}"`);
    const again = await app.request(path, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it('bundles no external URLs and no HTML parsing of text', async () => {
    const js = await (await app.request('/assets/app.js')).text();
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(js).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});

describe('the studio page', () => {
  const app = createUiRoutes();

  it('has its own bundle, a nonce for the editor styles made per response, and no inline script', async () => {
    const first = await app.request('/studio');
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self';/);
    const nonce = /style-src 'self' 'nonce-([A-Za-z0-9+/=]+)';/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toBe(studioCsp(nonce!));
    expect(csp).not.toContain('unsafe-inline');
    const html = await first.text();
    expect(html).toContain(`<meta name="rehearse-style-nonce" content="${nonce}">`);
    expect(html).toMatch(/<script type="module" src="\/assets\/studio\.js\?v=[0-9a-f]{12}"><\/script>/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/studio\.css\?v=[0-9a-f]{12}">/);
    expect(html).not.toMatch(/<script>(?!<)/);
    expect(html).not.toMatch(/https?:\/\//);

    const second = await app.request('/studio');
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
  });

  it.each([
    ['/assets/studio.js', /^text\/javascript/],
    ['/assets/studio.css', /^text\/css/],
  ])('serves %s cached for good under its version', async (path, type) => {
    const version = /studio\.js\?v=([0-9a-f]+)/.exec(await (await app.request('/studio')).text())?.[1];
    const res = await app.request(`${path}?v=${version}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(res.headers.get('cache-control')).toContain('immutable');
  });

  it('carries the code editor, which the chat bundle does not', async () => {
    const studio = await (await app.request('/assets/studio.js')).text();
    const chat = await (await app.request('/assets/app.js')).text();
    expect(studio).toContain('cm-editor');
    expect(chat).not.toContain('cm-editor');
    expect(chat).not.toContain('cm-lintRange');
    // The chat stays the size it was, well under the editor's bundle.
    expect(chat.length).toBeLessThan(studio.length / 3);
    expect(studio).not.toMatch(/innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });
});

describe('the analytics page', () => {
  const app = createUiRoutes();

  it("has its own bundle after the chat's stylesheet, under the chat's CSP, with no inline script", async () => {
    const res = await app.request('/studio/analytics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(UI_CSP);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toMatch(
      /<link rel="stylesheet" href="\/assets\/app\.css\?v=[0-9a-f]{12}">\n<link rel="stylesheet" href="\/assets\/analytics\.css\?v=[0-9a-f]{12}">/,
    );
    expect(html).toMatch(/<script type="module" src="\/assets\/analytics\.js\?v=[0-9a-f]{12}"><\/script>/);
    expect(html).not.toMatch(/<script>(?!<)/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('serves its bundle cached for good under its version, without the editor and without HTML parsing', async () => {
    const version = /analytics\.js\?v=([0-9a-f]+)/.exec(
      await (await app.request('/studio/analytics')).text(),
    )?.[1];
    for (const [path, type] of [
      ['/assets/analytics.js', /^text\/javascript/],
      ['/assets/analytics.css', /^text\/css/],
    ] as const) {
      const res = await app.request(`${path}?v=${version}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toMatch(type);
      expect(res.headers.get('cache-control')).toContain('immutable');
    }
    const js = await (await app.request('/assets/analytics.js')).text();
    expect(js).toContain('/v1/analytics/');
    expect(js).not.toContain('cm-editor');
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(js).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});
