import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/server/errors";
import { certainlyNotSent } from "@/server/mail/transport";
import { notificationSettingsForm, notifyThresholdsField } from "@/server/notifications/inputs";
import { connectionNeedsUserText } from "@/server/notifications/sync-texts";
import { unsubscribeToken, verifyUnsubscribeToken } from "@/server/notifications/unsubscribe";

const form = (thresholds: string[], checks: Record<string, string> = {}) =>
  notificationSettingsForm.safeParse({ notify_thresholds: thresholds, ...checks });

const problems = (result: ReturnType<typeof form>) => (result.success ? {} : fieldErrors(result.error));

describe("notification thresholds as edited in Settings", () => {
  it("accepts whole percentages (with or without %), stores them sorted and once each", () => {
    const result = form(["100", "80%", " 80 ", "120"], { email_notifications: "on" });
    expect(result.data).toEqual({
      notify_thresholds: [80, 100, 120],
      email_notifications: true,
      notify_sync_completed: false,
    });
  });

  it("names the box that is wrong, in words", () => {
    expect(problems(form(["80", "abc"]))).toEqual({
      "notify_thresholds.1": "must be a whole percentage, like 80",
    });
    expect(problems(form(["80", "92.5"]))).toEqual({
      "notify_thresholds.1": "must be a whole percentage, like 80",
    });
    expect(problems(form(["", "100"]))).toEqual({
      "notify_thresholds.0": "is empty: enter a percentage or remove it",
    });
    expect(problems(form(["0"]))).toEqual({ "notify_thresholds.0": "must be at least 1%" });
    expect(problems(form(["501"]))).toEqual({ "notify_thresholds.0": "must be at most 500%" });
    expect(problems(form([]))).toEqual({ notify_thresholds: "must have at least one percentage" });
    expect(problems(form(["10", "20", "30", "40", "50", "60"]))).toEqual({
      notify_thresholds: "must have at most 5 percentages",
    });
  });

  it("validates the API's list the same way", () => {
    expect(notifyThresholdsField.parse([100, 80, 80])).toEqual([80, 100]);
    expect(notifyThresholdsField.safeParse([80, "90"]).success).toBe(false);
    expect(notifyThresholdsField.safeParse(80).success).toBe(false);
  });
});

describe("one-click unsubscribe tokens", () => {
  const userId = "5f0c6c2e-8a43-4e0e-9d8b-2f1d3c4b5a69";

  it("name the user they were made for", () => {
    expect(verifyUnsubscribeToken(unsubscribeToken(userId))).toBe(userId);
  });

  it("refuse a token moved to another user, a changed signature, and junk", () => {
    const [, signature] = unsubscribeToken(userId).split(".");
    const otherUser = "0b9d1e7c-3f2a-4c5d-8e6f-7a8b9c0d1e2f";
    expect(verifyUnsubscribeToken(`${otherUser}.${signature}`)).toBeNull();
    const flipped = signature!.startsWith("A") ? `B${signature!.slice(1)}` : `A${signature!.slice(1)}`;
    expect(verifyUnsubscribeToken(`${userId}.${flipped}`)).toBeNull();
    expect(verifyUnsubscribeToken(`${userId}.${signature}.extra`)).toBeNull();
    expect(verifyUnsubscribeToken(`${userId}.`)).toBeNull();
    expect(verifyUnsubscribeToken("not-a-token")).toBeNull();
    expect(verifyUnsubscribeToken(null)).toBeNull();
  });
});

describe("which mail failures may be retried without risking a second copy", () => {
  it("retries what the server refused and sessions that never started", () => {
    expect(certainlyNotSent({ code: "EMESSAGE", responseCode: 451, command: "DATA" })).toBe(true);
    expect(certainlyNotSent({ code: "EENVELOPE", responseCode: 550, command: "RCPT TO" })).toBe(true);
    expect(certainlyNotSent({ code: "ESOCKET", originalCode: "ECONNREFUSED", command: "CONN" })).toBe(true);
    expect(certainlyNotSent({ code: "EDNS" })).toBe(true);
    expect(certainlyNotSent({ code: "EAUTH", command: "AUTH PLAIN" })).toBe(true);
  });

  it("does not retry a conversation lost midway: the server may already have the message", () => {
    expect(certainlyNotSent({ code: "ECONNECTION", command: "CONN" })).toBe(false);
    expect(certainlyNotSent({ code: "ETIMEDOUT", command: "CONN" })).toBe(false);
    expect(certainlyNotSent({ code: "ESOCKET", originalCode: "ECONNRESET" })).toBe(false);
    expect(certainlyNotSent(new Error("boom"))).toBe(false);
  });
});

describe("a connection that needs the user", () => {
  it("passes on the bank's refusal with what to do", () => {
    const text = connectionNeedsUserText({
      institutionName: "Demo Bank",
      refused: true,
      failures: 1,
      message:
        "The bank refused the user id or password. Update the password for this connection, then refresh.",
    });
    expect(text.title).toBe("Demo Bank needs your attention");
    expect(text.body).toBe(
      "The bank refused the user id or password. Update the password for this connection, then refresh. Tally will not sync Demo Bank until then.",
    );
  });

  it("after repeated failures, drops the promise of a retry that is no longer coming", () => {
    const text = connectionNeedsUserText({
      institutionName: "Demo Bank",
      refused: false,
      failures: 3,
      message: "The sync failed because of a problem on our side. It will be retried.",
    });
    expect(text.title).toBe("Demo Bank could not be synced");
    expect(text.body).toMatch(
      /^The last 3 syncs of Demo Bank failed\. The sync failed because of a problem on our side\. Tally has paused/,
    );
    expect(text.body).not.toContain("retried");
    expect(text.body).toContain("Refresh now");
  });
});
