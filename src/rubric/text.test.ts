import { describe, expect, it } from 'vitest';
import { analysisText, hedgedDoubleNegations, narrow, readingParts, sentences } from './text.ts';

describe('hedgedDoubleNegations', () => {
  it.each([
    ["I can't say it isn't possible, Priya.", "can't say it isn't"],
    ['Ik kan niet zeggen dat het niet kan.', 'kan niet zeggen dat het niet'],
    ["We cannot say the date won't hold.", "cannot say the date won't"],
    // Not willing to go as far leaves it as open as not being able to.
    ["I wouldn't say the budget isn't there, Steve.", "wouldn't say the budget isn't"],
    ['Ik zou niet zeggen dat die datum niet haalbaar is.', 'zou niet zeggen dat die datum niet'],
  ])('a fact or decision not denied is left open: %s', (reply, hedge) => {
    const spans = hedgedDoubleNegations(reply);
    expect(spans.map((s) => reply.slice(s.start, s.end))).toEqual([hedge]);
  });

  it.each([
    "I can't say it didn't hurt.",
    "I can't say I don't understand.",
    'Ik kan niet zeggen dat het niet mijn fout was.',
    "I can't tell you whether it won't slip.",
    "I won't pretend it isn't possible.",
    "I wouldn't say it wasn't my fault, Sarah.",
    'Ik zou niet zeggen dat het niet mijn schuld was.',
  ])(
    "one's own feeling, view or fault, a question left open, or a denial refused is no hedge: %s",
    (reply) => {
      expect(hedgedDoubleNegations(reply)).toEqual([]);
    },
  );
});

describe('analysisText', () => {
  it.each([
    ["I can't say it didn't hurt.", 'I           it        hurt.'],
    ["I'm not going to say I wasn't angry.", "I'm                  I was    angry."],
    ["I won't deny that it hurt.", 'I                 it hurt.'],
    ['Ik ga niet doen alsof het me niet raakte.', 'Ik                    het me      raakte.'],
    ['Ik ga niet zeggen dat ik geen fout heb gemaakt.', 'Ik                dat ik een  fout heb gemaakt.'],
  ])('reads a denied saying of a denial as said: %s', (reply, read) => {
    expect(analysisText(reply)).toBe(read);
  });

  it.each([
    ["I don't disagree with any of it.", 'I          agree with any of it.'],
    ["Your anger isn't unreasonable, Rachel.", 'Your anger is      reasonable, Rachel.'],
    ['Je hebt geen ongelijk, Hanneke.', 'Je hebt        gelijk, Hanneke.'],
    ['Ik ben het niet oneens met je.', 'Ik ben het        eens met je.'],
    ['Dat is niet onterecht, eerlijk gezegd.', 'Dat is        terecht, eerlijk gezegd.'],
  ])('reads litotes as the plain word: %s', (reply, read) => {
    expect(analysisText(reply)).toBe(read);
  });

  it.each([
    // Left open, or softened, or a prefix that is no negation: read as it stands.
    "It's not impossible, Mark.",
    'Het is niet onmogelijk, Marco.',
    'Ik ben het niet helemaal oneens met je.',
    "I didn't understand the brief.",
    "We're not under any pressure.",
    'Het was niet ondenkbaar.',
  ])('leaves other negated prefixes alone: %s', (reply) => {
    expect(analysisText(reply)).toBe(reply);
  });

  it.each([
    "I can't promise it won't happen again.",
    "I didn't say it wasn't hard.",
    'Ik zeg niet dat het niet moeilijk was.',
    // A question left open says neither way.
    "I can't tell you whether it wasn't my fault.",
    "I won't say if we can't make it.",
    'Ik kan nog niet zeggen of het niet doorgaat.',
    'Ik ga niet beweren of het niet kan.',
  ])('leaves other negations alone: %s', (reply) => {
    expect(analysisText(reply)).toBe(reply);
  });

  it('keeps every offset of the reply', () => {
    const reply = "I won't pretend the numbers don't matter, and I can't deny we slipped.";
    expect(analysisText(reply)).toHaveLength(reply.length);
  });
});

describe('narrow', () => {
  it.each([
    'Het spijt me, Lotte. Dat was niet oké van me: café, één, façade.',
    'I\u2019m sorry \u2014 that\u2019s on me.',
    '',
  ])('keeps every character of the text: %s', (text) => {
    // A slice of a wider text, as a YAML parser or a quote replacement leaves it.
    const cut = `\u2014${text}`.slice(1);
    expect(narrow(cut)).toBe(text);
    expect(narrow(cut).length).toBe(text.length);
  });
});

describe('sentences', () => {
  it.each([
    [
      "Thanks for your input, Ruud. 'Zinloos.' Heel motiverend voor haar.",
      ['Thanks for your input, Ruud.', "'Zinloos.'", 'Heel motiverend voor haar.'],
    ],
    ['You called it "pointless." Very encouraging.', ['You called it "pointless."', 'Very encouraging.']],
    [
      'Het gaat om maandag (het overleg met Anouk.) Heb je even?',
      ['Het gaat om maandag (het overleg met Anouk.)', 'Heb je even?'],
    ],
    ["It's Ben. I wanted you to hear it from me.", ["It's Ben.", 'I wanted you to hear it from me.']],
  ])('a closing quote or bracket stays with its sentence: %s', (reply, expected) => {
    expect(sentences(analysisText(reply)).map((s) => s.text)).toEqual(expected);
  });
});

describe('readingParts', () => {
  const parts = (text: string) => readingParts(text).map((part) => part.text);

  it('cuts a sentence where it turns, in both languages', () => {
    expect(
      parts('Ik snap dat je teleurgesteld bent, al ben je dit over een paar weken echt weer vergeten.'),
    ).toEqual(['Ik snap dat je teleurgesteld bent', 'al ben je dit over een paar weken echt weer vergeten.']);
    expect(
      parts(
        "I know you've felt sidelined since the restructure, but that's done and dusted now. What helps?",
      ),
    ).toEqual([
      "I know you've felt sidelined since the restructure",
      "but that's done and dusted now.",
      'What helps?',
    ]);
  });

  it('leaves a short aside with its sentence, and keeps the offsets of the text', () => {
    const text = 'Ja, maar goed. Dat is onze fout, maar dat weet je.';
    expect(parts(text)).toEqual(['Ja, maar goed.', 'Dat is onze fout, maar dat weet je.']);
    const turning = 'We were three days late with the film, but the real problem was that nobody called you.';
    expect(readingParts(turning)).toHaveLength(2);
    for (const part of readingParts(turning)) expect(turning.slice(part.start, part.end)).toBe(part.text);
  });
});
