import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_HELD_OUT } from './fixtures/adversarial-held-out.ts';
import { ADVERSARIAL_HELD_OUT_2026_12AA } from './fixtures/adversarial-held-out-2026-12aa.ts';
import { ADVERSARIAL_HELD_OUT_2026_12AB } from './fixtures/adversarial-held-out-2026-12ab.ts';
import { ADVERSARIAL_HELD_OUT_2026_12AC } from './fixtures/adversarial-held-out-2026-12ac.ts';
import { ADVERSARIAL_HELD_OUT_2026_12AD } from './fixtures/adversarial-held-out-2026-12ad.ts';
import { ADVERSARIAL_HELD_OUT_2026_12B } from './fixtures/adversarial-held-out-2026-12b.ts';
import { ADVERSARIAL_HELD_OUT_2026_12D } from './fixtures/adversarial-held-out-2026-12d.ts';
import { ADVERSARIAL_HELD_OUT_2026_12G } from './fixtures/adversarial-held-out-2026-12g.ts';
import { ADVERSARIAL_HELD_OUT_2026_12M } from './fixtures/adversarial-held-out-2026-12m.ts';
import { ADVERSARIAL_HELD_OUT_2026_12N } from './fixtures/adversarial-held-out-2026-12n.ts';
import { ADVERSARIAL_HELD_OUT_2026_12P } from './fixtures/adversarial-held-out-2026-12p.ts';
import { ADVERSARIAL_HELD_OUT_2026_12R } from './fixtures/adversarial-held-out-2026-12r.ts';
import { ADVERSARIAL_HELD_OUT_2026_12T } from './fixtures/adversarial-held-out-2026-12t.ts';
import { ADVERSARIAL_HELD_OUT_2026_12V } from './fixtures/adversarial-held-out-2026-12v.ts';
import { ADVERSARIAL_HELD_OUT_2026_12Y } from './fixtures/adversarial-held-out-2026-12y.ts';
import { ADVERSARIAL_HELD_OUT_2026_12Z } from './fixtures/adversarial-held-out-2026-12z.ts';
import {
  ADVERSARIAL_CLASSES,
  type AdversarialCase,
  type AdversarialClass,
} from './fixtures/adversarial-types.ts';
import { ADVERSARIAL_VALIDATION_2026_12X } from './fixtures/adversarial-validation-2026-12x.ts';
import { LIBRARY_2026_12 } from './fixtures/library-2026-12.ts';
import { MOVE_IDS } from './ids.ts';

// The held-out adversarial suites are frozen: each was written by a reviewer outside the rubric work who
// never read the engine, and only measures what the engine does with wordings it never saw while nobody
// edits it. A changed hash means a suite was touched; write a new suite instead.

/** What a suite leaves out on purpose: 2026-12g, 2026-12m and 2026-12n spend their cases on reading acts, not on empty or wrong-language replies. */
const OMITTED: Record<string, AdversarialClass[]> = {
  '2026-12g': ['empty', 'wrong-language'],
  '2026-12m': ['empty', 'wrong-language'],
  '2026-12n': ['empty', 'wrong-language'],
};

