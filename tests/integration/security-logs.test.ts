import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db";
import { accounts } from "@/db/schema";
import { createLogger } from "@/server/log";
import { createTestUser } from "../factories/users";
import { useTestDatabase } from "../support/db";

// Issue 12, item 8: a failure's log line says what really went wrong (the database's own error, through the
// cause chain) and carries no user data: no SQL parameters, no passwords or tokens.

let db: Database;
beforeAll(async () => {
  db = (await useTestDatabase()).db;
});

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), lines, text: () => JSON.stringify(lines) };
}

describe("logs", () => {
  it("keep the cause of a failed query and drop its parameters", async () => {
    const { user } = await createTestUser(db, { label: "logged" });
    const secretDescription = "Therapy session with Dr. Example";
    let failure: unknown;
    try {
      // A NUL byte, which Postgres refuses in text (the 500 of issue 12), next to a user id and a description
      // that are personal data in a log.
      await db
        .insert(accounts)
        .values({ userId: user.id, name: `${secretDescription}\u0000`, type: "checking" });
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(Error);
    const { logger, lines, text } = capture();
    logger.error({ err: failure }, "unexpected error");
    const line = lines[0] as { err: { message: string; cause?: { message: string; code?: string } } };
    expect(line.err.message).toMatch(/^Failed query: insert into "accounts"/);
    // The database's own reason is there…
    expect(line.err.cause?.message).toMatch(/invalid byte sequence|0x00/i);
    expect(line.err.cause?.code).toBe("22021");
    // …and none of the values.
    expect(text()).not.toContain(user.id);
    expect(text()).not.toContain(secretDescription);
  });

  it("redacts passwords, tokens, cookies and bodies by path", () => {
    const { logger, text } = capture();
    logger.warn(
      {
        password: "hunter2-password",
        user: { account_password: "bank-pass-1", token: "tally_secret_token" },
        request: { headers: { authorization: "Bearer tally_abc", cookie: "authjs.session-token=xyz" } },
        body: { anything: "a statement's text" },
      },
      "suspicious request",
    );
    const out = text();
    for (const secret of [
      "hunter2-password",
      "bank-pass-1",
      "tally_secret_token",
      "tally_abc",
      "xyz",
      "statement's",
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain("[redacted]");
    expect(out).toContain("suspicious request");
  });
});
