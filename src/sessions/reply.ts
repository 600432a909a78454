import { AppError } from '../errors.ts';

/** Blanks, and characters that show nothing (zero-width spaces and joiners, word joiners, soft hyphens, …). */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/**
 * The learner's reply as it is stored: trimmed. Refused before anything is stored or charged when it shows
 * nothing, holds a NUL, or is longer than a reply may be.
 */
export function checkReply(content: string, maxChars: number, field = 'content'): string {
  const reply = content.trim();
  if (!reply.replace(INVISIBLE, '')) {
    throw new AppError('invalid_request', 'The reply is empty.', { path: field });
  }
  // PostgreSQL text cannot hold U+0000: refused here, it would fail the insert as an internal error.
  if (reply.includes('\u0000')) {
    throw new AppError('invalid_request', 'The reply contains a NUL character.', { path: field });
  }
  if (reply.length > maxChars) {
    throw new AppError('reply_too_long', `A reply may be at most ${maxChars} characters.`, {
      path: field,
      length: reply.length,
    });
  }
  return reply;
}
