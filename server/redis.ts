import "server-only";
import type Redis from "ioredis";
import { env } from "@/env";

// The process's one Redis client (REDIS_URL), shared by the sign-in limits and the read cache. No offline
// queue: with Redis down, callers fall back (to a per-instance limiter, to the database) instead of waiting.
// The first caller waits briefly for the connection: a serverless instance is new on every cold start, and
// without the wait its first requests would all miss the shared store.

const CONNECT_WAIT_MS = 2_000;

const holder = globalThis as unknown as { __tallyRedis?: Promise<Redis | undefined> };

export function sharedRedis(): Promise<Redis | undefined> {
  holder.__tallyRedis ??= (async () => {
    if (!env.REDIS_URL) return undefined;
    // Loaded only when configured so the embedded default never needs Redis.
    const { default: RedisClient } = await import("ioredis");
    const client = new RedisClient(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    // Errors are retried by the client itself; an unhandled "error" event would only add noise.
    client.on("error", () => {});
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, CONNECT_WAIT_MS);
      client.once("ready", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    return client;
  })();
  return holder.__tallyRedis;
}
