import { describe, expect, it } from 'vitest';
import { MESSAGES, pickLanguage, translate, UI_LANGUAGES } from './i18n.ts';

describe('i18n', () => {
  it('has the same keys in every language, none empty', () => {
    const english = Object.keys(MESSAGES.en).sort();
    for (const language of UI_LANGUAGES) {
      expect(Object.keys(MESSAGES[language]).sort()).toEqual(english);
      for (const [key, text] of Object.entries(MESSAGES[language])) expect(text.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(placeholders(MESSAGES.nl[key]), key).toEqual(placeholders(MESSAGES.en[key]));
    }
  });

  it.each([
    ['en', 'yourReply', 'Your reply'],
    ['nl', 'yourReply', 'Jouw antwoord'],
    ['en', 'send', 'Send'],
    ['nl', 'send', 'Verstuur'],
    ['en', 'startConversation', 'Start conversation'],
    ['nl', 'startConversation', 'Start gesprek'],
    ['en', 'endConversation', 'End conversation'],
    ['nl', 'endConversation', 'Gesprek afronden'],
    ['en', 'navProgress', 'Progress'],
    ['nl', 'navProgress', 'Voortgang'],
    ['en', 'language', 'Language'],
    ['nl', 'language', 'Taal'],
  ] as const)('%s %s is "%s" (the words the issue names)', (language, key, text) => {
    expect(translate(language, key)).toBe(text);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'isTyping', { name: 'Sanne' })).toBe('Sanne typt…');
    expect(translate('en', 'isTyping')).toBe('{name} is typing…');
  });

  it.each([
    [['nl-NL', 'en'], 'nl'],
    [['nl-BE'], 'nl'],
    [['de-DE', 'en-GB'], 'en'],
    [['fr'], 'en'],
    [[], 'en'],
  ] as const)('picks %j → %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});
