// The learned readings' weights packed for reading: the word signal (learned.ts) and the pair models
// (pair-model.ts) both weigh a text's tokens and neighbouring token pairs, each counted once a text.
// Every token of any feature has a number, and every feature a row; a pair's row is found in an
// open-addressing table keyed by its two numbers. Read beside the rest of the rubric, the earlier lookup
// (an object, an array and a map per token) fell out of the processor's cache: a reply's tokens cost three
// times what they cost read alone. Here a reading touches a few typed arrays and the tokens' strings. A row holds only
// the weights its feature has (a column and a weight each): a row of all fifteen columns of the models read
// together took a third more memory (16 MB against 12 MB of typed arrays) where nearly half the weights are zero.

/** A weighted feature: a token, or two tokens with a space between; its column (model) and weight. */
export type WeightedFeature = [feature: string, column: number, weight: number];

export class TokenTable {
  /** How many tokens have a number. */
  private readonly count: number;
  /**
   * Every token's characters one after another in one string, in the tokens' order; token t's are
   * `spelled[t]` up to `spelled[t + 1]`. A token is compared with one read of its characters here: a string
   * per token was a read of the list and one of the string, each far off in memory, for most tokens of every reply.
   */
  private readonly characters: string;
  private readonly spelled: Int32Array;
  /**
   * Tokens by the hash of their characters, two numbers a slot: the hash and the token's number plus one
   * (zero: empty). A token is looked up as a part of the text it stands in, with no string cut for it:
   * a `Map` asked for a fresh string hashed it and probed a table of objects, the most of a reading's time.
   * Every token of a reply is looked up here and most are found in no table, so the slots are kept small
   * (256 kB for the models read together, half what they took with each token's characters' start and end).
   */
  private readonly named: Int32Array;
  private readonly namedMask: number;
  /**
   * Pair table, two numbers a slot: the pair's key (see `pairKey`; zero: empty) and its row (see `rowOfToken`).
   * Two numbers, not three (each token's own), make the table a third smaller (2 MB for the models read
   * together): every pair of a reply is looked up here, most of them found in no model, each a read far off.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** The rows the current reading has counted: see `RowSet`. */
  private readonly counted = new RowSet();
  /**
   * Each token's row. A row is where its entries start: a count of its entries, then each a column and its
   * weight (`columnOf` and `weightOf`, the count in `weightOf`) or one number (`packed`). The count beside
   * its entries is read with them: a table of where each row starts was one more read far off in memory
   * for every row counted. In a table of one weight a row (`weightByRow`), a row is its index there.
   */
  private readonly tokenRows: Int32Array;
  private readonly columnOf: Uint16Array;
  private readonly weightOf: Float64Array;
  /**
   * The entries one number each, when every weight is a whole number of ten-thousandths (as the learners
   * write them): the weight in ten-thousandths above `columnBits` bits of column, in place of `columnOf` and
   * `weightOf`. A row's entries are then one read in 3.5 MB instead of two in 1.7 and 7 MB (the models read
   * together), and a reading's rows stay nearer in the caches. Divided back, each is the same double.
   */
  private readonly packed: Int32Array | undefined;
  private readonly columnBits: number;
  private readonly columnMask: number;
  /** The same, for a sentence read inside the text: see `countOnceInSentence`. */
  private readonly countedInSentence = new RowSet();
  /**
   * A table of one column with at most one weight a row (the word signal's) keeps each row's weight by its
   * row, zero for none: a row counted reads one number instead of its start, its column and its weight, each
   * far off in memory.
   */
  private readonly weightByRow: Float64Array | undefined;