const FROZEN: [name: string, suite: AdversarialCase[], sha256: string][] = [
  ['2026-12', ADVERSARIAL_HELD_OUT, 'e7d0197c4d16707f97ff906ad5bbd36cdd112a795e074c07666d6cc8d1e2385e'],
  [
    '2026-12b',
    ADVERSARIAL_HELD_OUT_2026_12B,
    'c345911040e3865fcf2a2ddcb0c45cfdbb6112a06b8cbf3a04622692c7d1bc23',
  ],
  [
    '2026-12d',
    ADVERSARIAL_HELD_OUT_2026_12D,
    'bdfc0f482ccb1bfe2a131827b79c983ea5d3f9552b55c21ff00bf8caa97d0a1e',
  ],
  [
    '2026-12g',
    ADVERSARIAL_HELD_OUT_2026_12G,
    'c62f8582160984752b68f1f59c5fd1d06b564099eead002c3d989195ac217451',
  ],
  [
    '2026-12m',
    ADVERSARIAL_HELD_OUT_2026_12M,
    '32b7b624e1ff8f17e5fb53fd7f63aa8e5f47bb2cd1163ec1451f27a76b1b6bd3',
  ],
  [
    '2026-12n',
    ADVERSARIAL_HELD_OUT_2026_12N,
    'd35eea49de49f2f0ae7a732f3ab3374351a8f6bf50d5bc836870d5afd7a33794',
  ],
  [
    '2026-12p',
    ADVERSARIAL_HELD_OUT_2026_12P,
    '71c1525877d7e36d59dce2981fa6d57ed79c2c1a4a81d3e9586e87e062e0a793',
  ],
  [
    '2026-12r',
    ADVERSARIAL_HELD_OUT_2026_12R,
    '55e9ad97f94170e5e410ba910c17793a6d619b0ecf7e09fe8bf97733dcfc4a43',
  ],
  [
    '2026-12t',
    ADVERSARIAL_HELD_OUT_2026_12T,
    '58098e085f6b0a6e24a25c5082cb3736f64b337011d8a1ea2b8ac1708f54d025',
  ],
  [
    '2026-12v',
    ADVERSARIAL_HELD_OUT_2026_12V,
    '18668d220355f127521316cc1142be64b7385e8b3e19a6981fd9993f57c4bcd7',
  ],
  [
    '2026-12y',
    ADVERSARIAL_HELD_OUT_2026_12Y,
    'e79f27ef1b66675d45069ff828b94f43205ccb1d3509c9a79eb6e371e152ff21',
  ],
  [
    '2026-12z',
    ADVERSARIAL_HELD_OUT_2026_12Z,
    'c821d4cc43d4af8c7d07bfe8e66aaa333aeef9b2062c0d6b6b2116694cbf3b6b',
  ],
  [
    '2026-12aa',
    ADVERSARIAL_HELD_OUT_2026_12AA,
    'fc49bfe12951e5a1e4c1a6f0df6e10d15b16dd5b3204e5f571a566925597f03c',
  ],
  [
    '2026-12ab',
    ADVERSARIAL_HELD_OUT_2026_12AB,
    '6a92937c207942e818bed85911001a942e94622088035c1b55838852717574c6',
  ],
  [
    '2026-12ac',
    ADVERSARIAL_HELD_OUT_2026_12AC,
    '8f411e8ef7d16d6ff879adc78b8be97c6d7487e3deab6cac63db17d98d9f458e',
  ],
  [
    '2026-12ad',
    ADVERSARIAL_HELD_OUT_2026_12AD,
    '297e72e110b84369cba048c3d2cb71a7054c0185fd6f2716cddd1495c81693cf',
  ],
  // Frozen the same way, though not held out: its totals guide the rubric engineers (a validation suite).
  [
    '2026-12x',
    ADVERSARIAL_VALIDATION_2026_12X,
    'fdb7c0d647186fa7fbd0e059cc76c957a3ec890e19d226931af93865ec64a5ca',
  ],
];
const root = new URL('../../scenarios/', import.meta.url).pathname;

/** The move ids the cases name; every one is a public move of the act-reading engine. */
const MOVES = new Set<string>(MOVE_IDS);

describe.each(FROZEN)('held-out adversarial suite %s', (name, SUITE, sha256) => {
  const count = (predicate: (c: AdversarialCase) => boolean) => SUITE.filter(predicate).length;

  it('is unchanged since it was frozen', () => {
    const hash = createHash('sha256').update(JSON.stringify(SUITE)).digest('hex');
    expect(hash).toBe(sha256);
  });

  it('holds at least 150 distinct cases, roughly balanced over the two languages', () => {
    expect(SUITE.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SUITE.map((c) => `${c.language}/${c.scenarioId}/${c.reply}`)).size).toBe(SUITE.length);
    for (const language of ['nl', 'en']) {
      expect(count((c) => c.language === language)).toBeGreaterThanOrEqual(SUITE.length * 0.4);
    }
  });

  const covered = ADVERSARIAL_CLASSES.filter((kind) => !OMITTED[name]?.includes(kind));
  it.each(covered)('covers %s in both languages', (kind) => {
    expect(count((c) => c.class === kind && c.language === 'nl')).toBeGreaterThanOrEqual(2);
    expect(count((c) => c.class === kind && c.language === 'en')).toBeGreaterThanOrEqual(2);
  });

  it('holds at least 25 negation and 25 sarcasm cases', () => {
    expect(count((c) => c.class === 'negation')).toBeGreaterThanOrEqual(25);
    expect(count((c) => c.class === 'sarcasm')).toBeGreaterThanOrEqual(25);
  });

  it('spreads over every scenario of the December library, and names only scenario files that exist', () => {
    for (const c of SUITE) {
      expect(existsSync(join(root, c.language, `${c.scenarioId}.yaml`)), c.scenarioId).toBe(true);
    }
    for (const language of ['nl', 'en'] as const) {
      const covered = new Set(SUITE.filter((c) => c.language === language).map((c) => c.scenarioId));
      expect(LIBRARY_2026_12[language].filter((id) => !covered.has(id))).toEqual([]);
    }
  });

  it('names known moves, never the same move as both present and absent', () => {
    for (const c of SUITE) {
      const named = [...(c.has ?? []), ...(c.lacks ?? [])];
      expect(
        named.filter((move) => !MOVES.has(move)),
        c.reply,
      ).toEqual([]);
      expect(new Set(named).size, c.reply).toBe(named.length);
    }
  });

  it('gives every wrong-language case, and only those, the same reply in the scenario language', () => {
    for (const c of SUITE) {
      expect(Boolean(c.sameAs), c.reply).toBe(c.class === 'wrong-language');
    }
  });

  it('has every injection case detect the instruction', () => {
    for (const c of SUITE.filter((x) => x.class === 'injection')) {
      expect(c.has, c.reply).toContain('grader-instruction');
    }
  });
});
