import fs from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as uploadRoute } from "@/app/api/v1/accounts/[id]/statements/route";
import { POST as createAccountRoute } from "@/app/api/v1/accounts/route";
import { POST as refreshRoute } from "@/app/api/v1/connections/[id]/refresh/route";
import { GET as getConnectionRoute } from "@/app/api/v1/connections/[id]/route";
import { POST as linkRoute } from "@/app/api/v1/connections/route";
import { PATCH as patchMe } from "@/app/api/v1/me/route";
import { GET as listRoute } from "@/app/api/v1/notifications/route";
import { GET as getSyncRoute } from "@/app/api/v1/syncs/[id]/route";
import type { Database } from "@/db";
import { connections, notificationDeliveries, notifications } from "@/db/schema";
import { bootEmbeddedRunner } from "@/inngest/embedded/boot";
import type { EmbeddedRunner } from "@/inngest/embedded/runner";
import { listOutbox } from "@/server/mail/outbox";
import { failConnectionSync } from "@/server/sync/connection-sync";
import { startConnectionSync } from "@/server/sync/syncs";
import { createDemoConnection } from "../factories/connections";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { startDemoBank, type TestDemoBank } from "../support/demo-bank";

let db: Database;
let bank: TestDemoBank;
let runner: EmbeddedRunner;

type Listed = { kind: string; title: string; body: string; link: string };

async function listed(token: string): Promise<Listed[]> {
  return (await call(listRoute, { token })).body.data;
}

async function userWithSyncNotices(label: string) {
  const created = await createTestUser(db, { label });
  const patched = await call(patchMe, {
    method: "PATCH",
    token: created.token,
    body: { notify_sync_completed: true },
  });
  expect(patched.body.notify_sync_completed).toBe(true);
  return created;
}

async function linkDemo(token: string) {
  const linked = await call(linkRoute, {
    token,
    body: { institution_id: "demo", account_login: "casey", account_password: "demo" },
  });
  expect(linked.status).toBe(201);
  await runner.drain();
  const sync = (await call(getSyncRoute, { token, params: { id: linked.body.sync.id } })).body;
  expect(sync.status).toBe("succeeded");
  return { connectionId: linked.body.connection.id as string, imported: sync.imported as number };
}

async function refresh(token: string, connectionId: string) {
  const started = await call(refreshRoute, { token, params: { id: connectionId } });
  expect(started.status).toBe(202);
  await runner.drain();
  return (await call(getSyncRoute, { token, params: { id: started.body.sync.id } })).body;
}

beforeAll(async () => {
  db = (await useTestDatabase()).db;
  bank = await startDemoBank(new Date());
  runner = bootEmbeddedRunner({ runner: { baseDelayMs: 5, log: { info() {}, warn() {}, error() {} } } });
});

describe("sync_completed", () => {
  it("tells a user who asked, once per sync that brought something new, and e-mails it", async () => {
    const { user, token } = await userWithSyncNotices("syncs-on");
    const { connectionId, imported } = await linkDemo(token);
    expect(imported).toBeGreaterThan(100);

    let notices = await listed(token);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: "sync_completed",
      title: `${imported.toLocaleString("en-US")} new transactions from Demo Bank`,
      link: "/transactions",
    });

    // Nothing new at the bank: no notice.
    expect((await refresh(token, connectionId)).imported).toBe(0);
    expect(await listed(token)).toHaveLength(1);

    // Five days on, the bank has more: one notice for the whole sync, whatever its size.
    const previous = bank.today;
    bank.today = new Date(previous.getTime() + 5 * 86_400_000);
    try {
      const fresh = await refresh(token, connectionId);
      expect(fresh.imported).toBeGreaterThan(1);
      notices = await listed(token);
      expect(notices).toHaveLength(2);
      expect(notices[0]!.title).toBe(`${fresh.imported} new transactions from Demo Bank`);
    } finally {
      bank.today = previous;
    }

    const outbox = await listOutbox(user.id);
    expect(outbox.map((message) => message.subject).sort()).toEqual(notices.map((n) => n.title).sort());
  });

  it("says nothing to a user who did not ask", async () => {
    const { token } = await createTestUser(db, { label: "syncs-off" });
    await linkDemo(token);
    expect(await listed(token)).toEqual([]);
  });

  it("tells about an uploaded statement, with a link to that account's transactions", async () => {
    const { token } = await userWithSyncNotices("statement");
    const account = await call(createAccountRoute, { token, body: { name: "Everyday", type: "checking" } });
    const file = "tally-chase-checking.csv";
    const form = new FormData();
    const bytes = fs.readFileSync(path.resolve(__dirname, "../fixtures/statements/csv", file));
    form.set("file", new File([new Uint8Array(bytes)], file));
    const uploaded = await uploadRoute(
      new Request(`http://localhost/api/v1/accounts/${account.body.id}/statements`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: form,
      }),
      { params: Promise.resolve({ id: account.body.id }) },
    );
    expect(uploaded.status).toBe(202);
    await runner.drain();
    const sync = (await call(getSyncRoute, { token, params: { id: (await uploaded.json()).sync.id } })).body;
    const [notice] = await listed(token);
    expect(notice).toMatchObject({
      kind: "sync_completed",
      title: `${sync.imported} new transactions from ${file}`,
      link: `/transactions?account_id=${account.body.id}`,
    });
    expect(notice!.body).toContain(`imported from ${file} into Everyday`);
  });
});

