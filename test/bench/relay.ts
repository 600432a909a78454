import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { createLlmClient } from '../../src/llm/openai.ts';

// The floor under the coach's first-token figures: the same stack (Hono on the Node server, the OpenAI
// SDK as the coach builds it, SSE to the client) relaying the coach's own model request, with no database,
// no rubric and no logging. Run as its own process, like the coach: what it adds over asking the upstream
// directly is what any server on this stack adds, before the coach's own work.

const upstreamUrl = process.env.OPENAI_BASE_URL;
const request = JSON.parse(process.env.RELAY_REQUEST ?? 'null') as ChatCompletionCreateParamsStreaming;
if (!upstreamUrl || !request) throw new Error('The relay needs OPENAI_BASE_URL and RELAY_REQUEST.');

const client = createLlmClient({ baseURL: upstreamUrl, timeoutMs: 60_000 });
const app = new Hono();
app.post('/v1/sessions', (c) => c.json({ id: crypto.randomUUID() }, 201));
app.post('/v1/sessions/:id/turns', async (c) => {
  const { content } = await c.req.json<{ content: string }>();
  return streamSSE(c, async (sse) => {
    const chunks = await client.chat.completions.create({
      ...request,
      messages: [...request.messages.slice(0, -1), { role: 'user', content }],
    });
    let text = '';
    for await (const chunk of chunks) {
      const delta = chunk.choices[0]?.delta.content;
      if (!delta) continue;
      text += delta;
      await sse.writeSSE({ event: 'delta', data: JSON.stringify({ text: delta }) });
    }
    await sse.writeSSE({ event: 'persona', data: JSON.stringify({ role: 'persona', content: text }) });
    await sse.writeSSE({ event: 'done', data: JSON.stringify({ sessionStatus: 'active' }) });
  });
});

process.once('SIGTERM', () => process.exit(0));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  // The lines the benchmark waits for, in the coach's own words: with no database, it is ready once it listens.
  process.stdout.write(
    `${JSON.stringify({ msg: 'Rehearse is listening', url: `http://127.0.0.1:${info.port}` })}\n`,
  );
  process.stdout.write(`${JSON.stringify({ msg: 'Rehearse is ready' })}\n`);
});
