import { describe, expect, it } from 'vitest';
import { TokenTable, type WeightedFeature } from './token-table.ts';

const sumOf = (table: TokenTable, rows: number[], columns: number) => {
  const sums = new Float64Array(columns);
  table.startReading();
  for (const row of rows) table.countOnce(row, sums);
  return [...sums];
};

describe('TokenTable', () => {
  it('finds every token and pair it was built from, and nothing else', () => {
    // Enough pairs that many share a first slot in the table and are found by probing further.
    const tokens = Array.from({ length: 60 }, (_, i) => `w${i}`);
    const features: WeightedFeature[] = [];
    tokens.forEach((token, i) => {
      features.push([token, 0, i]);
      for (let j = 0; j < tokens.length; j += 7) features.push([`${token} ${tokens[j]}`, 1, i * 100 + j]);
    });
    const table = new TokenTable(features, 2);
    tokens.forEach((token, i) => {
      expect(sumOf(table, [table.rowOfToken(table.token(token))], 2)).toEqual([i, 0]);
      for (let j = 0; j < tokens.length; j++) {
        const row = table.pair(table.token(token), table.token(tokens[j]!));
        if (j % 7 === 0) expect(sumOf(table, [row], 2)).toEqual([0, i * 100 + j]);
        else expect(row).toBe(-1);
      }
    });
    expect(table.token('unknown')).toBe(-1);
    expect(table.pair(-1, table.token('w1'))).toBe(-1);
    expect(table.pair(table.token('w1'), -1)).toBe(-1);
  });

  it('counts a row once a reading, again in the next, and keeps the columns of models apart', () => {
    const table = new TokenTable(
      [
        ['sorry', 0, 0.5],
        ['sorry', 1, -2],
        ['not sorry', 1, 3],
      ],
      2,
    );
    const sorry = table.rowOfToken(table.token('sorry'));
    const notSorry = table.pair(table.token('not'), table.token('sorry'));
    expect(sumOf(table, [sorry, sorry, notSorry, -1, notSorry], 2)).toEqual([0.5, 1]);
    expect(sumOf(table, [sorry], 2)).toEqual([0.5, -2]);
  });

  it('counts the rows of a sentence into its own sums, a row once a sentence, in tables of one column and of more', () => {
    for (const columns of [1, 2]) {
      const table = new TokenTable(
        [
          ['sorry', 0, 0.5],
          ['not sorry', columns - 1, 3],
        ],
        columns,
      );
      const sorry = table.rowOfToken(table.token('sorry'));
      const notSorry = table.pair(table.token('not'), table.token('sorry'));
      const sums = new Float64Array(columns * 2);
      table.startSentence();
      for (const row of [sorry, notSorry, sorry]) table.countOnceInSentence(row, sums, columns, columns);
      const expected = columns === 1 ? [0, 3.5] : [0, 0, 0.5, 3];
      expect([...sums]).toEqual(expected);
    }
  });

  it('reads every weight back as written, with four decimals (packed) or more, negative or large', () => {
    const weights = [0.1234, -2.2044, 1e-4, -1e-4, 0, 13.5, -0.5];
    for (const extra of [[], [1 / 3], [1e6]]) {
      const all = [...weights, ...extra];
      const table = new TokenTable(
        all.map((weight, i): WeightedFeature => [`w${i}`, i % 3, weight]),
        3,
      );
      all.forEach((weight, i) => {
        const expected = [0, 0, 0];
        expected[i % 3] = weight;
        expect(sumOf(table, [table.rowOfToken(table.token(`w${i}`))], 3)).toEqual(expected);
      });
    }
  });
});
