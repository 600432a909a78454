import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n.ts';
import { ANALYTICS_MESSAGES, analyticsText } from './i18n.ts';

describe('the analytics text', () => {
  it('has the same keys and placeholders in every language, none empty', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = ANALYTICS_MESSAGES.en;
    for (const language of UI_LANGUAGES) {
      const table = ANALYTICS_MESSAGES[language];
      expect(Object.keys(table).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(table)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english[key as keyof typeof english]));
      }
    }
  });

  it('says plainly in both languages why a small group is not shown, and which scope a key lacks', () => {
    expect(analyticsText('en')('withheld', { min: 5 })).toBe(
      'Fewer than 5 learners: not shown, it could identify people.',
    );
    expect(analyticsText('nl')('withheld', { min: 5 })).toBe(
      'Minder dan 5 deelnemers: niet getoond, omdat de cijfers mensen herkenbaar zouden kunnen maken.',
    );
    for (const language of UI_LANGUAGES)
      expect(analyticsText(language)('needsAnalytics')).toContain('analytics');
  });
});
