import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n.ts';
import { STUDIO_MESSAGES, studioText } from './i18n.ts';

describe('the studio text', () => {
  it('has the same keys and placeholders in every language, none empty', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = STUDIO_MESSAGES.en;
    for (const language of UI_LANGUAGES) {
      const table = STUDIO_MESSAGES[language];
      expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(table)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english[key as keyof typeof english]));
      }
    }
  });

  it('says in both languages that a phone is too narrow', () => {
    expect(studioText('en')('narrow')).toMatch(/wider screen/);
    expect(studioText('nl')('narrow')).toMatch(/breder scherm/);
  });

  it('fills placeholders', () => {
    expect(studioText('nl')('examplesSummary', { inBand: 3, count: 4 })).toBe('3 van 4 binnen hun band');
  });
});
