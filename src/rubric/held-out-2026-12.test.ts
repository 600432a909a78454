import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_2026_12 } from './fixtures/held-out-2026-12.ts';
import { LIBRARY_2026_12 } from './fixtures/library-2026-12.ts';

// The December held-out set is frozen: written before the act-reading engine was tuned, it only measures
// generalisation while nobody edits it. A changed hash means the set was touched; write a new set instead.

const FROZEN_SHA256 = '1419b6565b319e2f58252b46493ad64589df31359bdf0ff6be54ca2f511643b8';
const root = new URL('../../scenarios/', import.meta.url).pathname;

describe('held-out set 2026-12', () => {
  it('is unchanged since it was frozen', () => {
    const hash = createHash('sha256').update(JSON.stringify(HELD_OUT_2026_12)).digest('hex');
    expect(hash).toBe(FROZEN_SHA256);
  });

  it('holds at least 200 replies', () => {
    const replies = HELD_OUT_2026_12.flatMap((group) => [...group.good, ...group.fair, ...group.poor]);
    expect(replies.length).toBeGreaterThanOrEqual(200);
    expect(new Set(replies).size).toBe(replies.length);
  });

  it.each(['nl', 'en'] as const)(
    'covers every %s scenario of the December library with at least 3 replies per rating',
    (language) => {
      const groups = HELD_OUT_2026_12.filter((group) => group.language === language);
      expect(groups.map((group) => group.scenarioId).sort()).toEqual([...LIBRARY_2026_12[language]].sort());
      for (const group of groups) {
        expect(group.good.length, group.scenarioId).toBeGreaterThanOrEqual(3);
        expect(group.fair.length, group.scenarioId).toBeGreaterThanOrEqual(3);
        expect(group.poor.length, group.scenarioId).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('names only scenario files that exist', () => {
    for (const group of HELD_OUT_2026_12) {
      expect(existsSync(join(root, group.language, `${group.scenarioId}.yaml`)), group.scenarioId).toBe(true);
    }
  });
});
