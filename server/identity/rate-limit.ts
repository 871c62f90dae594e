import "server-only";
import type Redis from "ioredis";
import {
  type IRateLimiterOptions,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { sharedRedis } from "@/server/redis";

// Sign-in limits on the pattern rate-limiter-flexible documents for login endpoints:
// - consecutive failures per email *and* IP: 10, then that pair waits an hour; a success clears the pair. A
//   correct password from another address is never blocked by someone else's failures on the same email.
// - failures per IP per day: 100, then the address waits a day (one address guessing across many emails).
// Sign-ups (each costs a 19 MiB argon2 hash) are limited per IP, and token creation per account.
// In memory for one process; shared through Redis when REDIS_URL is set, so that several web instances share
// one count.

export const LIMITS = {
  consecutiveFailsByEmailAndIp: { points: 10, duration: 90 * 24 * 60 * 60, blockDuration: 60 * 60 },
  failsByIpPerDay: { points: 100, duration: 24 * 60 * 60, blockDuration: 24 * 60 * 60 },
  signupsByIp: { points: env.SIGNUPS_PER_HOUR, duration: 60 * 60, blockDuration: 60 * 60 },
  tokensByUser: { points: 20, duration: 60 * 60 },
} as const;

type LimiterName = keyof typeof LIMITS;
const MEMORY_MAX_SECONDS = 24 * 24 * 60 * 60;
type Limiter = RateLimiterMemory | RateLimiterRedis;

export type Who = { email: string; ip: string | null };

export interface AbuseLimits {
  /** Seconds until this email may try to sign in from this address again, or 0. */
  signInWait(who: Who): Promise<number>;
  signInFailed(who: Who): Promise<void>;
  signInSucceeded(who: Who): Promise<void>;
  /** Counts a sign-up from this address; throws rate_limited past the limit. */
  signupAttempt(ip: string | null): Promise<void>;
  /** Counts a new personal access token for this account; throws rate_limited past the limit. */
  tokenCreated(userId: string): Promise<void>;
}

// The address is known for every request a server receives (server/http/client-ip.ts); it is null only when
// server code runs outside one (tests, scripts), where the per-address limits do not apply.
const ipKey = (ip: string | null) => ip ?? "unknown";
const pairKey = ({ email, ip }: Who) => `${email.trim().toLowerCase()}_${ipKey(ip)}`;

export function createAbuseLimits(store: { redis?: Redis; keyPrefix?: string } = {}): AbuseLimits {
  const prefix = store.keyPrefix ?? "tally";
  const make = (name: LimiterName): Limiter => {
    const options: IRateLimiterOptions = { ...LIMITS[name], keyPrefix: `${prefix}:${name}` };
    // The memory store expires keys with setTimeout, which fires at once past 2^31 ms (24.8 days).
    const inMemory = { ...options, duration: Math.min(options.duration ?? 0, MEMORY_MAX_SECONDS) };
    if (!store.redis) return new RateLimiterMemory(inMemory);
    // If Redis is briefly unreachable, each instance limits on its own rather than letting everything through.
    return new RateLimiterRedis({
      ...options,
      storeClient: store.redis,
      insuranceLimiter: new RateLimiterMemory(inMemory),
    });
  };
  const pair = make("consecutiveFailsByEmailAndIp");
  const perIp = make("failsByIpPerDay");
  const signups = make("signupsByIp");
  const tokens = make("tokensByUser");

  const waitFor = (result: RateLimiterRes | null, limit: number) =>
    result && result.consumedPoints > limit ? Math.ceil(result.msBeforeNext / 1000) : 0;

  // consume() rejects with a RateLimiterRes past the limit; the attempt is still counted.
  const count = async (limiter: Limiter, key: string): Promise<RateLimiterRes | null> => {
    try {
      return await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return rejection;
      throw rejection;
    }
  };

  return {
    async signInWait(who) {
      const [byPair, byIp] = await Promise.all([pair.get(pairKey(who)), who.ip ? perIp.get(who.ip) : null]);
      // As documented: the failure past the limit starts the block, and attempts wait until it ends.
      return Math.max(
        waitFor(byPair, LIMITS.consecutiveFailsByEmailAndIp.points),
        waitFor(byIp, LIMITS.failsByIpPerDay.points),
      );
    },
    async signInFailed(who) {
      await Promise.all([count(pair, pairKey(who)), who.ip ? count(perIp, who.ip) : null]);
    },
    async signInSucceeded(who) {
      await pair.delete(pairKey(who));
    },
    async signupAttempt(ip) {
      if (!ip) return;
      const result = await count(signups, ip);
      const wait = waitFor(result, LIMITS.signupsByIp.points);
      if (wait > 0) throw tooMany("Too many new accounts from your network. Try again", wait);
    },
    async tokenCreated(userId) {
      const result = await count(tokens, userId);
      const wait = waitFor(result, LIMITS.tokensByUser.points);
      if (wait > 0) throw tooMany("You have created many tokens in the last hour. Try again", wait);
    },
  };
}

export function tooMany(what: string, waitSeconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
  const when =
    minutes >= 120 ? `${Math.ceil(minutes / 60)} hours` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  return new AppError("rate_limited", `${what} in ${when}.`, { retryAfterSeconds: waitSeconds });
}

const holder = globalThis as unknown as { __tallyAbuseLimits?: Promise<AbuseLimits> };

/** The process's limits: Redis-backed when REDIS_URL is set. */
export function abuseLimits(): Promise<AbuseLimits> {
  holder.__tallyAbuseLimits ??= (async () => {
    const redis = await sharedRedis();
    return redis ? createAbuseLimits({ redis }) : createAbuseLimits();
  })();
  return holder.__tallyAbuseLimits;
}

/** For tests: start counting afresh. */
export function resetSignInLimiter(): void {
  holder.__tallyAbuseLimits = undefined;
}
