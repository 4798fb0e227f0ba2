// A small seeded PRNG (mulberry32) so the demo seed generates the same content on every machine.
// Never Math.random: a second seed run must plan exactly what the first one did.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** Two distinct items. */
  pair<T>(items: readonly T[]): [T, T];
  /** Three distinct items. */
  trio<T>(items: readonly T[]): [T, T, T];
  /** True with probability p. */
  chance(p: number): boolean;
}

export function createRng(seed: number | string): Rng {
  let state = typeof seed === "number" ? seed >>> 0 : hashString(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = int(0, i);
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, count);
  };
  const distinct = <T>(items: readonly T[], count: number): T[] => {
    if (items.length < count) throw new Error(`need ${count} distinct items, have ${items.length}`);
    return sample(items, count);
  };
  return {
    next,
    int,
    pick,
    sample,
    pair: <T>(items: readonly T[]) => distinct(items, 2) as [T, T],
    trio: <T>(items: readonly T[]) => distinct(items, 3) as [T, T, T],
    chance: (p) => next() < p,
  };
}

/** FNV-1a: a stable 32-bit seed from a name. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
