import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { checkReply } from './reply.ts';

const refusal = (content: string, max = 20) => {
  try {
    checkReply(content, max);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { code, message, details } = error as AppError;
    return { code, message, details };
  }
  throw new Error(`'${content}' was taken`);
};

describe('checkReply', () => {
  it('takes a reply trimmed, up to the limit exactly', () => {
    expect(checkReply('  I hear you.\n', 20)).toBe('I hear you.');
    expect(checkReply(` ${'a'.repeat(20)} `, 20)).toBe('a'.repeat(20));
  });

  it.each([
    ['blanks', ' \n\t '],
    ['zero-width spaces', '\u200b\u200b'],
    ['joiners and a word joiner', '\u200c\u200d\u2060'],
    ['a byte-order mark and a soft hyphen', '\ufeff\u00ad'],
  ])('refuses a reply of %s as empty, at the content field', (_name, content) => {
    expect(refusal(content)).toEqual({
      code: 'invalid_request',
      message: 'The reply is empty.',
      details: { path: 'content' },
    });
  });

  it('refuses a NUL character, which the database cannot store', () => {
    expect(refusal('Hello\u0000there')).toMatchObject({
      code: 'invalid_request',
      details: { path: 'content' },
    });
  });

  it('refuses a reply over the limit, saying the limit and its length', () => {
    expect(refusal('a'.repeat(21))).toEqual({
      code: 'reply_too_long',
      message: 'A reply may be at most 20 characters.',
      details: { path: 'content', length: 21 },
    });
  });
});
