import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../ui/browser/i18n.ts';
import { CATEGORIES, LANGUAGES } from '../vocabulary.ts';
import { CATEGORY_INFO } from './categories.ts';

describe('scenario categories', () => {
  it('include delivering bad news and addressing underperformance', () => {
    expect(CATEGORIES).toEqual(
      expect.arrayContaining(['delivering-bad-news', 'addressing-underperformance']),
    );
  });

  it.each(CATEGORIES)('%s has the same name for authors and learners, in nl and en', (id) => {
    for (const language of LANGUAGES) {
      const info = CATEGORY_INFO[id];
      expect(MESSAGES[language][`category.${id}`]).toBe(info.name[language]);
      expect(info.description[language].length).toBeGreaterThan(20);
      expect(info.example[language].length).toBeGreaterThan(20);
    }
  });
});
