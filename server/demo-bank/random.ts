import "server-only";

// The Demo Bank must produce the same history for the same user on every machine and every run, so it
// draws from a small seeded generator instead of Math.random. Neither function is for anything secret.

/** FNV-1a, 32-bit: a fast, well-spread string hash. Good enough to seed a PRNG and derive account numbers. */
export function hashString(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a 32-bit state PRNG returning floats in [0, 1). Tiny, fast and statistically fine for fake data. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight: [[item, weight], ...]. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
};

/**
 * A generator seeded from the joined parts, e.g. seeded(userId, "card", "2026-01-31", "purchases").
 * Each purpose gets its own stream so that adding a draw in one place never shifts the values drawn elsewhere.
 */
export function seeded(...parts: string[]): Rng {
  const next = mulberry32(hashString(parts.join("\u001f")));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error("pick() from an empty list");
      return item;
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error("weighted() from an empty list");
      return last[0];
    },
  };
}

/** `count` decimal digits derived from the input: successive salted hashes, so any length is possible. */
export function hashDigits(input: string, count: number): string {
  let digits = "";
  for (let round = 0; digits.length < count; round++) {
    digits += String(hashString(`${input}#${round}`))
      .padStart(10, "0")
      .slice(1);
  }
  return digits.slice(0, count);
}
