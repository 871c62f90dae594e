import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as getMe, PATCH as patchMe } from "@/app/api/v1/me/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { POST as signup } from "@/app/api/v1/signup/route";
import { DELETE as deleteTokenRoute } from "@/app/api/v1/tokens/[id]/route";
import { POST as createTokenRoute, GET as listTokensRoute } from "@/app/api/v1/tokens/route";
import { resetSignInLimiter } from "@/server/identity/rate-limit";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

const password = "correct horse battery";

async function signUpAndGetToken(email: string) {
  const created = await call(signup, { body: { email, password, name: "Test" } });
  expect(created.status).toBe(201);
  const token = await call(createTokenRoute, { body: { email, password, name: "tests" } });
  expect(token.status).toBe(201);
  return {
    userId: created.body.user.id as string,
    token: token.body.token as string,
    tokenId: token.body.id as string,
  };
}

describe("identity API", () => {
  beforeAll(async () => {
    await useTestDatabase();
  });

  it("signs up, lower-cases the email, and refuses a second account for it", async () => {
    const first = await call(signup, { body: { email: "Mixed@Example.com", password } });
    expect(first.status).toBe(201);
    expect(first.body.user.email).toBe("mixed@example.com");
    expect(first.body.user).not.toHaveProperty("password_hash");
    const again = await call(signup, { body: { email: "mixed@example.com", password } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("email_taken");
  });

  it("names each bad field, and tells malformed JSON apart", async () => {
    const bad = await call(signup, { body: { email: "not-an-email", password: "short" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_input");
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["email", "password"]);
    const malformed = await call(signup, { rawBody: "{nope" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("invalid_json");
  });

  it("refuses a body over 1 MB with 413", async () => {
    const huge = await call(signup, { body: { email: "a@b.co", password: "x".repeat(1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("payload_too_large");
  });

  it("issues a token once, accepts it as a Bearer credential, lists it without the secret, and revokes it", async () => {
    const { token, tokenId } = await signUpAndGetToken("token-user@example.com");
    expect(token).toMatch(/^tally_/);
    const me = await call(getMe, { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: "token-user@example.com",
      notify_thresholds: [80, 100],
      email_notifications: true,
    });

    const list = await call(listTokensRoute, { token });
    expect(list.body.data).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(list.body.data[0].last_used_at).not.toBeNull();

    expect((await call(deleteTokenRoute, { method: "DELETE", token, params: { id: tokenId } })).status).toBe(
      204,
    );
    const after = await call(getMe, { token });
    expect(after.status).toBe(401);
  });

  it("answers 401 without credentials and 404 for another user's token", async () => {
    expect((await call(getMe)).status).toBe(401);
    expect((await call(getMe, { token: "tally_forged" })).status).toBe(401);
    const alice = await signUpAndGetToken("alice@example.com");
    const bob = await signUpAndGetToken("bob@example.com");
    const stolen = await call(deleteTokenRoute, {
      method: "DELETE",
      token: bob.token,
      params: { id: alice.tokenId },
    });
    expect(stolen.status).toBe(404);
    expect((await call(getMe, { token: alice.token })).status).toBe(200);
    const garbage = await call(deleteTokenRoute, {
      method: "DELETE",
      token: bob.token,
      params: { id: "1 or 1=1" },
    });
    expect(garbage.status).toBe(404);
  });

  it("updates the profile and keeps money exact", async () => {
    const { token } = await signUpAndGetToken("profile@example.com");
    const patched = await call(patchMe, {
      method: "PATCH",
      token,
      body: {
        name: "Pat",
        monthly_income: "4200.5",
        notify_thresholds: [100, 80, 80],
        email_notifications: false,
      },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      name: "Pat",
      monthly_income: "4200.50",
      notify_thresholds: [80, 100],
      email_notifications: false,
    });
    const bad = await call(patchMe, {
      method: "PATCH",
      token,
      body: { monthly_income: "-5", colour: "red" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("monthly_income");
    expect(bad.body.error.fields).toHaveProperty("colour");
  });

  it("leaves the budget currency to the first account, and changes it only to a currency the user has", async () => {
    const { token } = await signUpAndGetToken("budget-currency@example.com");
    expect((await call(getMe, { token })).body).toMatchObject({ budget_currency: null });
    // No account yet: the income does not pin dollars on someone whose bank may be in euros.
    const patched = await call(patchMe, { method: "PATCH", token, body: { monthly_income: "3000" } });
    expect(patched.body).toMatchObject({ monthly_income: "3000.00", budget_currency: null });

    const unknown = await call(patchMe, { method: "PATCH", token, body: { budget_currency: "eur" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe("You have no transactions in EUR; budgets can be kept in USD.");
    const malformed = await call(patchMe, { method: "PATCH", token, body: { budget_currency: "dollars" } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toEqual({ budget_currency: "must be a currency code like USD" });
    expect((await call(getMe, { token })).body).toMatchObject({ budget_currency: null });
  });

  it("gives a wrong password and an unknown email the same answer, then rate limits after 11 failures", async () => {
    resetSignInLimiter();
    await signUpAndGetToken("limited@example.com");
    const wrong = await call(createTokenRoute, {
      body: { email: "limited@example.com", password: "wrong password" },
    });
    const unknown = await call(createTokenRoute, {
      body: { email: "nobody@example.com", password: "wrong password" },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);

    for (let attempt = 0; attempt < 10; attempt++) {
      await call(createTokenRoute, { body: { email: "limited@example.com", password: "wrong password" } });
    }
    const blocked = await call(createTokenRoute, { body: { email: "limited@example.com", password } });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/Try again in (59|60) minutes/);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(60);
  });

  it("records activity on authenticated requests at most once an hour", async () => {
    const { token, userId } = await signUpAndGetToken("active@example.com");
    const { getDb } = await import("@/db");
    const { users } = await import("@/db/schema");
    const { eq, sql } = await import("drizzle-orm");
    const db = await getDb();
    await db.update(users).set({ lastActiveAt: null }).where(eq(users.id, userId));
    await call(getMe, { token });
    const [first] = await db.select().from(users).where(eq(users.id, userId));
    expect(first!.lastActiveAt).toBeInstanceOf(Date);
    await call(getMe, { token });
    const [second] = await db.select().from(users).where(eq(users.id, userId));
    expect(second!.lastActiveAt!.getTime()).toBe(first!.lastActiveAt!.getTime());
    await db.update(users).set({ lastActiveAt: sql`now() - interval '2 hours'` }).where(eq(users.id, userId));
    await call(getMe, { token });
    const [third] = await db.select().from(users).where(eq(users.id, userId));
    expect(Date.now() - third!.lastActiveAt!.getTime()).toBeLessThan(60_000);
  });

  it("reports health and serves an OpenAPI description of the contract", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok", jobs: "embedded" });
    const document = await (openapi() as Response).json();
    expect(document.openapi).toBe("3.1.0");
    // Every REST route file, with each method it exports, is in the description.
    const apiRoot = path.resolve(__dirname, "../../app/api");
    const routeFiles = fs
      .readdirSync(apiRoot, { recursive: true, encoding: "utf8" })
      .filter(
        (file) => file.startsWith("v1/") && file.endsWith("route.ts") && !file.includes("openapi.json"),
      );
    expect(routeFiles.length).toBeGreaterThan(10);
    for (const file of routeFiles) {
      const urlPath = `/api/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
      const source = fs.readFileSync(path.join(apiRoot, file), "utf8");
      const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) =>
        m[1]!.toLowerCase(),
      );
      expect(Object.keys(document.paths[urlPath] ?? {}), urlPath).toEqual(expect.arrayContaining(methods));
    }
  });
});
