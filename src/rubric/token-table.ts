// The learned readings' weights packed for reading: the word signal (learned.ts) and the pair models
// (pair-model.ts) both weigh a text's tokens and neighbouring token pairs, each counted once a text.
// Every token of any feature has a number, and every feature a row; a pair's row is found in an
// open-addressing table keyed by its two numbers. Read beside the rest of the rubric, the earlier lookup
// (an object, an array and a map per token) fell out of the processor's cache: a reply's tokens cost three
// times what they cost read alone. Here a reading touches a few typed arrays and one map.

export class TokenTable {
  /** Token → its number, which is also the row of the token's own weight. */
  private readonly ids = new Map<string, number>();
  /** Pair table: each slot's first and second token numbers, plus one (zero marks an empty slot), and row. */
  private readonly firsts: Int32Array;
  private readonly seconds: Int32Array;
  private readonly pairRows: Int32Array;
  private readonly mask: number;
  /** Rows in all: tokens first, then pairs. */
  readonly rows: number;
  /** Per row, the reading that last counted it (see `mark`). */
  private readonly seenIn: Uint32Array;
  private reading = 0;

  /** Features: a token, or two tokens with a space between; listed more than once, one row each. */
  constructor(features: Iterable<string>) {
    const pairs = new Map<string, [first: number, second: number]>();
    for (const feature of features) {
      const space = feature.indexOf(' ');
      if (space < 0) this.idOf(feature);
      else if (!pairs.has(feature))
        pairs.set(feature, [this.idOf(feature.slice(0, space)), this.idOf(feature.slice(space + 1))]);
    }
    let size = 1;
    while (size < pairs.size * 2) size *= 2;
    this.mask = size - 1;
    this.firsts = new Int32Array(size);
    this.seconds = new Int32Array(size);
    this.pairRows = new Int32Array(size);
    let row = this.ids.size;
    for (const [first, second] of pairs.values()) {
      let slot = slotOf(first, second, this.mask);
      while (this.firsts[slot] !== 0) slot = (slot + 1) & this.mask;
      this.firsts[slot] = first + 1;
      this.seconds[slot] = second + 1;
      this.pairRows[slot] = row++;
    }
    this.rows = row;
    this.seenIn = new Uint32Array(row);
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }

  /** The token's number (and row), or -1 when no feature has it. */
  token(token: string): number {
    return this.ids.get(token) ?? -1;
  }

  /** The row of the pair of two token numbers, or -1 when either is -1 or no feature is that pair. */
  pair(first: number, second: number): number {
    if (first < 0 || second < 0) return -1;
    const { firsts, seconds, mask } = this;
    for (let slot = slotOf(first, second, mask); firsts[slot] !== 0; slot = (slot + 1) & mask)
      if (firsts[slot] === first + 1 && seconds[slot] === second + 1) return this.pairRows[slot]!;
    return -1;
  }

  /** The row of a feature as the constructor read it, or -1. */
  row(feature: string): number {
    const space = feature.indexOf(' ');
    if (space < 0) return this.token(feature);
    return this.pair(this.token(feature.slice(0, space)), this.token(feature.slice(space + 1)));
  }

  /** Starts a new reading: every row counts once more. */
  startReading(): void {
    this.reading = (this.reading + 1) >>> 0;
    // After four billion readings the marks start again from clean.
    if (this.reading === 0) {
      this.seenIn.fill(0);
      this.reading = 1;
    }
  }

  /** Is this the row's first time in this reading? Marks it read. Never true for -1. */
  firstTime(row: number): boolean {
    if (row < 0 || this.seenIn[row] === this.reading) return false;
    this.seenIn[row] = this.reading;
    return true;
  }
}

const slotOf = (first: number, second: number, mask: number) =>
  (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
