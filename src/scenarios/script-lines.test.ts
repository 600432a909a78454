import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse.ts';

const valid = readFileSync(new URL('./fixtures/fixture-saying-no.yaml', import.meta.url), 'utf8');

function edit(from: string, to: string): string {
  const out = valid.replace(from, to);
  if (out === valid) throw new Error(`fixture does not contain ${from}`);
  return out;
}

const errorsOf = (text: string) => {
  const result = parseScenario(text, 'fixture-saying-no.yaml');
  return result.ok ? [] : result.errors;
};

describe('script lines with conditions', () => {
  it('accepts a line with the act it answers, the question, what it refers to and the need it follows', () => {
    const text = edit(
      '    hedges: [So... is that a yes?]',
      [
        '    hedges: [So... is that a yes?]',
        '    open-question:',
        '      - say: What I need? Someone on my side.',
        '        topic: need',
        '      - say: The director? She set the date.',
        '        mentions: [director]',
        '        needs: 1',
        '  acts:',
        '    invitation: [Okay. The date is the first of June.]',
        '    repetition: [You said that already.]',
      ].join('\n'),
    );
    const result = parseScenario(text, 'fixture-saying-no.yaml');
    expect(errorsOf(text)).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario.script.moves['open-question']).toEqual([
      { say: 'What I need? Someone on my side.', topic: 'need' },
      { say: 'The director? She set the date.', mentions: ['director'], needs: 1 },
    ]);
    expect(result.scenario.script.acts.invitation).toEqual(['Okay. The date is the first of June.']);
  });

  it.each([
    {
      name: 'an act the key never answers',
      line: '    clear-no: [{ say: Right., after: question }]',
      path: 'script.moves.clear-no[0].after',
      message: /a line under `moves.clear-no` answers a core, never a question/,
    },
    {
      name: 'a question topic on a line that answers no question',
      line: '    clear-no: [{ say: Right., topic: need }]',
      path: 'script.moves.clear-no[0].topic',
      message: /never said after a question about need/,
    },
    {
      name: 'a hidden need the script never reveals',
      line: '    clear-no: [{ say: Right., needs: 3 }]',
      path: 'script.moves.clear-no[0].needs',
      message: /`script.reveals` has 1 line, so need 3 is never revealed/,
    },
  ])('refuses $name, with the line and column', ({ line, path, message }) => {
    const text = edit('    clear-no: [Right. Clear, at least.]', line);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path, line: text.split('\n').indexOf(line) + 1 });
    expect(errors[0]!.message).toMatch(message);
  });

  it('names a misspelt condition', () => {
    const errors = errorsOf(
      edit('    clear-no: [Right. Clear, at least.]', '    clear-no: [{ say: Right., afer: core }]'),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((error) => `${error.path}: ${error.message}`).join('\n')).toMatch(/afer/);
  });
});
