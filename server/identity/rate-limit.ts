import "server-only";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import { env } from "@/env";

// 10 failed sign-ins in 15 minutes, counted per email and per IP address.
const FAILURE_LIMIT = 10;
const WINDOW_SECONDS = 15 * 60;

type Limiter = Pick<RateLimiterAbstract, "get" | "consume" | "delete">;

const holder = globalThis as unknown as { __tallySignInLimiter?: Promise<Limiter> };

/**
 * In memory for one process; shared through Redis when REDIS_URL is set, which a deployment with more than
 * one web instance needs so that an attacker cannot spread attempts across instances.
 */
function limiter(): Promise<Limiter> {
  holder.__tallySignInLimiter ??= createLimiter();
  return holder.__tallySignInLimiter;
}

async function createLimiter(): Promise<Limiter> {
  const options = { keyPrefix: "tally_signin_fail", points: FAILURE_LIMIT, duration: WINDOW_SECONDS };
  if (!env.REDIS_URL) return new RateLimiterMemory(options);
  // Loaded only when configured so the embedded default never needs Redis.
  const { default: Redis } = await import("ioredis");
  const storeClient = new Redis(env.REDIS_URL, { enableOfflineQueue: false });
  return new RateLimiterRedis({ ...options, storeClient });
}

const keysFor = ({ email, ip }: { email: string; ip: string | null }) =>
  [`email:${email.toLowerCase()}`, ip ? `ip:${ip}` : null].filter((key): key is string => key !== null);

/** Seconds until sign-in is allowed again for this email or IP, or 0 when it is allowed now. */
export async function signInBlockedFor(who: { email: string; ip: string | null }): Promise<number> {
  const store = await limiter();
  const results = await Promise.all(keysFor(who).map((key) => store.get(key)));
  let wait = 0;
  for (const result of results) {
    if (result && result.consumedPoints >= FAILURE_LIMIT)
      wait = Math.max(wait, Math.ceil(result.msBeforeNext / 1000));
  }
  return wait;
}

export async function recordSignInFailure(who: { email: string; ip: string | null }): Promise<void> {
  const store = await limiter();
  // consume() rejects once the limit is passed; the failure is still counted, which is all we need.
  await Promise.all(keysFor(who).map((key) => store.consume(key).catch(() => undefined)));
}

export async function clearSignInFailures(email: string): Promise<void> {
  await (await limiter()).delete(`email:${email.toLowerCase()}`);
}

/** For tests: forget every counted failure. */
export function resetSignInLimiter(): void {
  holder.__tallySignInLimiter = undefined;
}
