"use client";

import { SelectField } from "@/components/ui/field";
import { plural } from "./labels";
import { NewAccountFields } from "./new-account-fields";
import type { ManualAccountOption, StatementPreviewData } from "./types";

type FileAccount = StatementPreviewData["accounts"][number];

/** Where one account of the file goes: an existing account, a new one (with its details), or nowhere. */
export type TargetChoice = {
  choice: "skip" | "new" | string;
  name: string;
  type: ManualAccountOption["type"];
  currency: string;
};

export function defaultChoice(account: FileAccount, manualAccounts: ManualAccountOption[]): TargetChoice {
  const named = account.name ?? account.label.replace(/ in [A-Z]{3}$/, "");
  return {
    choice: account.transactions === 0 ? "skip" : "new",
    name: named.slice(0, 100),
    type: account.type,
    currency: account.currency ?? manualAccounts[0]?.currency ?? "USD",
  };
}

/** A file with several accounts: each gets a row to say where it goes. */
export function FileAccountTargets({
  accounts,
  manualAccounts,
  choices,
  onChange,
}: {
  accounts: FileAccount[];
  manualAccounts: ManualAccountOption[];
  choices: Record<string, TargetChoice>;
  onChange: (key: string, choice: TargetChoice) => void;
}) {
  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="text-sm font-medium text-fg-muted">
        This file holds {accounts.length} accounts. Choose where each one goes.
      </legend>
      <ul className="space-y-3">
        {accounts.map((account) => {
          const choice = choices[account.key] ?? defaultChoice(account, manualAccounts);
          const set = (patch: Partial<TargetChoice>) => onChange(account.key, { ...choice, ...patch });
          return (
            <li key={account.key} className="space-y-2 rounded-lg p-3 ring-1 ring-line">
              <p className="text-sm font-medium text-fg">
                {account.label}{" "}
                <span className="font-normal text-fg-muted">
                  ({plural(account.transactions, "transaction")}
                  {account.pending > 0 ? `, ${account.pending} pending` : ""})
                </span>
              </p>
              <SelectField
                label={`Import ${account.label} into`}
                value={choice.choice}
                onChange={(event) => set({ choice: event.target.value })}
                options={[
                  { value: "new", label: "A new account" },
                  ...manualAccounts.map((m) => ({ value: m.id, label: m.name })),
                  { value: "skip", label: "Do not import" },
                ]}
              />
              {choice.choice === "new" ? (
                <NewAccountFields
                  nameLabel={`Name for ${account.label}`}
                  value={choice}
                  onChange={(next) => set(next)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
