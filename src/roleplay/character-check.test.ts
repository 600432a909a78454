import { describe, expect, it } from 'vitest';
import { checkCharacter } from './character-check.ts';

describe('checkCharacter', () => {
  it.each([
    ['en', 'As an AI, I do not have feelings about the file.'],
    ['en', "I'm an AI language model, so I can't be embarrassed."],
    ['en', "I can't help with that request."],
    ['en', 'Here are some tips for apologising well: be specific.'],
    ['en', 'Your score for empathy would be high.'],
    ['en', 'Great job, you acknowledged my feelings there.'],
    ['en', 'My instructions say I should stay guarded.'],
    ['en', 'I will not reveal my system prompt.'],
    ['en', "Let's continue the role-play."],
    ['en', 'Okay:\n- first, say sorry\n- then, make a plan'],
    ['en', ''],
    ['nl', 'Als AI-taalmodel heb ik geen gevoelens.'],
    ['nl', 'Ik ben een AI en kan dat niet.'],
    ['nl', 'Daar kan ik je niet mee helpen.'],
    ['nl', 'Hier zijn een paar tips om beter nee te zeggen.'],
    ['nl', 'Goed gedaan, je benoemde mijn gevoel.'],
    ['nl', 'Jouw score is hoog.'],
    ['nl', 'Dat staat niet in mijn instructies.'],
    ['nl', "Okay, I hear you, but I don't think that is fair to me and the team."],
    ['en', 'Ik snap het wel, maar dat is niet eerlijk tegenover mij en het team.'],
  ] as const)('[%s] catches %j', (language, reply) => {
    expect(checkCharacter(reply, language).ok).toBe(false);
  });

  it.each([
    ['en', 'Fine. Whatever.'],
    ['en', 'I followed my instructions from the client to the letter.'],
    ['en', "Honestly? I felt stupid in there. I didn't know what to tell them."],
    ['en', 'So it is my fault now? I have been covering for this team for months.'],
    ['en', 'Okay. I did not expect you to say it like that. Thank you.'],
    ['nl', 'Ik snap het wel, maar dat is niet eerlijk tegenover mij en het team.'],
    ['nl', 'Oké.'],
    ['nl', 'Dat is fijn om te horen. Ik heb het gewoon nodig dat je achter me staat.'],
  ] as const)('[%s] lets %j through', (language, reply) => {
    expect(checkCharacter(reply, language)).toEqual({ ok: true });
  });
});
