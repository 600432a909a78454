import { describe, expect, it } from 'vitest';
import { createSseParser, readSse, type SseEvent } from './sse.ts';

function parseChunks(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createSseParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return events;
}

const STREAM =
  'event: learner\ndata: {"id":"t1"}\n\n: keep-alive\n\nevent: delta\ndata: {"text":"Hoi"}\n\nevent: done\ndata: {}\n\n';
const EXPECTED = [
  { event: 'learner', data: '{"id":"t1"}' },
  { event: 'delta', data: '{"text":"Hoi"}' },
  { event: 'done', data: '{}' },
];

describe('createSseParser', () => {
  it('parses a whole stream', () => {
    expect(parseChunks([STREAM])).toEqual(EXPECTED);
  });

  it.each([1, 2, 3, 5, 7, 13])(
    'gives the same events when the stream arrives in %i-character chunks',
    (size) => {
      const chunks = STREAM.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
      expect(parseChunks(chunks)).toEqual(EXPECTED);
    },
  );

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('accepts %s line ends, also when split between chunks', (_name, eol) => {
    const text = STREAM.replaceAll('\n', eol);
    expect(parseChunks([text])).toEqual(EXPECTED);
    expect(parseChunks(text.split(''))).toEqual(EXPECTED);
  });

  it('joins multi-line data with newlines and defaults the event name to message', () => {
    expect(parseChunks(['data: one\ndata: two\n\n'])).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('keeps a value without the optional space, and colons inside the value', () => {
    expect(parseChunks(['event:delta\ndata:{"text":"a: b"}\n\n'])).toEqual([
      { event: 'delta', data: '{"text":"a: b"}' },
    ]);
  });

  it('drops an event whose blank line never came (a cut stream)', () => {
    expect(parseChunks(['event: delta\ndata: {"text":"half"}\n'])).toEqual([]);
  });

  it('ignores events without data and unknown fields', () => {
    expect(parseChunks(['event: ping\n\nid: 4\nretry: 10\ndata: x\n\n'])).toEqual([
      { event: 'message', data: 'x' },
    ]);
  });
});

describe('readSse', () => {
  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('event: delta\ndata: {"text":"café ✓"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const events: SseEvent[] = [];
    for await (const event of readSse(body)) events.push(event);
    expect(events).toEqual([{ event: 'delta', data: '{"text":"café ✓"}' }]);
  });

  it('cancels the body when the reader stops early', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(STREAM));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const event of readSse(body)) {
      expect(event).toEqual(EXPECTED[0]);
      break;
    }
    expect(cancelled).toBe(true);
  });
});
