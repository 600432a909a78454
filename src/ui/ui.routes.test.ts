import { describe, expect, it } from 'vitest';
import { createUiRoutes, UI_CSP } from './index.ts';

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
