import { describe, expect, it, vi } from "vitest";
import { introspect } from "../support/inngest-introspect";

describe("/api/inngest in dev mode", () => {
  it("lists every Tally function with its trigger", async () => {
    vi.stubEnv("INNGEST_DEV", "1");
    const route = await import("@/app/api/inngest/route");
    const served = await introspect(route);
    const byId = Object.fromEntries(served.functions.map((fn) => [fn.id, fn]));
    // onFailure handlers are served as functions of their own, triggered by Inngest's failure event.
    expect(Object.keys(byId).sort()).toEqual([
      "check-spending-aggregate",
      "daily-refresh",
      "daily-refresh-page",
      "daily-refresh-requested",
      "deliver-notification-email",
      "deliver-notification-email-failure",
      "evaluate-budget-notifications",
      "import-statement",
      "import-statement-failure",
      "purge-statements",
      "recompute-spending",
      "recount-crowd",
      "recover-stranded-syncs",
      "rekey-sellers",
      "rekey-sellers-scheduled",
      "relay-outbox",
      "sync-connection",
      "sync-connection-failure",
    ]);
    expect(byId["sync-connection"]!.triggers).toEqual([{ event: "connection/sync.requested" }]);
    expect(byId["import-statement"]!.triggers).toEqual([{ event: "statement/import.requested" }]);
    expect(byId["recompute-spending"]!.triggers).toEqual([{ event: "spending/recompute.requested" }]);
    expect(byId["daily-refresh"]!.triggers).toEqual([{ cron: "0 0 * * *" }]);
    expect(byId["daily-refresh-page"]!.triggers).toEqual([{ event: "sync/daily-refresh.page" }]);
    expect(byId["relay-outbox"]!.triggers).toEqual([{ cron: "* * * * *" }]);
    expect(byId["check-spending-aggregate"]!.triggers).toEqual([{ cron: "30 5 * * *" }]);
    expect(byId["recover-stranded-syncs"]!.triggers).toEqual([{ cron: "20 * * * *" }]);
    expect(byId["purge-statements"]!.triggers).toEqual([{ event: "statements/purge.requested" }]);
    expect(byId["recount-crowd"]!.triggers).toEqual([{ event: "crowd/recount.requested" }]);
    expect(byId["rekey-sellers-scheduled"]!.triggers).toEqual([{ cron: "23 * * * *" }]);
    expect(byId["rekey-sellers"]!.triggers).toEqual([{ event: "categorize/rekey.requested" }]);
    expect(byId["rekey-sellers"]!.concurrency).toEqual([{ key: "event.data.version", limit: 1 }]);
    expect(byId["daily-refresh-requested"]!.triggers).toEqual([{ event: "sync/daily-refresh.requested" }]);
    expect(byId["sync-connection"]!.concurrency).toEqual([{ key: "event.data.connectionId", limit: 1 }]);
    // Budget evaluation waits for a user's changes to settle (debounce, in Inngest and the embedded runner alike).
    expect(byId["evaluate-budget-notifications"]!.triggers).toEqual([{ event: "budget/evaluate.requested" }]);
    expect(byId["evaluate-budget-notifications"]!.raw.debounce).toEqual({
      key: "event.data.userId",
      period: "20s",
      timeout: "2m",
    });
    expect(byId["deliver-notification-email"]!.triggers).toEqual([{ event: "notification/email.requested" }]);
    // The same flow control the embedded runner applies, handed to Inngest as written in defineFunction.
    expect(byId["sync-connection"]!.raw.throttle).toEqual({
      key: "event.data.throttleKey",
      limit: 300,
      period: "1m",
      burst: 20,
    });
  });
});
