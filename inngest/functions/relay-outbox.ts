// Every minute under Inngest: hand the outbox's undelivered events to Inngest. The writing process already
// tries right after each write; this catches what it could not (Inngest down then, or the process gone).
// Not run by the embedded runner, which relays the outbox itself.

import { defineFunction } from "@/inngest/define";
import { relayToInngest } from "@/inngest/inngest-relay";

export const relayOutboxFunction = defineFunction(
  { id: "relay-outbox", trigger: { cron: "* * * * *" }, retries: 0 },
  async ({ step }) => step.run("relay", () => relayToInngest()),
);
