import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { createLlmClient } from '../../src/llm/openai.ts';

// The floor under the coach's turn figures: the same stack (Hono on the Node server, the OpenAI SDK as the
// coach builds it, SSE to the client) relaying the coach's own model request, with no database, no rubric
// and no logging. What it adds over asking the upstream directly, or what it costs per streamed turn, any
// server on this stack pays before the coach's own work.
export function relayApp(upstreamUrl: string, request: ChatCompletionCreateParamsStreaming) {
  const client = createLlmClient({ baseURL: upstreamUrl, timeoutMs: 60_000 });
  return new Hono()
    .post('/v1/sessions', (c) => c.json({ id: crypto.randomUUID() }, 201))
    .post('/v1/sessions/:id/turns', async (c) => {
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
}
