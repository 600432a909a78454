import { describe, expect, it } from 'vitest';
import type { TurnRow } from '../db/schema/index.ts';
import type { AppError } from '../errors.ts';
import { answerTo, checkRetry } from './retry.ts';
import { spokenBefore } from './transcript.ts';

let seq = 0;
const turn = (role: TurnRow['role'], content: string, status: TurnRow['status'] = 'complete'): TurnRow => ({
  id: crypto.randomUUID(),
  sessionId: 's',
  seq: ++seq,
  parentSeq: null,
  role,
  content,
  status,
  source: role === 'learner' ? 'learner' : 'llm',
  idempotencyKey: null,
  promptTokens: null,
  completionTokens: null,
  createdAt: new Date(0),
  completedAt: null,
  dialogue: null,
});

function conversation(...lines: [TurnRow['role'], string, TurnRow['status']?][]) {
  seq = 0;
  return lines.map(([role, content, status]) => turn(role, content, status));
}

const codeOf = (run: () => void) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as AppError).code;
  }
};

describe('answerTo', () => {
  it("finds the persona's complete answer, never a broken-off one, never past the next reply", () => {
    const turns = conversation(
      ['persona', 'Opening'],
      ['learner', 'First'],
      ['persona', 'Well, I', 'interrupted'],
      ['persona', 'Answer to first'],
      ['learner', 'Second'],
      ['persona', 'Broke', 'interrupted'],
      ['learner', 'Third'],
    );
    expect(answerTo(turns, turns[1]!)?.content).toBe('Answer to first');
    expect(answerTo(turns, turns[4]!)).toBeNull();
    expect(answerTo(turns, turns[6]!)).toBeNull();
  });
});

describe('checkRetry', () => {
  const turns = conversation(
    ['learner', 'Answered'],
    ['persona', 'The answer'],
    ['learner', 'Broke off'],
    ['persona', 'Well', 'interrupted'],
    ['learner', 'Latest'],
  );
  it.each([
    ['an answered reply, sent again the same', turns[0]!, 'Answered', null],
    ['the latest reply, its answer never came', turns[4]!, 'Latest', null],
    ['the same key with another reply', turns[0]!, 'Something else', 'idempotency_key_reused'],
    ['a broken-off reply once a later one was sent', turns[2]!, 'Broke off', 'turn_superseded'],
  ])('%s: %s', (_name, retried, content, code) => {
    expect(codeOf(() => checkRetry(turns, retried, content))).toBe(code);
  });
});

describe('spokenBefore', () => {
  it('is what was said before a turn, complete turns only, as role and content', () => {
    const turns = conversation(
      ['persona', 'Opening'],
      ['learner', 'First'],
      ['persona', 'Well, I', 'interrupted'],
      ['persona', 'Answer'],
      ['learner', 'Second'],
    );
    expect(spokenBefore(turns, 5)).toEqual([
      { role: 'persona', content: 'Opening' },
      { role: 'learner', content: 'First' },
      { role: 'persona', content: 'Answer' },
    ]);
    expect(spokenBefore(turns, 1)).toEqual([]);
  });
});
