// sendEvents, the one way app code emits events: validation, the embedded dispatcher (registered or booted
// lazily from inngest/index.ts), and the Inngest path when a server is configured.

import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { dailyRefreshRequested, spendingRecomputeRequested, type TallyEvent } from "@/inngest/events";

// inngest/index.ts is the lead's real function list; here it holds one example function.
const ran: string[] = [];
vi.mock("@/inngest/index", async () => {
  const { defineFunction } = await import("@/inngest/define");
  const functions = [
    defineFunction(
      { id: "recompute-example", trigger: { event: "spending/recompute.requested" } },
      ({ event }) => {
        ran.push(...event.data.months);
      },
    ),
  ];
  return { functions, embeddedFunctions: functions };
});

// The runner booted here keeps its queue in the app's database: this file's test database.
beforeAll(async () => {
  const { useTestDatabase } = await import("../support/db");
  await useTestDatabase();
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe("sendEvents", () => {
  it("hands validated events to a registered embedded dispatcher", async () => {
    const { registerEmbeddedDispatcher, sendEvents } = await import("@/inngest/client");
    const received: TallyEvent[][] = [];
    registerEmbeddedDispatcher(async (events) => {
      received.push(events);
    });
    await sendEvents(
      spendingRecomputeRequested({ userId: "u1", months: ["2024-01"] }, { id: "recompute:u1" }),
    );
    await sendEvents([dailyRefreshRequested(), dailyRefreshRequested()]);
    await sendEvents([]);
    expect(received).toEqual([
      [
        {
          name: "spending/recompute.requested",
          data: { userId: "u1", months: ["2024-01"] },
          id: "recompute:u1",
        },
      ],
      [
        { name: "sync/daily-refresh.requested", data: {} },
        { name: "sync/daily-refresh.requested", data: {} },
      ],
    ]);
    await expect(
      sendEvents(spendingRecomputeRequested({ userId: "u1", months: ["2024-1"] })),
    ).rejects.toThrow(/months.0: must be YYYY-MM/);
    expect(received).toHaveLength(2);
    registerEmbeddedDispatcher(undefined);
  });

  it("boots the process's one runner from inngest/index.ts when no dispatcher is registered", async () => {
    const { registerEmbeddedDispatcher, sendEvents } = await import("@/inngest/client");
    registerEmbeddedDispatcher(undefined);
    await sendEvents(spendingRecomputeRequested({ userId: "u1", months: ["2024-02"] }));
    const { bootEmbeddedRunner, getEmbeddedRunner } = await import("@/inngest/embedded/boot");
    const runner = getEmbeddedRunner();
    await runner.drain();
    expect(ran).toEqual(["2024-02"]);
    // Memoized on globalThis: a second copy of the module (Next bundles, dev reloads) gets the same runner.
    vi.resetModules();
    const again = await import("@/inngest/embedded/boot");
    expect(again.getEmbeddedRunner()).toBe(runner);
    expect(bootEmbeddedRunner()).toBe(runner);
    await runner.stop();
    (globalThis as { __tallyEmbeddedRunner?: unknown }).__tallyEmbeddedRunner = undefined;
    registerEmbeddedDispatcher(undefined);
  });

  it("sends to Inngest, through a fetch with a timeout, when an Inngest server is configured", async () => {
    vi.stubEnv("INNGEST_EVENT_KEY", "test-event-key");
    vi.stubEnv("INNGEST_BASE_URL", "http://inngest.internal:8288");
    const requests: { url: string; body: unknown; signal: AbortSignal | null | undefined }[] = [];
    vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
      requests.push({ url: String(url), body: JSON.parse(String(init?.body)), signal: init?.signal });
      return Response.json({ ids: ["evt-1"], status: 200 });
    });
    const { jobsMode } = await import("@/env");
    const { sendEvents } = await import("@/inngest/client");
    expect(jobsMode).toBe("inngest");
    await sendEvents(dailyRefreshRequested({}, { id: "daily:2024-01-02" }));
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe("http://inngest.internal:8288/e/test-event-key");
    expect(requests[0]?.body).toEqual([
      expect.objectContaining({ name: "sync/daily-refresh.requested", data: {}, id: "daily:2024-01-02" }),
    ]);
    expect(requests[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});
