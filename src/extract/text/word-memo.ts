// A bounded cache of what a word's spelling alone decides, keyed by the word as a string, for
// callers that already hold one (topic evidence for a word and its hyphenated parts). Words read
// out of an article are looked up in place with span-memo.ts instead: a fresh substring per word
// costs an allocation and a hash on every lookup.

export class WordMemo<T> {
  private readonly values = new Map<string, T>();

  /** Cleared when full, so a long-running `npm start` never grows it without bound. */
  constructor(private readonly limit = 100_000) {}

  get(word: string, compute: (word: string) => T): T {
    let value = this.values.get(word);
    if (value === undefined) {
      // A copy of the word is kept, and computed from (the value may hold slices of it): a word
      // sliced out of an article would keep the whole article's text alive.
      const copy = Array.from(word).join('');
      value = compute(copy);
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(copy, value);
    }
    return value;
  }
}
