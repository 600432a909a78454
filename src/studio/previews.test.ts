import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY_DIR } from '../../test/harness.ts';
import { createScriptedRolePlayer } from '../roleplay/index.ts';
import { createPreviews, MAX_PREVIEWS_PER_CONSUMER, PREVIEW_IDLE_MS } from './previews.ts';

// Previews live in memory: they end after a while idle, a consumer holds a bounded number, and a preview has
// the replies a session may have.

const TEXT = readFileSync(join(LIBRARY_DIR, 'en', 'saying-no-extra-project.yaml'), 'utf8');
const REPLY = "I hear you, Mark. It's a no for 1 June; what exactly did you promise?";
const signal = new AbortController().signal;

function setup(maxTurns = 40) {
  let now = Date.parse('2026-12-03T08:00:00Z');
  const previews = createPreviews({
    rolePlayer: createScriptedRolePlayer(),
    clock: () => new Date(now),
    maxTurns,
  });
  return { previews, advance: (ms: number) => (now += ms) };
}

describe('previews', () => {
  it('end after 30 minutes idle, and each reply keeps one alive', async () => {
    const { previews, advance } = setup();
    const { previewId } = previews.start('t', TEXT);
    advance(PREVIEW_IDLE_MS - 1000);
    await previews.turn('t', previewId, REPLY, signal);
    advance(PREVIEW_IDLE_MS - 1000);
    await previews.turn('t', previewId, `${REPLY} Really.`, signal);
    advance(PREVIEW_IDLE_MS + 1);
    await expect(previews.turn('t', previewId, REPLY, signal)).rejects.toMatchObject({ code: 'not_found' });
    expect(previews.count()).toBe(0);
  });

  it('keep at most 20 per consumer, dropping the least recently used', async () => {
    const { previews } = setup();
    const ids = Array.from({ length: MAX_PREVIEWS_PER_CONSUMER }, () => previews.start('t', TEXT).previewId);
    await previews.turn('t', ids[0]!, REPLY, signal);
    const other = previews.start('other', TEXT).previewId;
    previews.start('t', TEXT);
    expect(previews.count()).toBe(MAX_PREVIEWS_PER_CONSUMER + 1);
    await expect(previews.turn('t', ids[1]!, REPLY, signal)).rejects.toMatchObject({ code: 'not_found' });
    await previews.turn('t', ids[0]!, `${REPLY} Again.`, signal);
    await previews.turn('other', other, REPLY, signal);
  });

  it('allow the replies a session may have', async () => {
    const { previews } = setup(2);
    const { previewId } = previews.start('t', TEXT);
    await previews.turn('t', previewId, REPLY, signal);
    await previews.turn('t', previewId, 'What would help you most right now?', signal);
    await expect(previews.turn('t', previewId, 'And then?', signal)).rejects.toMatchObject({
      code: 'turn_limit_reached',
    });
  });
});
