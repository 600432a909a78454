import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('detectLanguage', () => {
  it.each([
    ['I think that you are not being fair to me and the team.', 'en'],
    ['Ik denk dat je niet eerlijk bent tegen mij en het team.', 'nl'],
    ['Ich glaube, das ist nicht fair für mich und das Team.', 'other'],
    ['Okay.', 'unknown'],
  ] as const)('%j → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
