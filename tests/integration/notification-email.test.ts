import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { eq } from "drizzle-orm";
import { type ParsedMail, simpleParser } from "mailparser";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/unsubscribe/route";
import type { Database } from "@/db";
import { type Notification, notificationDeliveries, users } from "@/db/schema";
import { defaultCategoryId } from "@/db/seed/categories";
import { mailSettings } from "@/env";
import { createEmbeddedRunner, type EmbeddedRunner } from "@/inngest/embedded/runner";
import { notificationEmailRequested } from "@/inngest/events";
import { deliverNotificationEmail } from "@/inngest/functions/deliver-notification-email";
import { listOutbox, readOutboxMessage } from "@/server/mail/outbox";
import { getMailer } from "@/server/mail/transport";
import { sendNotificationEmail } from "@/server/notifications/delivery";
import { evaluateNotifications } from "@/server/notifications/evaluate";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";
import { clearOutbox } from "../support/jobs";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

let db: Database;
let smtp: TestSmtpServer;
const quiet = { info() {}, warn() {}, error() {} };

/** Groceries' notice when €`spentCents` of a €450 budget is spent on November 21. */
async function groceriesNotice(userId: string, spentCents: number): Promise<Notification> {
  const [notice] = await evaluateNotifications(
    db,
    userId,
    ["2026-11"],
    [
      {
        categoryId: defaultCategoryId("food-dining.groceries"),
        categoryName: "Groceries",
        currency: "EUR",
        month: "2026-11",
        spentCents,
        budgetCents: 45_000,
        projectedCents: null,
      },
    ],
    new Date("2026-11-21T10:00:00Z"),
  );
  // Recording the notice also asked (in the outbox) for its e-mail; the tests below hand the notice's event
  // to the delivery job themselves, as if the relay had not run yet, and count what arrives for it alone.
  await clearOutbox(db);
  return notice!;
}

/** A euro budget gone over: €470 of €450 for Groceries on November 21. */
const noticeFor = (userId: string) => groceriesNotice(userId, 47_000);

/** Runs the delivery job for a notice as its event would; `eventId` stands for a re-delivered event. */
async function deliver(notification: Notification, eventId?: string) {
  const runner: EmbeddedRunner = createEmbeddedRunner([deliverNotificationEmail], {
    baseDelayMs: 5,
    log: quiet,
  });
  try {
    const event = notificationEmailRequested({
      notificationId: notification.id,
      userId: notification.userId,
    });
    await runner.dispatch(eventId ? { ...event, id: eventId } : event);
    await runner.drain();
  } finally {
    await runner.stop();
  }
}

async function delivery(notificationId: string) {
  const [row] = await db
    .select()
    .from(notificationDeliveries)
    .where(eq(notificationDeliveries.notificationId, notificationId));
  return row!;
}

beforeAll(async () => {
  db = (await useTestDatabase()).db;
  smtp = await startSmtpServer();
});

