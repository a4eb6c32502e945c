// A bounded cache of what a word's spelling alone decides (its shape, its topic evidence), keyed
// by the word's place in a text rather than by a string of it. Shared by every article an
// extractor reads: news vocabulary repeats, so nearly every word is a hit. A hit reads the word's
// characters in place (a hash, then one comparison) and allocates nothing; a Map keyed by words
// needed a fresh substring per word, which V8 had to hash again on every lookup.
//
// Open addressing in one array of [hash, key, value] triples, so a lookup touches one place in
// the table (then the key's characters): with words in random order, cache misses are its cost.

const SLOT = 3;

export class SpanMemo<T> {
  /** hash (or undefined when the slot is free), key, value; per slot. */
  private table: unknown[] = [];
  private slots = 0;
  private size = 0;

  /** Cleared when full, so a long-running `npm start` never grows it without bound. */
  constructor(private readonly limit = 100_000) {
    this.reset(1024);
  }

  /** The value for text[start, end); `compute` gets a copy of that word on the first sight of it. */
  get(text: string, start: number, end: number, compute: (word: string) => T): T {
    let hash = 0x811c9dc5; // FNV-1a over UTF-16 code units
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash &= 0x3fffffff; // a small integer, stored unboxed
    const mask = this.slots - 1;
    const table = this.table;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT;
      const h = table[at];
      if (h === undefined) break;
      if (h === hash && sameChars(table[at + 1] as string, text, start, end)) return table[at + 2] as T;
    }
    // A copy is kept and computed from (the value may hold slices of it): a slice of the article
    // would keep the whole article's text alive.
    const word = Array.from(text.slice(start, end)).join('');
    const value = compute(word);
    if (this.size >= this.limit) this.reset(this.slots);
    else if ((this.size + 1) * 2 > this.slots) this.grow();
    this.put(hash, word, value);
    return value;
  }

  private reset(slots: number): void {
    this.table = new Array(slots * SLOT).fill(undefined);
    this.slots = slots;
    this.size = 0;
  }

  private grow(): void {
    const old = this.table;
    this.reset(this.slots * 2);
    for (let at = 0; at < old.length; at += SLOT) if (old[at] !== undefined) this.put(old[at] as number, old[at + 1] as string, old[at + 2] as T);
  }

  private put(hash: number, key: string, value: T): void {
    const mask = this.slots - 1;
    let slot = hash & mask;
    while (this.table[slot * SLOT] !== undefined) slot = (slot + 1) & mask;
    this.table[slot * SLOT] = hash;
    this.table[slot * SLOT + 1] = key;
    this.table[slot * SLOT + 2] = value;
    this.size++;
  }
}

function sameChars(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
