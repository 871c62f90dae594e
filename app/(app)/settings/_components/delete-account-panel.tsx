"use client";

import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { deleteAccountAction } from "../actions";

/** Deleting the account, asked twice: the dialog, then the password (or the e-mail address without one). */
export function DeleteAccountPanel({ hasPassword, email }: { hasPassword: boolean; email: string }) {
  const [confirmation, setConfirmation] = useState("");
  return (
    <div className="space-y-3">
      <p className="text-sm text-fg-muted">
        Removes your account and everything Tally keeps of it: bank logins and their passwords, accounts,
        transactions, statement files, budgets, categories and notices. This cannot be undone.
      </p>
      <ConfirmButton
        label="Delete account"
        title="Delete your account?"
        confirmLabel="Delete everything"
        pendingLabel="Deleting…"
        onConfirm={async () => {
          const result = await deleteAccountAction(
            hasPassword ? { password: confirmation } : { confirm_email: confirmation },
          );
          // On success the action signs out and the browser goes to the sign-in page.
          return result.ok ? null : result.error.message;
        }}
      >
        <p>
          Everything of yours is deleted at once, and nothing can bring it back. Download what you want to
          keep first (Transactions → Download as CSV).
        </p>
        <Field
          className="pt-1"
          label={hasPassword ? "Your password" : `Type your e-mail address (${email})`}
          type={hasPassword ? "password" : "email"}
          autoComplete={hasPassword ? "current-password" : "off"}
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
        />
      </ConfirmButton>
    </div>
  );
}
