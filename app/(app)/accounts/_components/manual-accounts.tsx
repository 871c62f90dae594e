"use client";

import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { deleteManualAccountAction } from "../actions";
import { AccountRow } from "./account-row";
import type { AccountView } from "./types";

/** Accounts without a bank connection: they are kept up to date with statement files. */
export function ManualAccounts({ accounts }: { accounts: AccountView[] }) {
  return (
    <section
      aria-labelledby="manual-accounts"
      className="rounded-xl bg-surface p-5 shadow-sm ring-1 ring-line"
    >
      <h3 id="manual-accounts" className="text-base font-semibold text-fg">
        Statement accounts
      </h3>
      <p className="text-xs text-fg-muted">Kept up to date with the statement files you upload.</p>
      <ul className="mt-2 divide-y divide-line">
        {accounts.map((account) => (
          <AccountRow key={account.id} account={account}>
            <Link
              href={`/accounts?import=${account.id}#add-account`}
              className={buttonClasses("secondary")}
              aria-label={`Upload a statement to ${account.name}`}
            >
              Upload statement
            </Link>
            <ConfirmButton
              label="Remove"
              accessibleLabel={`Remove ${account.name}`}
              title={`Remove ${account.name}?`}
              confirmLabel="Remove account"
              pendingLabel="Removing…"
              onConfirm={async () => {
                const result = await deleteManualAccountAction(account.id);
                return result.ok ? null : result.error.message;
              }}
            >
              <p>
                This deletes the account and all of its transactions from Tally, along with the statement
                files uploaded to it.
              </p>
            </ConfirmButton>
          </AccountRow>
        ))}
      </ul>
    </section>
  );
}
