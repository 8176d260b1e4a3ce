// Lookups keyed by a pair of small integers — (school, name), (authority, name) — in an
// open-addressing table over typed arrays. A million pairs cost 24 MB, and a lookup is a multiply
// and a probe or two in one array: a Map of a million string keys costs several times the memory,
// and nested Maps (one per school) scatter the lookups over thousands of small tables.

const EMPTY = -1;
/** Both halves of a pair stay below 2^26 (row ids of SQLite tables, interned names), so a pair is one exact double. */
const HALF = 67_108_864;

export class PairTable {
  private keys: Float64Array;
  private values: Int32Array;
  private bits: number;
  private size = 0;

  constructor(expected = 1 << 15) {
    this.bits = Math.max(4, Math.ceil(Math.log2(expected / 0.7)));
    this.keys = new Float64Array(1 << this.bits).fill(EMPTY);
    this.values = new Int32Array(1 << this.bits);
  }

  get(a: number, b: number): number | undefined {
    const key = a * HALF + b;
    const slot = this.find(key, a, b);
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  set(a: number, b: number, value: number): void {
    if ((this.size + 1) * 10 > this.keys.length * 7) this.grow();
    const key = a * HALF + b;
    const slot = this.find(key, a, b);
    if (this.keys[slot] !== key) {
      this.keys[slot] = key;
      this.size++;
    }
    this.values[slot] = value;
  }

  private find(key: number, a: number, b: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing: the high bits of the product mix both halves of the pair.
    let slot = Math.imul(b ^ Math.imul(a, 0x85ebca6b), 0x9e3779b1) >>> (32 - this.bits);
    while (this.keys[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, values } = this;
    this.bits++;
    this.keys = new Float64Array(1 << this.bits).fill(EMPTY);
    this.values = new Int32Array(1 << this.bits);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === EMPTY) continue;
      const a = Math.floor(key / HALF);
      const slot = this.find(key, a, key - a * HALF);
      this.keys[slot] = key;
      this.values[slot] = values[i]!;
    }
  }
}
