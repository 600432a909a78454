import { describe, expect, it } from 'vitest';
import { validateStatement } from '../../test/xapi-validator.ts';
import { PRINCIPLE_IDS } from '../rubric/ids.ts';
import { buildStatements, type XapiSessionInput } from './statements.ts';
import { uuidV5 } from './uuid.ts';

const SESSION_ID = '3f1c5a3e-8d8b-4a39-9a55-1f5f3c2b7e10';

function input(overrides: Partial<XapiSessionInput> = {}): XapiSessionInput {
  return {
    baseUrl: 'https://coach.example.org/',
    tenantId: 'tenant-a',
    session: {
      id: SESSION_ID,
      scenarioId: 'saying-no-extra-project',
      language: 'nl',
      mode: 'practice',
      status: 'ended',
      createdAt: new Date('2026-03-01T09:00:00Z'),
      endedAt: new Date('2026-03-01T09:20:00Z'),
    },
    learnerId: 'learner-42',
    actor: null,
    scenario: { title: 'Nee zeggen', summary: 'Een extra project past niet.' },
    turns: [
      {
        id: 'a5c3e1f2-0000-4000-8000-000000000001',
        seq: 2,
        createdAt: new Date('2026-03-01T09:05:00Z'),
        hintsUsed: 1,
        confidence: 'low',
        scores: {
          overall: 72,
          principles: { 'self-leadership': 3, connection: 4, courage: 2, clarity: null, mentorship: 0 },
        },
      },
      {
        id: 'a5c3e1f2-0000-4000-8000-000000000002',
        seq: 4,
        createdAt: new Date('2026-03-01T09:10:00Z'),
        scores: null,
      },
    ],
    report: {
      overall: 65,
      principles: { 'self-leadership': 2.5, connection: 3, courage: 2, clarity: 1.5, mentorship: 2 },
    },
    ...overrides,
  };
}

describe('the validator', () => {
  it.each([
    ['id', { id: 'not-a-uuid' }],
    ['timestamp', { timestamp: '2026-03-01 09:00' }],
    ['actor', { actor: { objectType: 'Agent' } }],
    ['verb.id', { verb: { id: 'attempted', display: { 'en-US': 'attempted' } } }],
    ['verb.display', { verb: { id: 'http://x.example/v', display: { english: 'x' } } }],
    ['result.score.scaled', { result: { score: { scaled: 1.5 } } }],
    ['result.extensions', { result: { extensions: { principle: 1 } } }],
    ['context.registration', { context: { registration: '42' } }],
    ['bogus', { bogus: true }],
  ])('catches a broken %s', (path, broken) => {
    const good = buildStatements(input())[0]!;
    expect(validateStatement(good)).toEqual([]);
    expect(validateStatement({ ...good, ...broken }).join('\n')).toContain(path);
  });
});

