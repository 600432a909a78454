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
    expect(report.nextPractice).toMatch(/^Your weakest principle this time/);
  });

  it('writes in Dutch for a Dutch session', () => {
    const nl = summarizeSession({
      language: 'nl',
      turns: [turn(1, 'Je doet dit altijd. Jouw probleem.', 'nl')],
    });
    expect(nl.nextPractice).toMatch(/^Je zwakste grondbeginsel dit keer/);
    expect(nl.nextPractice).toContain('In antwoord 1:');
    expect(nl.summary.strongBack.text).toMatch(/rug/);
  });

  it('quotes in a moment the very words its explanation speaks of', () => {
    const moments = [...report.strongest, ...report.weakest];
    expect(moments.length).toBeGreaterThan(1);
    for (const moment of moments) {
      const quoted = moment.why.match(/“([^”]+)”/)?.[1]?.replace(/…$/, '');
      if (quoted) expect(moment.quote).toContain(quoted);
    }
    // "Thanks" is the first piece of evidence, the sentence speaks of "I can hear": the moment quotes that.
    const reply = 'Thanks. I can hear how frustrated you are about the delay, Sam.';
    const result = scoreHeuristic({ reply, language: 'en' });
    const connection = result.criteria.find((c) => c.id === 'connection')!;
    const spoken = connection.feedback.match(/“([^”]+)”/)![1]!;
    expect(connection.evidence[0]!.quote).not.toBe(spoken);
    const moment = summarizeSession({
      language: 'en',
      turns: [{ seq: 1, content: reply, result }],
    }).strongest.find((m) => m.principle === 'connection')!;
    expect(moment.why).toBe(connection.feedback);
    expect(moment.quote).toBe(spoken);
  });

  it('shows a line said twice as one moment', () => {
    const repeated = summarizeSession({
      language: 'en',
      turns: [turn(1, good), turn(3, poor), turn(5, good)],
    });
    const quotes = repeated.strongest.map((m) => m.quote.toLowerCase());
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(repeated.strongest.filter((m) => m.quote === repeated.strongest[0]!.quote)).toHaveLength(1);
  });

  it("derives what to practise from this session's weakest principle and the reply where it fell short", () => {
    const sessions = [
      ['I can hear this is hard for you. What do you need from me?', 'Maybe we could perhaps look at it.'],
      ['No. That is final.', 'No, I will not do that.'],
      ["That was my mistake and I'm sorry. I'll call you Thursday at ten to agree next steps."],
    ].map((replies) =>
      summarizeSession({ language: 'en', turns: replies.map((reply, i) => turn(i * 2 + 1, reply)) }),
    );
    const advice = sessions.map((s) => s.nextPractice);
    expect(new Set(advice).size).toBe(3);
    for (const session of sessions) {
      const { practice } = session;
      const lowest = Math.min(...session.principles.flatMap((p) => (p.mean === null ? [] : [p.mean])));
      expect(practice!.mean).toBe(lowest);
      expect(session.principles.find((p) => p.id === practice!.principle)!.mean).toBe(lowest);
      expect(session.nextPractice).toContain(practice!.moment!.why);
      expect(session.nextPractice).toContain(practice!.exercise);
    }
  });

  it('says how the overall is made: the mean of every reply, weighted by the focus', () => {
    const focus = { 'self-leadership': 2, connection: 2, courage: 3, clarity: 3, mentorship: 1 };
    const made = summarizeSession({ language: 'en', focus, turns: [turn(2, poor), turn(4, good)] });
    expect(made.composition.method).toBe('mean-of-replies');
    expect(made.composition.focus).toEqual(focus);
    expect(made.composition.replies.map((r) => r.seq)).toEqual([2, 4]);
    const mean = made.composition.replies.reduce((sum, r) => sum + r.overall, 0) / 2;
    expect(made.overall).toBe(Math.round(mean));
    expect(made.summary.strongBack.principles).toEqual(['courage', 'clarity', 'self-leadership']);
    expect(made.summary.softFront.principles).toEqual(['connection', 'mentorship']);
  });

  it('handles a session without turns', () => {
    const empty = summarizeSession({ language: 'en', turns: [] });
    expect(empty.practice).toBeNull();
    expect(empty.overall).toBe(0);
    expect(empty.principles.every((p) => p.mean === null && p.trend === null)).toBe(true);
    expect(empty.summary.wildHeart.score).toBeNull();
    expect(empty.strongest).toEqual([]);
  });
});

describe('success statements met through the scenario acts', () => {
  const acts = {
    core: { label: 'Say no, and that Ben got the role', words: ["it's Ben", 'Ben got'], moves: [] },
    mustNot: [{ label: 'Promise a next promotion', words: ['next time'] }],
  };
  const success = [
    { statement: 'You said who got the role.', act: 'core' as const },
    { statement: 'You promised nothing you cannot deliver.', act: 'no-must-not' as const },
  ];
  const at = (seq: number, content: string) => ({
    seq,
    content,
    result: scoreHeuristic({ reply: content, language: 'en' }),
  });

  it('meets the core act with the words that did it, and no must-not when none was done', () => {
    const report = summarizeSession({
      language: 'en',
      success,
      acts,
      turns: [
        at(1, 'I have news about the role.'),
        at(3, "No, Sarah, it's Ben. I won't promise you next time."),
      ],
    });
    expect(report.success[0]).toMatchObject({ met: true, seq: 3, evidence: "it's Ben" });
    expect(report.success[1]).toMatchObject({ met: true });
  });

  it('misses both when the news never came and a promise was made', () => {
    const report = summarizeSession({
      language: 'en',
      success,
      acts,
      turns: [at(1, "You're great. You'll get it next time, I'm sure.")],
    });
    expect(report.success.map((s) => s.met)).toEqual([false, false]);
  });
});
