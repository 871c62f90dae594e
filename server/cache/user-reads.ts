import "server-only";
import { randomUUID } from "node:crypto";
import { sharedRedis } from "@/server/redis";

/**
 * A per-user cache of read models (a month's spending, the trend, the dashboard's figures): in Redis when
 * REDIS_URL is set, so every web instance shares it, otherwise in this process.
 *
 * Correctness comes from invalidation, not expiry: every write that changes what a user sees (an import, a
 * category change, a removed account) calls `invalidateUserReads` after it commits, so the user's next
 * request reads from the database and sees the change at once. Each user's entries live under one
 * generation; invalidating starts a new one, and a value computed under an older generation is never stored
 * (a read that raced a write cannot put stale figures back). The TTL only bounds memory and the damage of a
 * write path that forgot to invalidate.
 *
 * Values must be plain JSON (no Date objects): Redis stores them as JSON text.
 */

const TTL_SECONDS = 10 * 60;
// The in-process store keeps at most this many users (least recently used go first).
const MAX_LOCAL_USERS = 5_000;
const KEY_PREFIX = "tally:reads:";

type Lookup = { value: unknown; found: boolean; generation: string | null };

interface ReadStore {
  lookup(userId: string, key: string): Promise<Lookup>;
  store(userId: string, key: string, value: unknown, generation: string | null): Promise<void>;
  invalidate(userId: string): Promise<void>;
}

type LocalEntry = { generation: string | null; values: Map<string, { value: unknown; expires: number }> };

class LocalStore implements ReadStore {
  private readonly users = new Map<string, LocalEntry>();

  private entry(userId: string): LocalEntry | undefined {
    const entry = this.users.get(userId);
    if (entry) {
      // Map order is insertion order: re-inserting marks the user as recently used.
      this.users.delete(userId);
      this.users.set(userId, entry);
    }
    return entry;
  }

  async lookup(userId: string, key: string): Promise<Lookup> {
    const entry = this.entry(userId);
    const hit = entry?.values.get(key);
    if (hit && hit.expires > Date.now())
      return { value: hit.value, found: true, generation: entry!.generation };
    return { value: undefined, found: false, generation: entry?.generation ?? null };
  }

  async store(userId: string, key: string, value: unknown, generation: string | null): Promise<void> {
    let entry = this.entry(userId);
    if ((entry?.generation ?? null) !== generation) return;
    if (!entry) {
      entry = { generation, values: new Map() };
      this.users.set(userId, entry);
      if (this.users.size > MAX_LOCAL_USERS) this.users.delete(this.users.keys().next().value!);
    }
    entry.values.set(key, { value, expires: Date.now() + TTL_SECONDS * 1000 });
  }

  async invalidate(userId: string): Promise<void> {
    this.users.delete(userId);
    this.users.set(userId, { generation: randomUUID(), values: new Map() });
    if (this.users.size > MAX_LOCAL_USERS) this.users.delete(this.users.keys().next().value!);
  }
}

type RedisClient = import("ioredis").Redis;

// Stores a field only while the user's generation is still the one the value was computed under.
const STORE_IF_CURRENT = `
local current = redis.call('HGET', KEYS[1], '~gen')
if (current or '') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1`;

class RedisStore implements ReadStore {
  constructor(private readonly redis: RedisClient) {}

  async lookup(userId: string, key: string): Promise<Lookup> {
    const [generation, raw] = await this.redis.hmget(KEY_PREFIX + userId, "~gen", key);
    if (raw === null || raw === undefined)
      return { value: undefined, found: false, generation: generation ?? null };
    return { value: JSON.parse(raw), found: true, generation: generation ?? null };
  }

  async store(userId: string, key: string, value: unknown, generation: string | null): Promise<void> {
    await this.redis.eval(
      STORE_IF_CURRENT,
      1,
      KEY_PREFIX + userId,
      generation ?? "",
      key,
      JSON.stringify(value),
      String(TTL_SECONDS),
    );
  }

  async invalidate(userId: string): Promise<void> {
    // One MULTI: the old fields go and the new generation is set together.
    await this.redis
      .multi()
      .del(KEY_PREFIX + userId)
      .hset(KEY_PREFIX + userId, "~gen", randomUUID())
      .expire(KEY_PREFIX + userId, TTL_SECONDS)
      .exec();
  }
}

const holder = globalThis as unknown as { __tallyReadStore?: Promise<ReadStore> };

function readStore(): Promise<ReadStore> {
  holder.__tallyReadStore ??= createStore();
  return holder.__tallyReadStore;
}

async function createStore(): Promise<ReadStore> {
  const redis = await sharedRedis();
  return redis ? new RedisStore(redis) : new LocalStore();
}

// On globalThis like the store: every bundle that imports this module shares the loads under way.
const flights = globalThis as unknown as { __tallyReadsInFlight?: Map<string, Promise<unknown>> };
flights.__tallyReadsInFlight ??= new Map();
const inFlight = flights.__tallyReadsInFlight;

/**
 * The cached value for (user, key), or the loader's result, stored for next time. A cache that fails (Redis
 * unreachable) never fails the read: the loader's answer is returned.
 */
export async function cachedRead<T>(userId: string, key: string, load: () => Promise<T>): Promise<T> {
  let store: ReadStore;
  let generation: string | null = null;
  try {
    store = await readStore();
    const hit = await store.lookup(userId, key);
    if (hit.found) return hit.value as T;
    generation = hit.generation;
  } catch (error) {
    console.error("Read cache unavailable; reading from the database:", error);
    return load();
  }
  // A page's widgets ask for the same figures at once (the category directory, the trend): one load serves
  // them all. Only a load under the generation just looked up is joined, so a read that starts after a write
  // (which starts a new generation) never waits for figures read before it.
  const flightKey = `${userId}\u0000${generation ?? ""}\u0000${key}`;
  const flying = inFlight.get(flightKey);
  if (flying) return flying as Promise<T>;
  const loading = (async () => {
    const value = await load();
    await store.store(userId, key, value, generation).catch(() => undefined);
    return value;
  })();
  inFlight.set(flightKey, loading);
  try {
    return await loading;
  } finally {
    inFlight.delete(flightKey);
  }
}

/** Forgets everything cached for the user. Call after any write that changes what the user sees. */
export async function invalidateUserReads(userId: string): Promise<void> {
  try {
    await (await readStore()).invalidate(userId);
  } catch (error) {
    // The TTL still bounds how long the old figures can show.
    console.error("Could not clear the read cache for a user:", error);
  }
}

/** For tests: start from an empty cache (and pick up REDIS_URL changes). */
export function resetReadCache(): void {
  holder.__tallyReadStore = undefined;
}
