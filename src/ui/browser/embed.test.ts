import { describe, expect, it } from 'vitest';
import { createRehearseClient } from '../../client/index.ts';
import * as embed from './embed.ts';

const KEY = `rh_${'A'.repeat(43)}`;

/** The Authorization header the page's client sends with the key it was given. */
async function sentAuthorization(apiKey: string | null): Promise<string | null> {
  let sent: string | null = null;
  const client = createRehearseClient('', {
    ...(apiKey ? { apiKey } : {}),
    fetch: async (_url, init) => {
      sent = new Headers(init?.headers).get('authorization');
      return Response.json({ principles: [], moves: [] });
    },
  });
  await client.listPrinciples();
  return sent;
}

const doc = (content?: string) => ({
  querySelector: (selector: string) =>
    selector === 'meta[name="rehearse-embed-origins"]' && content !== undefined
      ? ({ getAttribute: () => content } as unknown as Element)
      : null,
});

describe('embedding', () => {
  it('takes the key from the fragment, removes it from the address, and sends it as Bearer', async () => {
    const replaced: string[] = [];
    const history = {
      state: null,
      replaceState: (_: unknown, __: string, url?: string | URL | null) => void replaced.push(String(url)),
    };
    const key = embed.takeKeyFromFragment(
      { hash: `#key=${KEY}&lang=nl`, pathname: '/', search: '?x=1' },
      history,
    );
    expect(key).toBe(KEY);
    expect(replaced).toEqual(['/?x=1#lang=nl']);
    expect(await sentAuthorization(key)).toBe(`Bearer ${KEY}`);
  });

  it('sends no key when the page was given none', async () => {
    const history = { state: null, replaceState: () => {} };
    const key = embed.takeKeyFromFragment({ hash: '#lang=nl', pathname: '/', search: '' }, history);
    expect(key).toBeNull();
    expect(await sentAuthorization(key)).toBeNull();
  });

  it('drops a malformed key rather than sending it, even in place of a good one', async () => {
    const history = { state: null, replaceState: () => {} };
    expect(embed.takeKeyFromFragment({ hash: `#key=${KEY}`, pathname: '/', search: '' }, history)).toBe(KEY);
    const key = embed.takeKeyFromFragment({ hash: '#key=<script>', pathname: '/', search: '' }, history);
    expect(key).toBeNull();
    expect(await sentAuthorization(key)).toBeNull();
  });

  it('hands the key on to another page in the fragment, which that page takes out again', () => {
    expect(embed.withKeyFragment('/studio/analytics', null)).toBe('/studio/analytics');
    const href = embed.withKeyFragment('/studio/analytics', KEY);
    expect(href).toBe(`/studio/analytics#key=${KEY}`);
    const url = new URL(href, 'https://rehearse.example.org');
    const replaced: string[] = [];
    const history = {
      state: null,
      replaceState: (_: unknown, __: string, next?: string | URL | null) => void replaced.push(String(next)),
    };
    expect(embed.takeKeyFromFragment(url, history)).toBe(KEY);
    expect(replaced).toEqual(['/studio/analytics']);
  });

  it('keeps the key out of the link itself: only a plain click hands it on', () => {
    const went: string[] = [];
    const link = embed.keyHandingLink('/studio', KEY, (url) => went.push(url));
    expect(link.href).toBe('/studio');
    // A click as the browser reports it: which button, which modifier keys; prevented or not.
    const click = (init: { button?: number; ctrlKey?: boolean }) => {
      let prevented = false;
      const event = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...init };
      const preventDefault = () => {
        prevented = true;
      };
      link.onclick({ ...event, preventDefault } as unknown as Event);
      return prevented;
    };
    expect(click({ ctrlKey: true })).toBe(false);
    expect(click({ button: 1 })).toBe(false);
    expect(went).toEqual([]);
    expect(click({ button: 0 })).toBe(true);
    expect(went).toEqual([`/studio#key=${KEY}`]);
    embed.keyHandingLink('/studio', null, (url) => went.push(url)).onclick({ button: 0 } as unknown as Event);
    expect(went).toHaveLength(1);
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
