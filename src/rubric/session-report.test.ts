import { describe, expect, it } from 'vitest';
import { scoreHeuristic } from './heuristic.ts';
import { summarizeSession } from './session-report.ts';

const turn = (seq: number, content: string, language: 'nl' | 'en' = 'en') => ({
  seq,
  content,
  result: scoreHeuristic({ reply: content, language }),
});

const poor = 'You always do this. Sorry, but that is your problem.';
const good =
  "I can hear you're in a tight spot. My answer is no, but I'll sit down with you tomorrow at ten. What do you need from me?";

describe('summarizeSession', () => {
  const report = summarizeSession({
    language: 'en',
    success: [
      { statement: 'Says a clear no', moves: ['clear-no'] },
      { statement: 'Names the feeling and connects', principle: 'connection', minScore: 3 },
      { statement: 'Offers support', moves: ['offers-support'], principle: 'mentorship', minScore: 4 },
    ],
    turns: [turn(2, poor), turn(4, good)],
  });

  it('gives per principle a mean and a rising trend when the learner improves', () => {
    const connection = report.principles.find((p) => p.id === 'connection')!;
    expect(connection.mean).toBeGreaterThan(0);
    expect(connection.trend).toBeGreaterThan(0);
    expect(report.trendMethod).toBe('slope-per-turn');
  });

  it('quotes the strongest and weakest moments from the right turns', () => {
    expect(report.strongest.length).toBeGreaterThan(0);
    expect(report.strongest[0]!.seq).toBe(4);
    expect(good).toContain(report.strongest[0]!.quote);
    expect(report.weakest[0]!.seq).toBe(2);
    expect(poor).toContain(report.weakest[0]!.quote);
    expect(report.weakest[0]!.why).toMatch(/\.$/);
  });

  it('checks success statements with evidence', () => {
    expect(report.success[0]).toMatchObject({ statement: 'Says a clear no', met: true, seq: 4 });
    expect(good).toContain(report.success[0]!.evidence!);
    expect(report.success[2]!.met).toBe(false);
  });

  it('summarises strong back, soft front and wild heart as the minimum of both', () => {
    const { strongBack, softFront, wildHeart } = report.summary;
    expect(wildHeart.score).toBe(Math.min(strongBack.score!, softFront.score!));
    for (const part of [strongBack, softFront, wildHeart]) expect(part.text.length).toBeGreaterThan(10);
    expect(report.nextPractice).toMatch(/^Practise/);
  });

  it('writes in Dutch for a Dutch session', () => {
    const nl = summarizeSession({
      language: 'nl',
      turns: [turn(1, 'Je doet dit altijd. Jouw probleem.', 'nl')],
    });
    expect(nl.nextPractice).toMatch(/^Oefen/);
    expect(nl.summary.strongBack.text).toMatch(/rug/);
  });

  it('handles a session without turns', () => {
    const empty = summarizeSession({ language: 'en', turns: [] });
    expect(empty.overall).toBe(0);
    expect(empty.principles.every((p) => p.mean === null && p.trend === null)).toBe(true);
    expect(empty.summary.wildHeart.score).toBeNull();
    expect(empty.strongest).toEqual([]);
  });
});