describe("sync_failed", () => {
  it("tells the user once, on the third failure in a row, what to do", async () => {
    const { token } = await createTestUser(db, { label: "flaky" });
    const { connectionId } = await linkDemo(token);
    bank.failNext(1_000);
    try {
      for (let failure = 1; failure <= 3; failure++) {
        const sync = await refresh(token, connectionId);
        expect(sync.status).toBe("failed");
        const failedNotices = (await listed(token)).filter((n) => n.kind === "sync_failed");
        expect(failedNotices, `after failure ${failure}`).toHaveLength(failure < 3 ? 0 : 1);
      }
    } finally {
      bank.failNext(0);
    }
    const connection = await call(getConnectionRoute, { token, params: { id: connectionId } });
    expect(connection.body.status).toBe("needs_attention");
    const [notice] = (await listed(token)).filter((n) => n.kind === "sync_failed");
    expect(notice).toMatchObject({
      title: "Demo Bank could not be synced",
      link: `/accounts#connection-${connectionId}`,
    });
    expect(notice!.body).toMatch(/^The last 3 syncs of Demo Bank failed\./);
    expect(notice!.body).toContain("Refresh now");
  });

  it("counts a failure once when it is recorded again (the job's failure handler or a step run twice)", async () => {
    const { user, token } = await createTestUser(db, { label: "twice" });
    const connection = await createDemoConnection(db, user.id);
    const bankDown = Object.assign(new Error("The bank's server did not answer"), { name: "OfxHttpError" });
    for (let failure = 1; failure <= 3; failure++) {
      const { sync } = await startConnectionSync(
        db,
        { userId: user.id, connectionId: connection.id, reason: "manual" },
        true,
      );
      const failed = { userId: user.id, syncId: sync.id, connectionId: connection.id };
      await failConnectionSync(db, failed, bankDown);
      await failConnectionSync(db, failed, bankDown);
      const [stored] = await db.select().from(connections).where(eq(connections.id, connection.id));
      // Before, each sync counted twice: the second one already asked for the user's attention.
      expect(stored, `after failure ${failure}`).toMatchObject({
        consecutiveFailures: failure,
        status: failure < 3 ? "active" : "needs_attention",
      });
    }
    expect((await listed(token)).filter((n) => n.kind === "sync_failed")).toHaveLength(1);
  });

  it("tells the user at once when the bank refuses the password", async () => {
    const { user, token } = await createTestUser(db, { label: "refused" });
    const connection = await createDemoConnection(db, user.id, { password: "not-the-password" });
    const sync = await refresh(token, connection.id);
    expect(sync.status).toBe("failed");
    const notices = await listed(token);
    expect(notices.map((n) => n.kind)).toEqual(["sync_failed"]);
    expect(notices[0]!.title).toBe("Demo Bank needs your attention");
    expect(notices[0]!.body).toMatch(/password/i);
    expect(notices[0]!.body).toContain("Tally will not sync Demo Bank until then.");
    // E-mailed too (the default), once.
    const [row] = await db
      .select({ status: notificationDeliveries.status })
      .from(notificationDeliveries)
      .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
      .where(and(eq(notifications.userId, user.id), eq(notifications.kind, "sync_failed")));
    expect(row?.status).toBe("sent");
    expect(await listOutbox(user.id)).toHaveLength(1);
  });
});
