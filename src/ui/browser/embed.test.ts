import { beforeEach, describe, expect, it, vi } from 'vitest';

// The key is kept in the module, as the page keeps it: each test gets the module afresh, so none depends on
// what an earlier one left there.
let embed: typeof import('./embed.ts');
beforeEach(async () => {
  vi.resetModules();
  embed = await import('./embed.ts');
});

const KEY = `rh_${'A'.repeat(43)}`;

const doc = (content?: string) => ({
  querySelector: (selector: string) =>
    selector === 'meta[name="rehearse-embed-origins"]' && content !== undefined
      ? ({ getAttribute: () => content } as unknown as Element)
      : null,
});

describe('embedding', () => {
  it('takes the key from the fragment, removes it from the address, and sends it as Bearer', () => {
    const replaced: string[] = [];
    const history = {
      state: null,
      replaceState: (_: unknown, __: string, url?: string | URL | null) => void replaced.push(String(url)),
    };
    expect(
      embed.takeKeyFromFragment({ hash: `#key=${KEY}&lang=nl`, pathname: '/', search: '?x=1' }, history),
    ).toBe(KEY);
    expect(replaced).toEqual(['/?x=1#lang=nl']);
    expect(embed.authHeaders()).toEqual({ authorization: `Bearer ${KEY}` });
  });

  it('sends no key when the page was given none', () => {
    const history = { state: null, replaceState: () => {} };
    expect(embed.takeKeyFromFragment({ hash: '#lang=nl', pathname: '/', search: '' }, history)).toBeNull();
    expect(embed.authHeaders()).toEqual({});
  });

  it('drops a malformed key rather than sending it, even in place of a good one', () => {
    const history = { state: null, replaceState: () => {} };
    expect(embed.takeKeyFromFragment({ hash: `#key=${KEY}`, pathname: '/', search: '' }, history)).toBe(KEY);
    expect(
      embed.takeKeyFromFragment({ hash: '#key=<script>', pathname: '/', search: '' }, history),
    ).toBeNull();
    expect(embed.authHeaders()).toEqual({});
  });

  it('reads the allowed origins from the page', () => {
    expect(embed.embedOrigins(doc('https://lms.example.org https://intranet.example.org'))).toEqual([
      'https://lms.example.org',
      'https://intranet.example.org',
    ]);
    expect(embed.embedOrigins(doc())).toEqual([]);
  });

  it('posts events to the parent only when framed, and only to the allowed origins', () => {
    const posted: [unknown, string][] = [];
    const parent = { postMessage: (message: unknown, origin: string) => void posted.push([message, origin]) };
    const event = {
      type: 'session-ended' as const,
      sessionId: 's1',
      overall: 70,
      principles: { courage: 3 },
    };
    const framed = { parent, document: doc('https://lms.example.org') } as never;
    expect(embed.notifyParent(event, framed)).toBe(1);
    expect(posted).toEqual([[{ source: 'rehearse', ...event }, 'https://lms.example.org']]);

    const top: { parent?: unknown; document: ReturnType<typeof doc> } = {
      document: doc('https://lms.example.org'),
    };
    top.parent = top;
    expect(embed.notifyParent(event, top as never)).toBe(0);
    expect(embed.notifyParent(event, { parent, document: doc() } as never)).toBe(0);
    expect(posted).toHaveLength(1);
  });
});
