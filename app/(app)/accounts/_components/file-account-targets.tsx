"use client";

import { Field, SelectField } from "@/components/ui/field";
import { accountTypeLabels, plural } from "./labels";
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
      <legend className="text-sm font-medium text-slate-700">
        This file holds {accounts.length} accounts. Choose where each one goes.
      </legend>
      <ul className="space-y-3">
        {accounts.map((account) => {
          const choice = choices[account.key] ?? defaultChoice(account, manualAccounts);
          const set = (patch: Partial<TargetChoice>) => onChange(account.key, { ...choice, ...patch });
          return (
            <li key={account.key} className="space-y-2 rounded-lg p-3 ring-1 ring-slate-200">
              <p className="text-sm font-medium text-slate-900">
                {account.label}{" "}
                <span className="font-normal text-slate-600">
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
                <div className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_minmax(0,1fr)]">
                  <Field
                    label={`Name for ${account.label}`}
                    value={choice.name}
                    maxLength={100}
                    onChange={(event) => set({ name: event.target.value })}
                  />
                  <SelectField
                    label="Type"
                    value={choice.type}
                    onChange={(event) => set({ type: event.target.value as TargetChoice["type"] })}
                    options={Object.entries(accountTypeLabels).map(([value, label]) => ({ value, label }))}
                  />
                  <Field
                    label="Currency"
                    value={choice.currency}
                    maxLength={3}
                    autoCapitalize="characters"
                    onChange={(event) => set({ currency: event.target.value.toUpperCase() })}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
