import { describe, expect, it } from 'vitest';
import { isUuid } from './vocabulary.ts';

describe('isUuid', () => {
  it.each([
    ['00000000-0000-4000-8000-000000000000', true],
    ['A5C3E1F2-0000-4000-8000-000000000001', true],
    ['00000000-0000-4000-8000-00000000000', false],
    ['00000000-0000-4000-8000-0000000000000', false],
    [' 00000000-0000-4000-8000-000000000000', false],
    ["00000000-0000-4000-8000-00000000000' or 1=1", false],
    ['', false],
  ])('%j → %s', (id, expected) => {
    expect(isUuid(id)).toBe(expected);
  });
});
