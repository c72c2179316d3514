/**
 * A small seeded random source, so that the same seed always yields the same copies (Math.random cannot be
 * seeded). mulberry32 is fast and plenty for test data; it is not meant for anything secret.
 */
export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  uniform<T>(items: readonly T[]): T;
  /** An item drawn with weight 1 / rank^exponent: the first entries of a list are common, the last ones rare. */
  zipf<T>(items: readonly T[], exponent?: number): T;
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
  /** A rank in [0, size) with probability close to 1 / (rank + 1), for lists too long to hold (invented names). */
  zipfRank(size: number): number;
};

/** 32-bit FNV-1a: turns a seed string into the PRNG's starting state. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// Cumulative Zipf weights, computed once per list length and exponent.
const zipfTables = new Map<string, Float64Array>();

function zipfTable(length: number, exponent: number): Float64Array {
  const key = `${length}:${exponent}`;
  let table = zipfTables.get(key);
  if (table === undefined) {
    table = new Float64Array(length);
    let total = 0;
    for (let rank = 0; rank < length; rank++) {
      total += 1 / Math.pow(rank + 1, exponent);
      table[rank] = total;
    }
    for (let rank = 0; rank < length; rank++) table[rank]! /= total;
    zipfTables.set(key, table);
  }
  return table;
}

function firstAtLeast(table: Float64Array, value: number): number {
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (table[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function createRandom(seed: string): Random {
  let state = hashSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    uniform: (items) => {
      if (items.length === 0) throw new Error("Cannot pick from an empty list.");
      return items[Math.floor(next() * items.length)]!;
    },
    zipf: (items, exponent = 1) => {
      if (items.length === 0) throw new Error("Cannot pick from an empty list.");
      return items[firstAtLeast(zipfTable(items.length, exponent), next())]!;
    },
    // The continuous Zipf(1) distribution inverted: rank + 1 = (size + 1)^u.
    zipfRank: (size) => Math.min(size - 1, Math.floor(Math.pow(size + 1, next())) - 1),
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let value = next() * total;
      for (const [item, weight] of entries) {
        value -= weight;
        if (value < 0) return item;
      }
      return entries[entries.length - 1]![0];
    },
  };
  return random;
}
