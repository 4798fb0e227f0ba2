// Limits on what anonymous writers may do, per IP address and per device: submissions, uploads,
// challenges, and wrong codes on the tracking page. Buckets live in the RateLimiterFlexible table
// (rate-limiter-flexible's RateLimiterPrisma), so every instance counts against the same limit.
//
// The library keeps time with the system clock, not the injected Clock: a window is real time.
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "../../../db/index.js";

export interface LimitRule {
  /** Actions allowed per window. */
  points: number;
  windowSeconds: number;
}

/**
 * Per device the limits are tighter than per address: one address may be a carrier's NAT or an
 * office shared by many phones, while the device id (a random id the app keeps) is one person.
 * A client can leave the id out or change it, so the address limit is the one that holds.
 */
export const LIMITS = {
  /** Accepted letters. */
  submitPerIp: { points: 10, windowSeconds: 60 * 60 },
  submitPerDevice: { points: 5, windowSeconds: 60 * 60 },
  /** Wrong tracking code or access code. 140-bit access codes cannot be guessed; this stops the trying. */
  wrongCodePerIp: { points: 20, windowSeconds: 15 * 60 },
  wrongCodePerDevice: { points: 10, windowSeconds: 15 * 60 },
  /** Attachment uploads: at most 10 MB each, so an address can park ≤ 300 MB an hour until the purge. */
  uploadPerIp: { points: 30, windowSeconds: 60 * 60 },
  /** Challenges issued: each costs the server one key derivation. */
  challengePerIp: { points: 60, windowSeconds: 10 * 60 },
} as const satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;

/** One bucket: which limit, and whose (an IP address or a device id). */
export interface LimitKey {
  limit: LimitName;
  who: string;
}

/** The keys for a request: its address, and its device when the client sent one. */
export function keysFor(
  ip: string | null,
  deviceId: string | null | undefined,
  perIp: LimitName,
  perDevice?: LimitName,
): LimitKey[] {
  const keys: LimitKey[] = [];
  if (ip) keys.push({ limit: perIp, who: `ip:${ip}` });
  if (deviceId && perDevice) keys.push({ limit: perDevice, who: `device:${deviceId}` });
  return keys;
}

const limiters = new WeakMap<PrismaClient, Map<LimitName, RateLimiterPrisma>>();

function limiterFor(prisma: PrismaClient, limit: LimitName): RateLimiterPrisma {
  let byName = limiters.get(prisma);
  if (!byName) {
    byName = new Map();
    limiters.set(prisma, byName);
  }
  let limiter = byName.get(limit);
  if (!limiter) {
    const rule: LimitRule = LIMITS[limit];
    limiter = new RateLimiterPrisma({
      storeClient: prisma,
      // The Prisma client's accessor for the RateLimiterFlexible model.
      tableName: "rateLimiterFlexible",
      keyPrefix: `letters.${limit}`,
      points: rule.points,
      duration: rule.windowSeconds,
      // Expired buckets are removed by the letters purge job, not by a timer per limiter.
      clearExpiredByTimeout: false,
      // Every instance must see every point: no in-memory shortcut.
      inMemoryBlockOnConsumed: 0,
    });
    byName.set(limit, limiter);
  }
  return limiter;
}

/** Seconds until the first of these buckets that is full lets an action through again; null when none is full. */
export async function blockedFor(prisma: PrismaClient, keys: readonly LimitKey[]): Promise<number | null> {
  let wait: number | null = null;
  for (const key of keys) {
    const res: RateLimiterRes | null = await limiterFor(prisma, key.limit).get(key.who);
    if (res && res.consumedPoints >= LIMITS[key.limit].points) {
      const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      wait = Math.max(wait ?? 0, seconds);
    }
  }
  return wait;
}

/** Counts one action against each bucket. */
export async function countAgainst(prisma: PrismaClient, keys: readonly LimitKey[]): Promise<void> {
  for (const key of keys) await limiterFor(prisma, key.limit).penalty(key.who, 1);
}

/** Removes buckets whose window ended (the purge job). */
export async function purgeExpiredBuckets(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.rateLimiterFlexible.deleteMany({ where: { expire: { lt: now } } });
  return count;
}
