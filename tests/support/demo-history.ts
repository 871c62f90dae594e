// Fixed clocks and users for the Demo Bank's generator: it is deterministic, so every assertion about it is
// about its design, not luck.

import { type DemoAccountKind, type DemoTransaction, demoHistory } from "@/server/demo-bank/history";

export const TODAY = "2026-03-10";
export const USERS = ["user-1", "user-2", "3f2a9c4e-demo", "alice@example.com", "u5"];
export const KINDS: DemoAccountKind[] = ["checking", "credit_card"];

/** Everything the account has posted up to `today`. */
export function fullHistory(userId: string, kind: DemoAccountKind, today = TODAY): DemoTransaction[] {
  return demoHistory(userId, kind, { start: "2000-01-01", end: "2099-12-31" }, today);
}
