import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as signup } from "@/app/api/v1/signup/route";
import { POST as createTokenRoute } from "@/app/api/v1/tokens/route";
import type { Database } from "@/db";
import { clientIp, installPeerAddressStamp } from "@/server/http/client-ip";
import {
  type AbuseLimits,
  createAbuseLimits,
  LIMITS,
  resetSignInLimiter,
} from "@/server/identity/rate-limit";
import { createToken } from "@/server/identity/tokens";
import { createUser } from "@/server/identity/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

// Issue 12, item 3: sign-in limits that stop a guesser without locking out the account's owner, on an address
// that a header cannot forge; sign-up and token creation limited too. In memory and on Redis.

const password = "correct horse battery";
const ATTACKER = "198.51.100.7";
const OWNER = "203.0.113.5";
let db: Database;

beforeAll(async () => {
  db = (await useTestDatabase()).db;
  // What `next start` does for every request: the TCP peer's address goes into the stamped header.
  installPeerAddressStamp();
});

beforeEach(() => resetSignInLimiter());

const fromPeer = (peer: string, extra: Record<string, string> = {}) => ({
  "x-tally-peer-address": peer,
  ...extra,
});

async function user(label: string) {
  const email = `${label}-${randomBytes(3).toString("hex")}@example.com`;
  const created = await createUser(db, { email, password });
  return Object.assign(email, { id: created.id }) as string & { id: string };
}

const tokenRequest = (email: string, pass: string, headers: Record<string, string>) =>
  call(createTokenRoute, { body: { email, password: pass }, headers });

describe("sign-in limits", () => {
  it("blocks the guesser's address but lets the owner in with the right password from another", async () => {
    const email = await user("victim");
    for (let attempt = 0; attempt <= LIMITS.consecutiveFailsByEmailAndIp.points; attempt++) {
      const wrong = await tokenRequest(email, `guess ${attempt}`, fromPeer(ATTACKER));
      expect(wrong.status).toBe(401);
    }
    const guesser = await tokenRequest(email, password, fromPeer(ATTACKER));
    expect(guesser.status).toBe(429);
    expect(Number(guesser.headers.get("retry-after"))).toBeGreaterThan(50 * 60);

    const owner = await tokenRequest(email, password, fromPeer(OWNER));
    expect(owner.status).toBe(201);
  });

  it("does not believe a forged X-Forwarded-For: the address is the connection's", async () => {
    const email = await user("spoof");
    for (let attempt = 0; attempt <= LIMITS.consecutiveFailsByEmailAndIp.points; attempt++) {
      // A fresh forged address on every try, from one real connection.
      const forged = { "x-forwarded-for": `10.9.${attempt}.1` };
      await tokenRequest(email, `guess ${attempt}`, fromPeer(ATTACKER, forged));
    }
    const next = await tokenRequest(email, password, fromPeer(ATTACKER, { "x-forwarded-for": OWNER }));
    expect(next.status).toBe(429);
  });

  it("reads X-Forwarded-For only through the configured number of trusted proxies", () => {
    const headers = new Headers(fromPeer("10.0.0.2", { "x-forwarded-for": `6.6.6.6, ${OWNER}, 10.0.0.1` }));
    expect(clientIp(headers, 0)).toBe("10.0.0.2");
    expect(clientIp(headers, 1)).toBe("10.0.0.1");
    expect(clientIp(headers, 2)).toBe(OWNER);
    // The client's own first entry is never taken unless the operator says all of it came from proxies.
    expect(clientIp(new Headers(fromPeer("10.0.0.2", { "x-forwarded-for": OWNER })), 2)).toBe("10.0.0.2");
  });

  it("limits sign-ups per address", async () => {
    let status = 0;
    for (let attempt = 0; attempt <= LIMITS.signupsByIp.points; attempt++) {
      const created = await call(signup, {
        body: { email: `signup-${attempt}-${randomBytes(3).toString("hex")}@example.com`, password },
        headers: fromPeer(ATTACKER),
      });
      status = created.status;
      if (attempt < LIMITS.signupsByIp.points) expect(created.status).toBe(201);
    }
    expect(status).toBe(429);
    const elsewhere = await call(signup, {
      body: { email: `signup-other-${randomBytes(3).toString("hex")}@example.com`, password },
      headers: fromPeer(OWNER),
    });
    expect(elsewhere.status).toBe(201);
  });

  it("limits how many tokens an account creates in an hour", async () => {
    const email = await user("tokens");
    expect((await tokenRequest(email, password, fromPeer(OWNER))).status).toBe(201);
    for (let made = 1; made < LIMITS.tokensByUser.points; made++) await createToken(db, email.id, `t${made}`);
    const refused = await tokenRequest(email, password, fromPeer(OWNER));
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/many tokens in the last hour/);
  });
});

// The same rules with the counts kept in Redis (REDIS_URL), under a key prefix no one else uses.
describe.each([
  ["in memory", () => createAbuseLimits()],
  ["on Redis", () => createAbuseLimits({ redis: redisClient(), keyPrefix: prefix })],
])("the limiter %s", (_where, make: () => AbuseLimits) => {
  it("counts consecutive failures per email and address, and a success clears them", async () => {
    const limits = make();
    const victim = { email: `v-${randomBytes(3).toString("hex")}@example.com`, ip: ATTACKER };
    for (let i = 0; i < LIMITS.consecutiveFailsByEmailAndIp.points; i++) await limits.signInFailed(victim);
    expect(await limits.signInWait(victim)).toBe(0);
    await limits.signInSucceeded(victim);
    await limits.signInFailed(victim);
    expect(await limits.signInWait(victim)).toBe(0);
    for (let i = 0; i < LIMITS.consecutiveFailsByEmailAndIp.points; i++) await limits.signInFailed(victim);
    expect(await limits.signInWait(victim)).toBeGreaterThan(50 * 60);
    expect(await limits.signInWait({ email: victim.email, ip: OWNER })).toBe(0);
  });

  it("stops one address after a day's worth of failures across any emails", async () => {
    const limits = make();
    const ip = `192.0.2.${Math.floor(Math.random() * 200) + 1}`;
    for (let i = 0; i <= LIMITS.failsByIpPerDay.points; i++) {
      await limits.signInFailed({ email: `spray-${i}@example.com`, ip });
    }
    expect(await limits.signInWait({ email: "someone-new@example.com", ip })).toBeGreaterThan(23 * 60 * 60);
    expect(await limits.signInWait({ email: "someone-new@example.com", ip: OWNER })).toBe(0);
  });
});

const prefix = `tally_test_${process.pid}_${randomBytes(4).toString("hex")}`;
let redis: Redis | undefined;
function redisClient(): Redis {
  redis ??= new Redis("redis://127.0.0.1:6379", { lazyConnect: false, maxRetriesPerRequest: 1 });
  return redis;
}

afterAll(async () => {
  if (!redis) return;
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});