describe('xAPI statements', () => {
  it('are valid xAPI 1.0.3: attempted, responded per scored reply, completed', () => {
    const statements = buildStatements(input());
    expect(statements.map((s) => s.verb.id)).toEqual([
      'http://adlnet.gov/expapi/verbs/attempted',
      'http://adlnet.gov/expapi/verbs/responded',
      'http://adlnet.gov/expapi/verbs/responded',
      'http://adlnet.gov/expapi/verbs/completed',
    ]);
    for (const statement of statements) {
      expect(validateStatement(statement)).toEqual([]);
      expect(statement.version).toBe('1.0.3');
      expect(statement.verb.display).toEqual({ 'en-US': expect.any(String), 'nl-NL': expect.any(String) });
      expect(statement.context.registration).toBe(SESSION_ID);
      expect(statement.context.language).toBe('nl-NL');
    }
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it('name the learner as an account of the consumer, and the scenario as the activity', () => {
    const [attempted] = buildStatements(input());
    expect(attempted!.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://coach.example.org/consumers/tenant-a', name: 'learner-42' },
    });
    expect(attempted!.object).toEqual({
      objectType: 'Activity',
      id: 'https://coach.example.org/xapi/activities/scenarios/saying-no-extra-project',
      definition: {
        type: 'http://adlnet.gov/expapi/activities/simulation',
        name: { 'nl-NL': 'Nee zeggen' },
        description: { 'nl-NL': 'Een extra project past niet.' },
      },
    });
    const anonymous = buildStatements(input({ learnerId: null }))[0]!;
    expect(anonymous.actor).toMatchObject({ account: { name: SESSION_ID } });
  });

  it('score each reply as overall/100 and each principle as score/4, with the hints it came after; the report likewise', () => {
    const [, responded, unscored, completed] = buildStatements(input());
    const principle = (id: string) => `https://coach.example.org/xapi/extensions/principles/${id}`;
    const hintsUsed = 'https://coach.example.org/xapi/extensions/hints-used';
    expect(responded!.result).toEqual({
      score: { scaled: 0.72, raw: 72, min: 0, max: 100 },
      extensions: {
        [principle('self-leadership')]: 0.75,
        [principle('connection')]: 1,
        [principle('courage')]: 0.5,
        [principle('mentorship')]: 0,
        'https://coach.example.org/xapi/extensions/confidence': 'low',
        [hintsUsed]: 1,
      },
    });
    expect(responded!.context.extensions['https://coach.example.org/xapi/extensions/turn']).toBe(2);
    // A reply without a verdict still says it came without a hint.
    expect(unscored!.result).toEqual({ extensions: { [hintsUsed]: 0 } });
    expect(completed!.result).toMatchObject({ score: { scaled: 0.65 }, completion: true });
    expect(Object.keys(completed!.result!.extensions!)).toEqual(PRINCIPLE_IDS.map(principle));
    // With the report's counts, the completed statement says how far its replies' scores can be trusted.
    const counted = buildStatements(
      input({ report: { ...input().report!, confidence: { high: 1, medium: 0, low: 1 } } }),
    ).at(-1)!;
    expect(
      counted.result!.extensions!['https://coach.example.org/xapi/extensions/confidence-of-replies'],
    ).toEqual({ high: 1, medium: 0, low: 1 });
    expect(completed!.timestamp).toBe('2026-03-01T09:20:00.000Z');
  });

  it('have stable ids, so an LRS stores a session sent twice once', () => {
    expect(buildStatements(input()).map((s) => s.id)).toEqual(buildStatements(input()).map((s) => s.id));
    expect(uuidV5('a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5('a')).not.toBe(uuidV5('b'));
  });

  it('hold back scores of an assessment until it has ended, and have no completed before the end', () => {
    const running = input({
      session: { ...input().session, mode: 'assessment', status: 'active', endedAt: null },
      report: null,
    });
    const statements = buildStatements(running);
    expect(statements.map((s) => s.verb.id.split('/').at(-1))).toEqual([
      'attempted',
      'responded',
      'responded',
    ]);
    expect(statements.every((s) => s.result === undefined)).toBe(true);
    // The confidence of a score held back is held back with it.
    expect(JSON.stringify(statements)).not.toContain('extensions/confidence');
  });

  it('carry the actor the consumer named, in every statement', () => {
    const account = {
      objectType: 'Agent',
      account: { homePage: 'https://lms.example.org', name: 'u-7' },
    } as const;
    const hashed = { objectType: 'Agent', mbox_sha1sum: 'a'.repeat(40) } as const;
    for (const actor of [account, hashed]) {
      const statements = buildStatements(input({ actor }));
      for (const statement of statements) {
        expect(statement.actor).toEqual(actor);
        expect(validateStatement(statement)).toEqual([]);
      }
    }
  });

  it('report a session that ended without a reply as abandoned: no completed statement and no score', () => {
    const statements = buildStatements(input({ turns: [], report: { overall: 0, principles: {} } }));
    expect(statements.map((s) => s.verb.id.split('/').at(-1))).toEqual(['attempted', 'terminated']);
    expect(statements[1]!.result).toEqual({ completion: false });
    for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
  });

  it('never carry the words of the conversation', () => {
    const text = JSON.stringify(buildStatements(input()));
    expect(text).not.toMatch(/content|response/);
  });
});
