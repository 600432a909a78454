import { APIConnectionError, APIUserAbortError, InternalServerError, RateLimitError } from 'openai';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLlmClient } from '../src/llm/openai.ts';
import { type FakeOpenAI, fake, startFakeOpenAI } from './fake-openai.ts';

let server: FakeOpenAI;
beforeEach(async () => {
  server = await startFakeOpenAI();
});
afterEach(async () => {
  await server.close();
});

const client = (maxRetries = 0) =>
  createLlmClient({ apiKey: 'test-key', baseURL: server.url, timeoutMs: 5_000, maxRetries });
const messages = [{ role: 'user' as const, content: 'Hello' }];

describe('fake OpenAI server with the real SDK', () => {
  it('streams chunks in order, ends with usage when asked, and records the request', async () => {
    server.enqueue(fake.text(['Hello', ' there', ', friend.'], { interTokenDelayMs: 5 }));
    const stream = await client().chat.completions.create({
      model: 'm',
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    const deltas: string[] = [];
    let usage: unknown = null;
    for await (const chunk of stream) {
      const text = chunk.choices[0]?.delta.content;
      if (text) deltas.push(text);
      if (chunk.usage) usage = chunk.usage;
    }
    expect(deltas).toEqual(['Hello', ' there', ', friend.']);
    expect(usage).toMatchObject({ prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number) });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body).toMatchObject({ model: 'm', stream: true, messages });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer test-key');
    expect(server.requests[0]?.aborted).toBe(false);
  });

  it('answers a non-streamed request with the whole text', async () => {
    server.setBehaviour(fake.text('All of it.'));
    const completion = await client().chat.completions.create({ model: 'm', messages });
    expect(completion.choices[0]?.message.content).toBe('All of it.');
    expect(completion.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it.each([
    ['an object', fake.json({ score: 3, quotes: ['x'] }), '{"score":3,"quotes":["x"]}'],
    ['nonsense', fake.rawJson('{"score": thr'), '{"score": thr'],
  ])('answers json_schema requests with %s', async (_name, behaviour, expected) => {
    server.enqueue(behaviour);
    const completion = await client().chat.completions.create({
      model: 'm',
      messages,
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'object' } } },
    });
    expect(completion.choices[0]?.message.content).toBe(expected);
    expect(server.requests[0]?.body.response_format.type).toBe('json_schema');
  });

  it('sends a refusal', async () => {
    server.enqueue(fake.refusal('No.'));
    const completion = await client().chat.completions.create({ model: 'm', messages });
    expect(completion.choices[0]?.message.refusal).toBe('No.');
    expect(completion.choices[0]?.message.content).toBeNull();
  });

  it('fails with 500 once when retries are disabled', async () => {
    server.setBehaviour(fake.status(500));
    await expect(client(0).chat.completions.create({ model: 'm', messages })).rejects.toBeInstanceOf(
      InternalServerError,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('lets the SDK retry a 429 after retry-after, then succeeds', async () => {
    server.enqueue(fake.rateLimited('0'), fake.text('Now it works.'));
    const completion = await client(2).chat.completions.create({ model: 'm', messages });
    expect(completion.choices[0]?.message.content).toBe('Now it works.');
    expect(server.requests).toHaveLength(2);
  });

  it('sends retry-after with a 429', async () => {
    server.setBehaviour(fake.rateLimited('7'));
    const error = await client(0)
      .chat.completions.create({ model: 'm', messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers?.get('retry-after')).toBe('7');
  });

  it('resets the connection', async () => {
    server.enqueue(fake.reset());
    await expect(client(0).chat.completions.create({ model: 'm', messages })).rejects.toBeInstanceOf(
      APIConnectionError,
    );
  });

  it('cuts a stream: the SDK raises after the chunks that arrived', async () => {
    server.enqueue(fake.cut('One two three four five', 2));
    const stream = await client().chat.completions.create({ model: 'm', messages, stream: true });
    const deltas: string[] = [];
    const consume = async () => {
      for await (const chunk of stream) {
        const text = chunk.choices[0]?.delta.content;
        if (text) deltas.push(text);
      }
    };
    await expect(consume()).rejects.toThrow();
    expect(deltas).toEqual(['One', ' two']);
    expect(server.requests[0]?.aborted).toBe(false);
  });

  it('stalls until the client aborts, and records the abort', async () => {
    server.enqueue(fake.stall(['Hmm']));
    const controller = new AbortController();
    const stream = await client().chat.completions.create(
      { model: 'm', messages, stream: true },
      { signal: controller.signal },
    );
    const deltas: string[] = [];
    const consuming = (async () => {
      for await (const chunk of stream) {
        const text = chunk.choices[0]?.delta.content;
        if (text) deltas.push(text);
      }
    })();
    await vi.waitFor(() => expect(deltas).toEqual(['Hmm']));
    const abortedAt = Date.now();
    controller.abort();
    await consuming.catch((error: unknown) => expect(error).toBeInstanceOf(APIUserAbortError));
    await vi.waitFor(() => expect(server.requests[0]?.aborted).toBe(true), { timeout: 1_000 });
    expect(server.requests[0]?.abortedAt).toBeGreaterThanOrEqual(abortedAt);
  });

  it('lets a handler decide by the request content, and a queue goes first', async () => {
    server = await (async () => {
      await server.close();
      return startFakeOpenAI({
        handler: (request) => fake.text(request.body.messages.at(-1).content === 'ping' ? 'pong' : 'what?'),
      });
    })();
    server.enqueue(fake.text('queued'));
    const ask = async (content: string) =>
      (await client().chat.completions.create({ model: 'm', messages: [{ role: 'user', content }] }))
        .choices[0]?.message.content;
    expect(await ask('ping')).toBe('queued');
    expect(await ask('ping')).toBe('pong');
    expect(await ask('other')).toBe('what?');
  });

  it('delays the first token and spaces the others', async () => {
    server.enqueue(fake.text(['a', 'b', 'c'], { firstTokenDelayMs: 60, interTokenDelayMs: 30 }));
    const started = Date.now();
    const stream = await client().chat.completions.create({ model: 'm', messages, stream: true });
    const times: number[] = [];
    for await (const chunk of stream) if (chunk.choices[0]?.delta.content) times.push(Date.now() - started);
    expect(times).toHaveLength(3);
    expect(times[0]).toBeGreaterThanOrEqual(50);
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(50);
    const request = server.requests[0]!;
    expect(request.finishedAt! - request.firstChunkAt!).toBeGreaterThanOrEqual(50);
  });
});
