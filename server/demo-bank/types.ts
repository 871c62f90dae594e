import "server-only";

// The transaction shape is the OFX server's contract (server/ofx/demo-bank-types.ts); re-exported rather than
// copied so the generator and the server can never drift apart.
export type { DemoAccountKind, DemoTransaction } from "@/server/ofx/demo-bank-types";

import type { DemoAccountKind } from "@/server/ofx/demo-bank-types";

export type DemoAccount = {
  /** Checking: 10 digits. Card: 16 digits, Luhn-valid. Stable for a user forever. */
  accountNumber: string;
  kind: DemoAccountKind;
  name: string;
  currency: "USD";
};