  constructor(features: readonly WeightedFeature[], columns: number) {
    const ids = new Map<string, number>();
    const idOf = (token: string) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
      }
      return id;
    };
    const pairs = new Map<string, [first: number, second: number, row: number]>();
    for (const [feature] of features) {
      const space = feature.indexOf(' ');
      if (space < 0) idOf(feature);
      else if (!pairs.has(feature))
        pairs.set(feature, [idOf(feature.slice(0, space)), idOf(feature.slice(space + 1)), -1]);
    }
    let size = 1;
    while (size < pairs.size * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 2);
    // Rows numbered in turn (tokens first, by their numbers, then pairs) while the table is built.
    let rows = ids.size;
    for (const pair of pairs.values()) pair[2] = rows++;
    const rowOf = (feature: string) => {
      const space = feature.indexOf(' ');
      return space < 0 ? ids.get(feature)! : pairs.get(feature)![2];
    };
    if (columns > 0xffff) throw new Error(`a token table holds at most 65,535 columns, not ${columns}`);
    if (ids.size > MAX_TOKENS)
      throw new Error(`a token table holds at most ${MAX_TOKENS} tokens, not ${ids.size}`);
    // Each row's count, then its entries, in column order as the features come (each model's in turn).
    const startOf = new Int32Array(rows + 1);
    for (const [feature] of features) startOf[rowOf(feature) + 1]!++;
    for (let r = 0; r < rows; r++) startOf[r + 1]! += startOf[r]! + 1;
    const columnOf = new Uint16Array(features.length + rows);
    const weightOf = new Float64Array(features.length + rows);
    for (const [feature, column, weight] of features) {
      const start = startOf[rowOf(feature)]!;
      const at = start + 1 + weightOf[start]!++;
      columnOf[at] = column;
      weightOf[at] = weight;
    }
    this.weightByRow = columns === 1 ? onePerRow(startOf, weightOf) : undefined;
    this.columnBits = columns > 1 ? 32 - Math.clz32(columns - 1) : 0;
    this.columnMask = (1 << this.columnBits) - 1;
    this.packed = this.weightByRow ? undefined : packEntries(startOf, columnOf, weightOf, this.columnBits);
    const plain = !this.packed && !this.weightByRow;
    this.columnOf = plain ? columnOf : new Uint16Array(0);
    this.weightOf = plain ? weightOf : new Float64Array(0);
    const rowAt = (r: number) => (this.weightByRow ? r : startOf[r]!);
    this.tokenRows = Int32Array.from({ length: ids.size }, (_, id) => rowAt(id));
    for (const [first, second, r] of pairs.values()) {
      let slot = slotOf(first, second, this.mask);
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots.set([pairKey(first, second), rowAt(r)], slot * 2);
    }
    const names = [...ids.keys()];
    this.count = names.length;
    this.characters = names.join('');
    let named = 1;
    while (named < names.length * 2) named *= 2;
    this.namedMask = named - 1;
    this.named = new Int32Array(named * 2);
    this.spelled = new Int32Array(names.length + 1);
    names.forEach((name, id) => {
      this.spelled[id + 1] = this.spelled[id]! + name.length;
      const hash = hashOf(name, 0, name.length);
      let slot = hash & this.namedMask;
      while (this.named[slot * 2 + 1] !== 0) slot = (slot + 1) & this.namedMask;
      this.named.set([hash, id + 1], slot * 2);
    });
  }

  /** How many tokens have a number: they are numbered from 0. */
  get tokens(): number {
    return this.count;
  }

  /** The token's number, or -1 when no feature has it. */
  token(token: string): number {
    return this.tokenIn(token, 0, token.length);
  }

  /** The row of a token's number (its weights, for `countOnce`), or -1 for -1. */
  rowOfToken(token: number): number {
    return token < 0 ? -1 : this.tokenRows[token]!;
  }

  /** The number of the token `text.slice(start, end)`, or -1 when no feature has it. */
  tokenIn(text: string, start: number, end: number): number {
    const { named, namedMask, characters, spelled } = this;
    const hash = hashOf(text, start, end);
    for (let slot = hash & namedMask; named[slot * 2 + 1] !== 0; slot = (slot + 1) & namedMask) {
      if (named[slot * 2] !== hash) continue;
      const token = named[slot * 2 + 1]! - 1;
      const from = spelled[token]!;
      if (spelled[token + 1]! - from === end - start && sameText(characters, from, text, start, end))
        return token;
    }
    return -1;
  }

  /** The row of the pair of two token numbers, or -1 when either is -1 or no feature is that pair. */
  pair(first: number, second: number): number {
    if (first < 0 || second < 0) return -1;
    const { slots, mask } = this;
    const key = pairKey(first, second);
    for (let slot = slotOf(first, second, mask); slots[slot * 2] !== 0; slot = (slot + 1) & mask)
      if (slots[slot * 2] === key) return slots[slot * 2 + 1]!;
    return -1;
  }

  /** Starts a new reading: every row counts once more. */
  startReading(): void {
    this.counted.clear();
  }

  /** Adds the row's weights to the sums (one per column) the first time the row is met in a reading. */
  countOnce(row: number, sums: Float64Array): void {
    if (row < 0 || !this.counted.add(row)) return;
    // Adding zero for a row without a weight leaves the sum as it was.
    if (this.weightByRow) {
      sums[0]! += this.weightByRow[row]!;
      return;
    }
    const { packed, columnOf, weightOf } = this;
    if (packed) {
      const { columnBits, columnMask } = this;
      for (let at = row + 1, end = at + packed[row]!; at < end; at++)
        sums[packed[at]! & columnMask]! += (packed[at]! >> columnBits) / WEIGHT_SCALE;
      return;
    }
    for (let at = row + 1, end = at + weightOf[row]!; at < end; at++) sums[columnOf[at]!]! += weightOf[at]!;
  }

  /** Starts a sentence inside the text being read: every row counts once more in it. */
  startSentence(): void {
    this.countedInSentence.clear();
  }

  /**
   * As `countOnce`, for the sentence being read inside the text, into its sums at `offset`, for the first
   * `columns` columns: a text and each of its sentences are read in one pass, each counting a row once.
   */
  countOnceInSentence(row: number, sums: Float64Array, offset: number, columns: number): void {
    if (row < 0 || !this.countedInSentence.add(row)) return;
    if (this.weightByRow) {
      if (columns > 0) sums[offset]! += this.weightByRow[row]!;
      return;
    }
    // A row's entries are in column order: the columns past `columns` are left out.
    const { packed, columnOf, weightOf } = this;
    if (packed) {
      const { columnBits, columnMask } = this;
      for (let at = row + 1, end = at + packed[row]!; at < end && (packed[at]! & columnMask) < columns; at++)
        sums[offset + (packed[at]! & columnMask)]! += (packed[at]! >> columnBits) / WEIGHT_SCALE;
      return;
    }
    for (let at = row + 1, end = at + weightOf[row]!; at < end && columnOf[at]! < columns; at++)
      sums[offset + columnOf[at]!]! += weightOf[at]!;
  }
}

