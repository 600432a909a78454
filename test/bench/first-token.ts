import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { createLlmClient } from '../../src/llm/openai.ts';
import type { FakeOpenAI } from '../fake-openai.ts';
import { assertComplete, createSession, LEARNER_REPLIES, streamTurn } from '../session-client.ts';
import { type Summary, summarize } from './stats.ts';

// Time to the first persona token through the coach against asking the fake upstream directly, in
// alternating batches so both sides see the same machine state. The difference is what the coach adds:
// HTTP, storing and scoring the learner turn, the prompt, SSE framing. With a bare relay (relay.ts) the
// same batches also measure what the stack alone adds, with no database and no rubric: the floor.

export type FirstTokenResult = {
  concurrency: number;
  /** How long the fake LLM judge took to answer; absent when the coach ran without a judge. */
  judgeMs?: number;
  coach: Summary;
  direct: Summary;
  /** Coach minus direct, statistic by statistic (the samples are not paired). */
  addedMedianMs: number;
  addedP99Ms: number;
  relay?: Summary & { addedMedianMs: number; addedP99Ms: number };
};

export async function benchFirstToken(options: {
  coachUrl: string;
  relayUrl?: string;
  fake: FakeOpenAI;
  concurrency: number;
  waves: number;
}): Promise<FirstTokenResult> {
  const { coachUrl, relayUrl, fake, concurrency, waves } = options;
  const direct = createLlmClient({ baseURL: fake.url, timeoutMs: 60_000, maxRetries: 0 });
  const coachSamples: number[] = [];
  const relaySamples: number[] = [];
  const directSamples: number[] = [];

  const streamTurns = async (url: string, sessions: string[], round: number, samples: number[]) => {
    const turns = await Promise.all(sessions.map((id) => streamTurn(url, id, LEARNER_REPLIES[round]!)));
    for (const turn of turns) {
      assertComplete(turn);
      samples.push(turn.firstTokenMs);
    }
  };

  for (let wave = 0; wave < waves; wave++) {
    const coachSessions = await createSessions(coachUrl, concurrency);
    const relaySessions = relayUrl ? await createSessions(relayUrl, concurrency) : [];
    for (let round = 0; round < 3; round++) {
      await streamTurns(coachUrl, coachSessions, round, coachSamples);
      // The same request the coach just sent, now straight from the client to the upstream.
      const body = lastStreamingRequest(fake);
      if (relayUrl) await streamTurns(relayUrl, relaySessions, round, relaySamples);
      const firsts = await Promise.all(
        coachSessions.map(async () => {
          const started = performance.now();
          const stream = await direct.chat.completions.create(body);
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
  const relay = relayUrl ? summarize(relaySamples) : undefined;
  return {
    concurrency,
    coach,
    direct: upstream,
    addedMedianMs: coach.median - upstream.median,
    addedP99Ms: coach.p99 - upstream.p99,
    ...(relay
      ? {
          relay: {
            ...relay,
            addedMedianMs: relay.median - upstream.median,
            addedP99Ms: relay.p99 - upstream.p99,
          },
        }
      : {}),
  };
}

/** The streaming request the coach sent last: the direct side and the bare relay send the same. */
export function lastStreamingRequest(fake: FakeOpenAI): ChatCompletionCreateParamsStreaming {
  const body = fake.requests.findLast((request) => request.body?.stream === true)?.body;
  if (!body) throw new Error('The coach sent no streaming request to the fake upstream.');
  return body as unknown as ChatCompletionCreateParamsStreaming;
}

const createSessions = (url: string, count: number) =>
  Promise.all(Array.from({ length: count }, () => createSession(url)));
