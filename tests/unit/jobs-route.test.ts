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
      "daily-refresh-requested",
      "import-statement",
      "import-statement-failure",
      "recompute-spending",
      "sync-connection",
      "sync-connection-failure",
    ]);
    expect(byId["sync-connection"]!.triggers).toEqual([{ event: "connection/sync.requested" }]);
    expect(byId["import-statement"]!.triggers).toEqual([{ event: "statement/import.requested" }]);
    expect(byId["recompute-spending"]!.triggers).toEqual([{ event: "spending/recompute.requested" }]);
    expect(byId["daily-refresh"]!.triggers).toEqual([{ cron: "0 6 * * *" }]);
    expect(byId["check-spending-aggregate"]!.triggers).toEqual([{ cron: "30 5 * * *" }]);
    expect(byId["daily-refresh-requested"]!.triggers).toEqual([{ event: "sync/daily-refresh.requested" }]);
    expect(byId["sync-connection"]!.concurrency).toEqual([{ key: "event.data.connectionId", limit: 1 }]);
  });
});
