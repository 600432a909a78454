import { describe, expect, it } from 'vitest';
import { authHeaders, embedOrigins, notifyParent, takeKeyFromFragment } from './embed.ts';

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
    expect(takeKeyFromFragment({ hash: `#key=${KEY}&lang=nl`, pathname: '/', search: '?x=1' }, history)).toBe(
      KEY,
    );
    expect(replaced).toEqual(['/?x=1#lang=nl']);
    expect(authHeaders()).toEqual({ authorization: `Bearer ${KEY}` });
  });

  it('drops a malformed key rather than sending it', () => {
    const history = { state: null, replaceState: () => {} };
    expect(takeKeyFromFragment({ hash: '#key=<script>', pathname: '/', search: '' }, history)).toBeNull();
    expect(authHeaders()).toEqual({});
  });

  it('reads the allowed origins from the page', () => {
    expect(embedOrigins(doc('https://lms.example.org https://intranet.example.org'))).toEqual([
      'https://lms.example.org',
      'https://intranet.example.org',
    ]);
    expect(embedOrigins(doc())).toEqual([]);
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
    expect(notifyParent(event, framed)).toBe(1);
    expect(posted).toEqual([[{ source: 'rehearse', ...event }, 'https://lms.example.org']]);

    const top: { parent?: unknown; document: ReturnType<typeof doc> } = {
      document: doc('https://lms.example.org'),
    };
    top.parent = top;
    expect(notifyParent(event, top as never)).toBe(0);
    expect(notifyParent(event, { parent, document: doc() } as never)).toBe(0);
    expect(posted).toHaveLength(1);
  });
});