/**
 * The rows counted in one reading, as a small open-addressing set: a reading counts a few hundred rows at
 * most. A mark per row of the table (over a hundred thousand rows) put one more read far off in memory
 * beside every row's weights; this set stays in the nearest cache. Cleared by starting a new generation:
 * a slot holds a row only when its generation is the current one (doubles: they count exactly far beyond
 * any process's readings).
 */
class RowSet {
  private rows = new Int32Array(256);
  private generations = new Float64Array(256);
  private generation = 1;
  private size = 0;

  clear(): void {
    this.generation++;
    this.size = 0;
  }

  /** Adds the row; false when it was in the set already. */
  add(row: number): boolean {
    const { rows, generations, generation } = this;
    const mask = rows.length - 1;
    let slot = Math.imul(row, 0x9e3779b1) & mask;
    for (; generations[slot] === generation; slot = (slot + 1) & mask) if (rows[slot] === row) return false;
    rows[slot] = row;
    generations[slot] = generation;
    // Kept at most half full, so a probe ends soon.
    if (++this.size * 2 > rows.length) this.grow();
    return true;
  }

  private grow(): void {
    const { rows, generations, generation } = this;
    this.rows = new Int32Array(rows.length * 2);
    this.generations = new Float64Array(rows.length * 2);
    this.size = 0;
    for (let slot = 0; slot < rows.length; slot++)
      if (generations[slot] === generation) this.add(rows[slot]!);
  }
}

/** A packed weight is a whole number of these in a weight (see `TokenTable.packed`). */
const WEIGHT_SCALE = 10_000;

/**
 * Each entry as its weight in ten-thousandths above `columnBits` bits of column, each row's count as it is
 * (rows start at `startOf`, their counts in `weightOf`), or undefined when a weight is not a whole number
 * of them that fits. Kept only when every entry read back (as `countOnce` reads it) is the very same
 * double: a division of two integers is correctly rounded, as the decimal the weight was read from is, so
 * weights written with four decimals all are.
 */
function packEntries(
  startOf: Int32Array,
  columnOf: Uint16Array,
  weightOf: Float64Array,
  columnBits: number,
): Int32Array | undefined {
  const packed = new Int32Array(columnOf.length);
  for (let row = 0; row < startOf.length - 1; row++) {
    const start = startOf[row]!;
    packed[start] = weightOf[start]!;
    for (let at = start + 1; at <= start + weightOf[start]!; at++) {
      const entry = (Math.round(weightOf[at]! * WEIGHT_SCALE) << columnBits) | columnOf[at]!;
      if (!Object.is((entry >> columnBits) / WEIGHT_SCALE, weightOf[at])) return undefined;
      packed[at] = entry;
    }
  }
  return packed;
}

/** Each row's one weight (zero for none), or undefined when a row has more than one. */
function onePerRow(startOf: Int32Array, weightOf: Float64Array): Float64Array | undefined {
  const rows = startOf.length - 1;
  const weights = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    const entries = weightOf[startOf[row]!]!;
    if (entries > 1) return undefined;
    if (entries === 1) weights[row] = weightOf[startOf[row]! + 1]!;
  }
  return weights;
}

/** A table's tokens are numbered below this, so that two numbers plus one fit in a pair's key. */
const MAX_TOKENS = 0xffff;

/** The two token numbers of a pair, each plus one, in one number: never zero (an empty slot). */
const pairKey = (first: number, second: number) => ((first + 1) << 16) | (second + 1);

const slotOf = (first: number, second: number, mask: number) =>
  (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;

/** FNV-1a over the UTF-16 code units of `text.slice(start, end)`. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** Is the token at `from` in `characters` the text from `start` to `end`, of the same length? */
function sameText(characters: string, from: number, text: string, start: number, end: number): boolean {
  for (let i = 0; i < end - start; i++)
    if (characters.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
  return true;
}
