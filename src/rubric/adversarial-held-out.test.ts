import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_HELD_OUT } from './fixtures/adversarial-held-out.ts';
import { ADVERSARIAL_CLASSES } from './fixtures/adversarial-types.ts';
import { LIBRARY_2026_12 } from './fixtures/library-2026-12.ts';
import { MOVE_IDS } from './ids.ts';

// The held-out adversarial suite is frozen: written by a reviewer outside the rubric work before the
// act-reading engine was tuned, it only measures what the engine does with wordings it never saw while
// nobody edits it. A changed hash means the suite was touched; write a new suite instead.

const FROZEN_SHA256 = 'e7d0197c4d16707f97ff906ad5bbd36cdd112a795e074c07666d6cc8d1e2385e';
const root = new URL('../../scenarios/', import.meta.url).pathname;

/** The move ids the cases name; every one is a public move of the act-reading engine. */
const MOVES = new Set<string>(MOVE_IDS);

function count(predicate: (c: (typeof ADVERSARIAL_HELD_OUT)[number]) => boolean): number {
  return ADVERSARIAL_HELD_OUT.filter(predicate).length;
}

describe('held-out adversarial suite', () => {
  it('is unchanged since it was frozen', () => {
    const hash = createHash('sha256').update(JSON.stringify(ADVERSARIAL_HELD_OUT)).digest('hex');
    expect(hash).toBe(FROZEN_SHA256);
  });

  it('holds at least 150 distinct cases, roughly balanced over the two languages', () => {
    expect(ADVERSARIAL_HELD_OUT.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ADVERSARIAL_HELD_OUT.map((c) => `${c.language}/${c.scenarioId}/${c.reply}`)).size).toBe(
      ADVERSARIAL_HELD_OUT.length,
    );
    for (const language of ['nl', 'en']) {
      expect(count((c) => c.language === language)).toBeGreaterThanOrEqual(ADVERSARIAL_HELD_OUT.length * 0.4);
    }
  });

  it.each(ADVERSARIAL_CLASSES)('covers %s in both languages', (kind) => {
    expect(count((c) => c.class === kind && c.language === 'nl')).toBeGreaterThanOrEqual(2);
    expect(count((c) => c.class === kind && c.language === 'en')).toBeGreaterThanOrEqual(2);
  });

  it('holds at least 25 negation and 25 sarcasm cases', () => {
    expect(count((c) => c.class === 'negation')).toBeGreaterThanOrEqual(25);
    expect(count((c) => c.class === 'sarcasm')).toBeGreaterThanOrEqual(25);
  });

  it('spreads over every scenario of the December library, and names only scenario files that exist', () => {
    for (const c of ADVERSARIAL_HELD_OUT) {
      expect(existsSync(join(root, c.language, `${c.scenarioId}.yaml`)), c.scenarioId).toBe(true);
    }
    for (const language of ['nl', 'en'] as const) {
      const covered = new Set(
        ADVERSARIAL_HELD_OUT.filter((c) => c.language === language).map((c) => c.scenarioId),
      );
      expect(LIBRARY_2026_12[language].filter((id) => !covered.has(id))).toEqual([]);
    }
  });

  it('names known moves, never the same move as both present and absent', () => {
    for (const c of ADVERSARIAL_HELD_OUT) {
      const named = [...(c.has ?? []), ...(c.lacks ?? [])];
      expect(
        named.filter((move) => !MOVES.has(move)),
        c.reply,
      ).toEqual([]);
      expect(new Set(named).size, c.reply).toBe(named.length);
    }
  });

  it('gives every wrong-language case, and only those, the same reply in the scenario language', () => {
    for (const c of ADVERSARIAL_HELD_OUT) {
      expect(Boolean(c.sameAs), c.reply).toBe(c.class === 'wrong-language');
    }
  });

  it('has every injection case detect the instruction', () => {
    for (const c of ADVERSARIAL_HELD_OUT.filter((x) => x.class === 'injection')) {
      expect(c.has, c.reply).toContain('grader-instruction');
    }
  });
});
