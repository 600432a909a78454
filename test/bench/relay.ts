import { serve } from '@hono/node-server';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { relayApp } from './relay-app.ts';

// The bare relay (relay-app.ts) as its own process, like the coach: the floor under the first-token figures.

const upstreamUrl = process.env.OPENAI_BASE_URL;
const request = JSON.parse(process.env.RELAY_REQUEST ?? 'null') as ChatCompletionCreateParamsStreaming;
if (!upstreamUrl || !request) throw new Error('The relay needs OPENAI_BASE_URL and RELAY_REQUEST.');

process.once('SIGTERM', () => process.exit(0));
serve({ fetch: relayApp(upstreamUrl, request).fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  // The lines the benchmark waits for, in the coach's own words: with no database, it is ready once it listens.
  process.stdout.write(
    `${JSON.stringify({ msg: 'Rehearse is listening', url: `http://127.0.0.1:${info.port}` })}\n`,
  );
  process.stdout.write(`${JSON.stringify({ msg: 'Rehearse is ready' })}\n`);
});
