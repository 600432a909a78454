import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { createLlmClient } from '../../src/llm/client.ts';
import type { FakeOpenAI } from '../fake-openai.ts';
import { assertComplete, createSession, LEARNER_REPLIES, streamTurn } from '../session-client.ts';
import { type Summary, summarize } from './stats.ts';

// Time to the first persona token through the coach against asking the fake upstream directly, in
// alternating batches so both sides see the same machine state. The difference is what the coach adds:
// HTTP, storing and scoring the learner turn, the prompt, SSE framing.

export type FirstTokenResult = {
  concurrency: number;
  coach: Summary;
  direct: Summary;
  /** Coach minus direct, statistic by statistic (the samples are not paired). */
  addedMedianMs: number;
  addedP99Ms: number;
};

export async function benchFirstToken(options: {
  coachUrl: string;
  fake: FakeOpenAI;
  concurrency: number;
  waves: number;
}): Promise<FirstTokenResult> {
  const { coachUrl, fake, concurrency, waves } = options;
  const direct = createLlmClient({ baseURL: fake.url, timeoutMs: 60_000, maxRetries: 0 });
  const coachSamples: number[] = [];
  const directSamples: number[] = [];
  let body: ChatCompletionCreateParamsStreaming | undefined;

  for (let wave = 0; wave < waves; wave++) {
    const sessions = await Promise.all(Array.from({ length: concurrency }, () => createSession(coachUrl)));
    for (let round = 0; round < 3; round++) {
      const turns = await Promise.all(
        sessions.map((id) => streamTurn(coachUrl, id, LEARNER_REPLIES[round]!)),
      );
      for (const turn of turns) {
        assertComplete(turn);
        coachSamples.push(turn.firstTokenMs);
      }
      // The same request the coach just sent, now straight from the client to the upstream.
      body ??= fake.requests.findLast((request) => request.body?.stream === true)?.body;
      if (!body) throw new Error('The coach sent no streaming request to the fake upstream.');
      const firsts = await Promise.all(
        sessions.map(async () => {
          const started = performance.now();
          const stream = await direct.chat.completions.create(body!);
          let first = Number.NaN;
          for await (const chunk of stream) {
            if (Number.isNaN(first) && chunk.choices[0]?.delta.content) first = performance.now() - started;
          }
          return first;
        }),
      );
      directSamples.push(...firsts);
    }
  }
  const coach = summarize(coachSamples);
  const upstream = summarize(directSamples);
  return {
    concurrency,
    coach,
    direct: upstream,
    addedMedianMs: coach.median - upstream.median,
    addedP99Ms: coach.p99 - upstream.p99,
  };
}
