// A small seeded PRNG (mulberry32) and the draws the generator needs. Math.random cannot be
// seeded, and the benchmark must rebuild byte-identical archives from a seed to be comparable.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /**
   * Zipf-like pick: early items are drawn far more often than late ones, as words are in real
   * text, so the search index gets a few very common terms and a long tail of rare ones.
   */
  zipf<T>(items: readonly T[], skew?: number): T;
  /** A fresh generator whose sequence depends only on this one's seed and the label. */
  fork(label: string | number): Rng;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to turn labels into seeds without bringing in a hash library. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    zipf: (items, skew = 2.2) => items[Math.floor(Math.pow(next(), skew) * items.length)],
    fork: (label) => createRng(hash32(`${seed}:${label}`)),
  };
  return rng;
}
