import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness.ts';

// Each reply's confidence is stored with its verdict, shown with the feedback in the session, and counted in
// the report.

const VAGUE = 'The train from Utrecht was on time and we had lunch by the river near the old bridge.';
const GOOD =
  "I can hear this matters to you, and I'm sorry to disappoint you. I can't take the project on this month. Shall we ask Sam on Friday at ten?";

describe('confidence in a session', () => {
  it('comes with each reply, in the session view and the report', async () => {
    const { app } = await createTestApp();
    const json = async (method: string, path: string, body?: unknown) => {
      const res = await app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return res.json();
    };
    const session = await json('POST', '/v1/sessions', { scenarioId: 'saying-no-extra-project' });
    const first = await json('POST', `/v1/sessions/${session.id}/turns`, { content: VAGUE });
    expect(first.feedback.confidence).toMatchObject({ level: 'low', judge: null });
    expect(first.feedback.confidence.reasons[0].message).toMatch(/recognised little/);
    await json('POST', `/v1/sessions/${session.id}/turns`, { content: GOOD });

    const view = await json('GET', `/v1/sessions/${session.id}`);
    const learner = view.turns.filter((turn: { role: string }) => turn.role === 'learner');
    const levels = learner.map(
      (turn: { feedback: { confidence: { level: string } } }) => turn.feedback.confidence.level,
    );
    expect(levels[0]).toBe('low');
    expect(levels[1]).not.toBe('low');

    const report = await json('POST', `/v1/sessions/${session.id}/end`);
    expect(report.confidence.replies).toEqual(
      learner.map((turn: { seq: number }, i: number) => ({ seq: turn.seq, level: levels[i] })),
    );
    expect(report.confidence.low).toBe(1);
    expect(report.confidence.high + report.confidence.medium + report.confidence.low).toBe(2);
  });

  it('comes with a reply scored on its own, in the language asked for', async () => {
    const { app } = await createTestApp();
    const res = await app.request('/v1/rubric/score', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reply: VAGUE, language: 'en', feedbackLanguage: 'nl' }),
    });
    const result = await res.json();
    expect(result.confidence.level).toBe('low');
    expect(result.confidence.reasons.map((r: { message: string }) => r.message).join(' ')).toMatch(
      /herkende weinig/,
    );
  });
});
