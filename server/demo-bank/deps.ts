import "server-only";

import { demoAccount, demoBalance, demoHistory, demoLedgers } from "@/server/demo-bank/history";
import type { DemoBankDeps } from "@/server/ofx/demo-bank-server";

/**
 * Wires the generator into the OFX server. `today` is read as a UTC calendar day, the same way the server
 * dates its statements, so the history it serves and the DTEND it writes agree.
 */
export function demoBankDeps(today: Date): DemoBankDeps {
  const day = today.toISOString().slice(0, 10);
  const ledgers = demoLedgers();
  return {
    history: (userId, kind, range) => demoHistory(userId, kind, range, day, ledgers),
    balances: (userId, kind, asOf) => demoBalance(userId, kind, asOf, ledgers),
    today,
    accounts: (userId) => ({
      checking: demoAccount(userId, "checking").accountNumber,
      creditCard: demoAccount(userId, "credit_card").accountNumber,
    }),
  };
}
