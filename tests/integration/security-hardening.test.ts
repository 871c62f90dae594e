import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import * as unknownApiPath from "@/app/api/[...path]/route";
import * as accountsRoute from "@/app/api/v1/accounts/route";
import * as meRoute from "@/app/api/v1/me/route";
import { POST as signup } from "@/app/api/v1/signup/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import type { Database } from "@/db";
import { secret } from "@/env";
import proxy from "@/proxy";
import { createSession } from "@/server/identity/sessions";
import { sessionCookieName } from "@/session-token";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

// Issue 12, item 11: the hardening a finance app's HTTP surface needs.

const password = "correct horse battery";
let db: Database;
let cookie = "";
let token = "";

beforeAll(async () => {
  db = (await useTestDatabase()).db;
  const created = await call(signup, { body: { email: "hardening@example.com", password } });
  const userId = created.body.user.id as string;
  const name = sessionCookieName(false);
  const value = await encode({
    token: { sub: userId, sid: await createSession(db, userId) },
    secret: secret("AUTH_SECRET"),
    salt: name,
  });
  cookie = `${name}=${value}`;
  token = (await call(tokensRoute.POST, { body: { email: "hardening@example.com", password } })).body.token;
});

describe("cookie-authenticated writes", () => {
  const account = { name: "Cash", type: "other" };

  it("refuses a text/plain POST from another site, which a plain HTML form could send", async () => {
    const forged = await call(accountsRoute.POST, {
      rawBody: JSON.stringify(account),
      headers: { cookie, origin: "https://evil.example", "content-type": "text/plain" },
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe("forbidden");
    const noOrigin = await call(accountsRoute.POST, { body: account, headers: { cookie } });
    expect(noOrigin.status).toBe(403);
    const plainSameSite = await call(accountsRoute.POST, {
      rawBody: JSON.stringify(account),
      headers: { cookie, origin: "http://localhost", "content-type": "text/plain" },
    });
    expect(plainSameSite.status).toBe(415);
  });

  it("accepts JSON from Tally's own pages, and Bearer tokens from anywhere", async () => {
    const own = await call(accountsRoute.POST, {
      body: account,
      headers: { cookie, origin: "http://localhost" },
    });
    expect(own.status).toBe(201);
    const script = await call(accountsRoute.POST, { body: account, token });
    expect(script.status).toBe(201);
    // Reads need no Origin.
    expect((await call(meRoute.GET, { headers: { cookie } })).status).toBe(200);
  });
});

describe("API responses", () => {
  it("are never cached, errors included", async () => {
    expect((await call(meRoute.GET, { token })).headers.get("cache-control")).toBe("no-store");
    expect((await call(meRoute.GET)).headers.get("cache-control")).toBe("no-store");
  });

  it("answer an unknown address with a JSON 404 and a wrong method with a JSON 405", async () => {
    const missing = await call(unknownApiPath.GET, { path: "/api/v1/nope" });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: "not_found" });
    const wrong = await call(meRoute.PUT, { method: "PUT", token, path: "/api/v1/me" });
    expect(wrong.status).toBe(405);
    expect(wrong.body.error.code).toBe("method_not_allowed");
    // A method the route defines is untouched.
    expect((await call(meRoute.GET, { token })).status).toBe(200);
  });
});

describe("every REST route file", () => {
  it("answers the methods it does not define with the JSON 405", () => {
    const apiRoot = path.resolve(__dirname, "../../app/api/v1");
    const files = fs
      .readdirSync(apiRoot, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts"));
    expect(files.length).toBeGreaterThan(10);
    const missing = files.filter(
      (file) =>
        !fs
          .readFileSync(path.join(apiRoot, file), "utf8")
          .includes('export * from "@/server/http/method-not-allowed"'),
    );
    expect(missing).toEqual([]);
  });
});

describe("pages", () => {
  it("get a CSP with a fresh nonce per response and no 'unsafe-inline' for scripts", async () => {
    const policies = await Promise.all(
      [1, 2].map(async () => {
        const response = await proxy(new NextRequest("http://localhost/login"));
        return response.headers.get("content-security-policy") ?? "";
      }),
    );
    const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(policy)?.[1]);
    expect(nonces[0]).toBeTruthy();
    expect(nonces[0]).not.toBe(nonces[1]);
    const scriptSrc = policies[0]?.split(";").find((part) => part.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(policies[0]).toContain("frame-ancestors 'none'");
  });
});