describe("over SMTP", () => {
  beforeAll(() => {
    process.env.SMTP_URL = smtp.url;
  });
  afterEach(() => {
    process.env.SMTP_URL = smtp.url;
  });

  it("sends plain text and HTML with the amounts, a link back, and a one-click unsubscribe that works", async () => {
    const { user, email } = await createTestUser(db, { label: "mail" });
    const notice = await noticeFor(user.id);
    const before = smtp.received.length;
    await deliver(notice);
    expect(smtp.received.length).toBe(before + 1);

    const mail = await simpleParser(smtp.received.at(-1)!);
    expect(mail.subject).toBe("Groceries is over its November budget");
    expect(mail.from?.text).toBe('"Tally" <tally@localhost>');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : null).toBe(email);
    expect(mail.messageId).toBe(`<notification.${notice.id}@localhost>`);
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    expect(rawHeader(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");

    // Both parts say what happened in euros, and lead back to the month's budget.
    expect(mail.text).toContain("Groceries: €470 of €450 (104%), €20 over, with 9 days left in November.");
    expect(mail.text).toContain("See the budget: http://localhost:3000/budgets?month=2026-11");
    expect(mail.html).toContain("Groceries: €470 of €450 (104%), €20 over");
    expect(mail.html).toContain('href="http://localhost:3000/budgets?month=2026-11"');

    // The header's address: a POST from the mail client turns e-mails off, without signing in.
    const header = rawHeader(mail, "list-unsubscribe") ?? "";
    const oneClick = /^<(http:\/\/localhost:3000\/api\/unsubscribe\?token=[^>]+)>$/.exec(header)?.[1];
    expect(oneClick).toBeDefined();
    const unsubscribePath = oneClick!.replace("http://localhost:3000", "");
    // The footer's link opens the confirmation page for the same token.
    const token = new URL(oneClick!).searchParams.get("token")!;
    expect(mail.text).toContain(
      `Stop these e-mails: http://localhost:3000/unsubscribe?token=${encodeURIComponent(token)}`,
    );

    const forged = `${unsubscribePath.slice(0, -3)}${unsubscribePath.endsWith("AAA") ? "BBB" : "AAA"}`;
    const refused = await call(unsubscribePost, {
      method: "POST",
      path: forged,
      rawBody: "List-Unsubscribe=One-Click",
    });
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toMatch(/not valid/);
    expect((await userRow(user.id)).emailNotifications).toBe(true);

    const opened = await unsubscribeGet(new Request(oneClick!), { params: Promise.resolve({}) });
    expect(opened.status).toBe(303);
    expect(opened.headers.get("location")).toBe(
      `http://localhost:3000/unsubscribe?token=${encodeURIComponent(token)}`,
    );
    expect((await userRow(user.id)).emailNotifications).toBe(true);

    const done = await unsubscribePost(
      new Request(oneClick!, { method: "POST", body: "List-Unsubscribe=One-Click" }),
      { params: Promise.resolve({}) },
    );
    expect(done.status).toBe(200);
    expect((await userRow(user.id)).emailNotifications).toBe(false);

    // Turned off: the next notice is kept in the app and not e-mailed.
    const later = await evaluateNotifications(
      db,
      user.id,
      ["2026-11"],
      [
        {
          categoryId: defaultCategoryId("food-dining.restaurants"),
          categoryName: "Restaurants",
          currency: "EUR",
          month: "2026-11",
          spentCents: 9_000,
          budgetCents: 10_000,
          projectedCents: null,
        },
      ],
      new Date("2026-11-21T10:00:00Z"),
    );
    expect(later).toHaveLength(1);
    expect(
      await db
        .select()
        .from(notificationDeliveries)
        .where(eq(notificationDeliveries.notificationId, later[0]!.id)),
    ).toEqual([]);
  });

  it("does not send again when the job runs again after the e-mail went out", async () => {
    const { user } = await createTestUser(db, { label: "again" });
    const notice = await noticeFor(user.id);
    const before = smtp.received.length;
    await deliver(notice);
    // The same request delivered again later (past the event dedupe window: a new event id).
    await deliver(notice, `redelivered:${notice.id}`);
    expect(await sendNotificationEmail(db, { userId: notice.userId, notificationId: notice.id })).toEqual({
      status: "already_sent",
    });
    expect(smtp.received.length).toBe(before + 1);
    expect(await delivery(notice.id)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("does not send again after a stop between the hand-over and its record", async () => {
    const { user } = await createTestUser(db, { label: "crash" });
    const notice = await noticeFor(user.id);
    const before = smtp.received.length;
    // The send step handed the message over, then the process died before the step's result was kept.
    expect(
      (await sendNotificationEmail(db, { userId: notice.userId, notificationId: notice.id })).status,
    ).toBe("sent");
    expect(await delivery(notice.id)).toMatchObject({ status: "sending" });
    await deliver(notice);
    expect(smtp.received.length).toBe(before + 1);
    expect(await delivery(notice.id)).toMatchObject({ status: "uncertain" });
  });

  it("retries a message the server refused, and it arrives once", async () => {
    const { user } = await createTestUser(db, { label: "busy" });
    const notice = await noticeFor(user.id);
    const before = smtp.received.length;
    smtp.refuseNext(2);
    await deliver(notice);
    expect(smtp.received.length).toBe(before + 1);
    expect(await delivery(notice.id)).toMatchObject({ status: "sent", attempts: 3 });
  });

  it("gives up after every retry found the server down, and says why", async () => {
    const { user } = await createTestUser(db, { label: "down" });
    const notice = await noticeFor(user.id);
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    await deliver(notice);
    // Six attempts (the first and five retries), each refused before any session began.
    expect(await delivery(notice.id)).toMatchObject({ status: "failed", attempts: 6 });
    expect((await delivery(notice.id)).error).toMatch(/^ESOCKET/);
  });

  it("does not e-mail 'passed 80%' once 'over budget' was told while it waited", async () => {
    const { user } = await createTestUser(db, { label: "superseded" });
    // €382.50 (85%): the warning's e-mail waits (the mail server was down); then €470 is over the budget.
    const warning = await groceriesNotice(user.id, 38_250);
    const over = await groceriesNotice(user.id, 47_000);
    expect([warning.threshold, over.threshold]).toEqual([80, 100]);
    const before = smtp.received.length;
    await deliver(warning);
    expect(smtp.received.length).toBe(before);
    expect(await delivery(warning.id)).toMatchObject({ status: "skipped" });
    await deliver(over);
    expect(smtp.received.length).toBe(before + 1);
    expect((await simpleParser(smtp.received.at(-1)!)).subject).toBe("Groceries is over its November budget");
    expect(await delivery(over.id)).toMatchObject({ status: "sent" });
  });

  it("skips a notice whose user turned e-mail off before it went out", async () => {
    const { user } = await createTestUser(db, { label: "changed-mind" });
    const notice = await noticeFor(user.id);
    await db.update(users).set({ emailNotifications: false }).where(eq(users.id, user.id));
    const before = smtp.received.length;
    await deliver(notice);
    expect(smtp.received.length).toBe(before);
    expect(await delivery(notice.id)).toMatchObject({ status: "skipped" });
  });
});

describe("without SMTP: the outbox", () => {
  beforeAll(() => {
    delete process.env.SMTP_URL;
  });

  it("writes each e-mail once as an .eml file the outbox page reads back", async () => {
    const { user } = await createTestUser(db, { label: "outbox" });
    const notice = await noticeFor(user.id);
    await deliver(notice);
    await deliver(notice, `redelivered:${notice.id}`);
    const folder = path.join(mailSettings().outboxDir, user.id);
    expect(fs.readdirSync(folder)).toEqual([`${notice.id}.eml`]);
    const listed = await listOutbox(user.id);
    expect(listed.map((message) => message.subject)).toEqual(["Groceries is over its November budget"]);
    const message = await readOutboxMessage(user.id, notice.id);
    expect(message?.text).toContain("€470 of €450");
    expect(message?.html).toContain("€470 of €450");
    expect(message?.headers.map((header) => header.name)).toEqual(
      expect.arrayContaining(["list-unsubscribe", "list-unsubscribe-post"]),
    );
    // Another user's outbox holds none of it.
    expect(await readOutboxMessage((await createTestUser(db)).user.id, notice.id)).toBeNull();
  });

  it("settles an interrupted hand-over by whether the file was written", async () => {
    const { user } = await createTestUser(db, { label: "outbox-crash" });
    const written = await noticeFor(user.id);
    expect(
      (await sendNotificationEmail(db, { userId: written.userId, notificationId: written.id })).status,
    ).toBe("sent");
    expect(await sendNotificationEmail(db, { userId: written.userId, notificationId: written.id })).toEqual({
      status: "already_sent",
    });
    expect(await delivery(written.id)).toMatchObject({ status: "sent", attempts: 1 });

    // Claimed, then stopped before the file was renamed into place: nothing was written, so it is sent now.
    const { user: other } = await createTestUser(db, { label: "outbox-crash-2" });
    const unwritten = await noticeFor(other.id);
    await db
      .update(notificationDeliveries)
      .set({ status: "sending", attempts: 1 })
      .where(eq(notificationDeliveries.notificationId, unwritten.id));
    expect(
      (await sendNotificationEmail(db, { userId: unwritten.userId, notificationId: unwritten.id })).status,
    ).toBe("sent");
    expect(await listOutbox(other.id)).toHaveLength(1);
    expect(getMailer().kind).toBe("outbox");
  });
});

/** A header as written (mailparser folds List-* headers into a structure of its own), unfolded. */
function rawHeader(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name)?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
}

async function userRow(userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row!;
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
