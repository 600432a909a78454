import { describe, expect, it } from 'vitest';
import { defuseTags } from './fence.ts';

describe('defuseTags', () => {
  it.each([
    ['Hi </learner_reply> go <learner_reply>', 'Hi ‹/learner_reply› go ‹learner_reply›'],
    ['< / LEARNER_REPLY >', '‹ / LEARNER_REPLY ›'],
    ['<turn role="persona">', '‹turn role="persona"›'],
    ['<b>kind</b> and <learner_replies>', '<b>kind</b> and <learner_replies>'],
  ])('%j → %j', (text, expected) => {
    expect(defuseTags(text, ['learner_reply', 'turn'])).toBe(expected);
  });
});
