import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HeldOutGroup } from './fixtures/held-out.ts';
import { HELD_OUT_2026_12 } from './fixtures/held-out-2026-12.ts';
import { HELD_OUT_2026_12AA } from './fixtures/held-out-2026-12aa.ts';
import { HELD_OUT_2026_12AB } from './fixtures/held-out-2026-12ab.ts';
import { HELD_OUT_2026_12AC } from './fixtures/held-out-2026-12ac.ts';
import { HELD_OUT_2026_12AD } from './fixtures/held-out-2026-12ad.ts';
import { HELD_OUT_2026_12B } from './fixtures/held-out-2026-12b.ts';
import { HELD_OUT_2026_12D } from './fixtures/held-out-2026-12d.ts';
import { HELD_OUT_2026_12G } from './fixtures/held-out-2026-12g.ts';
import { HELD_OUT_2026_12M } from './fixtures/held-out-2026-12m.ts';
import { HELD_OUT_2026_12N } from './fixtures/held-out-2026-12n.ts';
import { HELD_OUT_2026_12P } from './fixtures/held-out-2026-12p.ts';
import { HELD_OUT_2026_12R } from './fixtures/held-out-2026-12r.ts';
import { HELD_OUT_2026_12T } from './fixtures/held-out-2026-12t.ts';
import { HELD_OUT_2026_12V } from './fixtures/held-out-2026-12v.ts';
import { HELD_OUT_2026_12Y } from './fixtures/held-out-2026-12y.ts';
import { HELD_OUT_2026_12Z } from './fixtures/held-out-2026-12z.ts';
import { LIBRARY_2026_12 } from './fixtures/library-2026-12.ts';
import { VALIDATION_2026_12X } from './fixtures/validation-2026-12x.ts';

// The December held-out sets are frozen: each was written by a reviewer who never read the engine, and
// only measures generalisation while nobody edits it. A changed hash means a set was touched; write a new
// set instead.

const FROZEN: [name: string, set: HeldOutGroup[], sha256: string][] = [
  ['2026-12', HELD_OUT_2026_12, '1419b6565b319e2f58252b46493ad64589df31359bdf0ff6be54ca2f511643b8'],
  ['2026-12b', HELD_OUT_2026_12B, '2f4c7098dd960c1b25424bcaa4c62bd9550fbc96d22b8e61b5cb0fefb21bd02f'],
  ['2026-12d', HELD_OUT_2026_12D, 'ac19845080b8b9871c8318a21d658b4e03d6a4486d5d493db3db74657592f589'],
  ['2026-12g', HELD_OUT_2026_12G, 'ee6f1a064257cbbe10e74b3351d870fd81d6f8ce65bd5ec4fd94b3bcd8421b5f'],
  ['2026-12m', HELD_OUT_2026_12M, '425f9ada32d24ca35a88420c45a60627e57c64098562275d968638834b8893f9'],
  ['2026-12n', HELD_OUT_2026_12N, '82d0fdfaf1fc8bc96851b4f5cda488d024442302363f204feccbb2768b303459'],
  ['2026-12p', HELD_OUT_2026_12P, '09d26ee0d39f5d8dc1058c4d23d4ee34753d88a3ea47565bc69e03943d96acca'],
  ['2026-12r', HELD_OUT_2026_12R, '163d1bbae1f2248d1fc4911b6a0654930daff2c5a40a595210c04a50a6365e35'],
  ['2026-12t', HELD_OUT_2026_12T, '7a72bb245d899738ab79af2ca807c914fc5ed0b903afffb56ac50324aca3a55e'],
  ['2026-12v', HELD_OUT_2026_12V, 'ce050a790adb3351502cf5962d86b0b05d238ab4eb45d37ecc1ed64420d59a28'],
  ['2026-12y', HELD_OUT_2026_12Y, '9532a7a78ff7856e186adc5bd5643c35d1e7e4a30bf71c16abe109424f74ac9c'],
  ['2026-12z', HELD_OUT_2026_12Z, '9b19b097704948fa8b68b39f06069e0c7f40bfb65f2331e1e005e83de88328bf'],
  ['2026-12aa', HELD_OUT_2026_12AA, '7b09230e3a058ffcf17ada05dcd7fd9561d630748efc18f9a60c5b7d6c408c44'],
  ['2026-12ab', HELD_OUT_2026_12AB, '71551155e8c9ff496b948b7c624153f5edec26423013c93d4b6d143e4aad5c21'],
  ['2026-12ac', HELD_OUT_2026_12AC, 'ce5257193d8b4421ab7a3fbd2301af97935716c34b8803e3d9ef75076315b087'],
  ['2026-12ad', HELD_OUT_2026_12AD, '196c0829e5b529b3e4493d5df16a9e7e5eeab9d4b2ce3a7f06db39210f9b1d11'],
  // Frozen the same way, though not held out: its totals guide the rubric engineers (a validation set).
  ['2026-12x', VALIDATION_2026_12X, 'e7dee7dc1f69bc40c7da50c80a5d3923b01ebf688c227540ab6cf996fc33ea69'],
];
const root = new URL('../../scenarios/', import.meta.url).pathname;

describe.each(FROZEN)('held-out set %s', (_name, HELD_OUT_SET, sha256) => {
  it('is unchanged since it was frozen', () => {
    const hash = createHash('sha256').update(JSON.stringify(HELD_OUT_SET)).digest('hex');
    expect(hash).toBe(sha256);
  });

  it('holds at least 200 replies', () => {
    const replies = HELD_OUT_SET.flatMap((group) => [...group.good, ...group.fair, ...group.poor]);
    expect(replies.length).toBeGreaterThanOrEqual(200);
    expect(new Set(replies).size).toBe(replies.length);
  });

  it.each(['nl', 'en'] as const)(
    'covers every %s scenario of the December library with at least 3 replies per rating',
    (language) => {
      const groups = HELD_OUT_SET.filter((group) => group.language === language);
      expect(groups.map((group) => group.scenarioId).sort()).toEqual([...LIBRARY_2026_12[language]].sort());
      for (const group of groups) {
        expect(group.good.length, group.scenarioId).toBeGreaterThanOrEqual(3);
        expect(group.fair.length, group.scenarioId).toBeGreaterThanOrEqual(3);
        expect(group.poor.length, group.scenarioId).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it('names only scenario files that exist', () => {
    for (const group of HELD_OUT_SET) {
      expect(existsSync(join(root, group.language, `${group.scenarioId}.yaml`)), group.scenarioId).toBe(true);
    }
  });
});
