/**
 * A small deterministic random source (mulberry32): the same seed gives the same story, picture,
 * test song or test model on every machine. 32 bits of state are plenty for these choices.
 */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [low, high). */
  between(low: number, high: number): number;
  /** Whole number in [low, high]. */
  integer(low: number, high: number): number;
  /** Normally distributed with mean 0 and the given standard deviation. */
  gaussian(deviation: number): number;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
  pick<Item>(items: readonly Item[]): Item;
  /** The items in a shuffled order (Fisher–Yates), the input untouched. */
  shuffle<Item>(items: readonly Item[]): Item[];
  /** An independent generator for one part of the work, so adding stars does not move the hills. */
  fork(label: string): SeededRandom;
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (low, high) => low + (high - low) * next(),
    integer: (low, high) => low + Math.floor(next() * (high - low + 1)),
    gaussian: (deviation) => deviation * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    shuffle: (items) => {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        [copy[index], copy[other]] = [copy[other], copy[index]];
      }
      return copy;
    },
    fork: (label) => createSeededRandom(hashText(label) ^ seed),
  };
}

/** FNV-1a over UTF-16 code units, mixed with a number: turns (text, seed) into one stable 32-bit seed. */
export function hashText(text: string, seed = 0): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
