import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake, startFakeOpenAI } from '../../test/fake-openai.ts';
import { scoreHeuristic } from './heuristic.ts';
import { PRINCIPLE_IDS } from './ids.ts';
import { createLlmJudge } from './judge.ts';
import { summarizeSession } from './session-report.ts';
import type { Focus, ScoreInput } from './types.ts';

// `focus.<principle>: 0` in a scenario: that principle is not scored there, by either engine, nor in the report.

const focus: Focus = { 'self-leadership': 1, connection: 0, courage: 2, clarity: 2, mentorship: 1 };
const input: ScoreInput = {
  reply:
    'I can hear how much this hurts, and I am sorry. No, I will not move the deadline. What do you need from me?',
  language: 'en',
  history: [{ role: 'persona', content: 'You moved my deadline again without asking me.' }],
  focus,
};

describe('a principle with focus 0', () => {
  it('is scored with any other focus (the reply shows connection)', () => {
    const scored = scoreHeuristic({ ...input, focus: { ...focus, connection: 1 } });
    expect(scored.criteria.find((c) => c.id === 'connection')?.score).toBeGreaterThanOrEqual(3);
  });

  it('gets no score and no evidence from the heuristic', () => {
    const connection = scoreHeuristic(input).criteria.find((c) => c.id === 'connection');
    expect(connection).toMatchObject({ score: null, evidence: [] });
  });

  it('never shows in the report: no mean, no strongest or weakest moment', () => {
    const result = scoreHeuristic(input);
    const report = summarizeSession({
      language: 'en',
      focus,
      turns: [1, 3, 5].map((seq) => ({ seq, content: input.reply, result })),
    });
    expect(report.principles.find((p) => p.id === 'connection')).toMatchObject({
      mean: null,
      scoredTurns: 0,
    });
    expect([...report.strongest, ...report.weakest].map((m) => m.principle)).not.toContain('connection');
    expect(report.strongest.length).toBeGreaterThan(0);
  });

  describe('with the LLM judge', () => {
    let server: Awaited<ReturnType<typeof startFakeOpenAI>>;
    beforeAll(async () => {
      server = await startFakeOpenAI();
    });
    afterAll(() => server.close());

    it('is not scored even when the model scores it', async () => {
      server.enqueue(
        fake.json({
          criteria: PRINCIPLE_IDS.map((id) => ({
            id,
            score: 4,
            quotes: [],
            feedback: `Feedback for ${id}.`,
          })),
          tips: ['Keep going.'],
        }),
      );
      const client = new OpenAI({ apiKey: 'test', baseURL: server.url, maxRetries: 0 });
      const judge = createLlmJudge({ client, model: 'judge-model', timeoutMs: 2000, maxTokens: 400 });
      const result = await judge.score(input);
      expect(result.engine).toBe('llm');
      expect(result.criteria.find((c) => c.id === 'connection')?.score).toBeNull();
      expect(result.criteria.find((c) => c.id === 'courage')?.score).toBe(4);
      expect(result.overall).toBe(100);
    });
  });
});
