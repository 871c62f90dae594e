"use client";

import { clsx } from "clsx";
import { useId, useState } from "react";
import { BankLinkForm } from "./bank-link-form";
import { StatementImportForm } from "./statement-import-form";
import type { ManualAccountOption } from "./types";

export type LinkChoice = "demo" | "ofx" | "file";

const choices: { value: LinkChoice; title: string; description: string }[] = [
  { value: "demo", title: "Demo Bank", description: "Six months of realistic sample data." },
  { value: "ofx", title: "Other bank (OFX)", description: "Direct Connect with your bank login." },
  {
    value: "file",
    title: "Import a statement file",
    description: "OFX, QFX, QIF, CSV, CAMT or MT940 download.",
  },
];

/** The three ways in, as radio cards: native radios, so arrow keys move between them. */
export function LinkPanel({
  initialChoice,
  demoBank,
  initialAccountId,
  manualAccounts,
  dateFormats,
}: {
  initialChoice: LinkChoice;
  /** Whether this server offers the Demo Bank (off in production unless DEMO_BANK=on). */
  demoBank: boolean;
  initialAccountId: string | null;
  manualAccounts: ManualAccountOption[];
  dateFormats: readonly string[];
}) {
  const [choice, setChoice] = useState<LinkChoice>(initialChoice);
  const id = useId();
  return (
    <div className="space-y-5">
      <fieldset>
        <legend className="sr-only">How do you want to add an account?</legend>
        <div className={clsx("grid gap-2", demoBank ? "sm:grid-cols-3" : "sm:grid-cols-2")}>
          {choices
            .filter((option) => demoBank || option.value !== "demo")
            .map((option) => (
              <label
                key={option.value}
                className={clsx(
                  "flex cursor-pointer flex-col rounded-lg p-3 ring-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-focus",
                  choice === option.value
                    ? "bg-accent-soft ring-2 ring-primary"
                    : "bg-surface ring-control hover:bg-surface-muted",
                )}
              >
                <span className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="link_choice"
                    value={option.value}
                    checked={choice === option.value}
                    onChange={() => setChoice(option.value)}
                    aria-labelledby={`${id}-${option.value}-title`}
                    aria-describedby={`${id}-${option.value}-description`}
                    className="h-4 w-4 accent-primary focus-visible:outline-none"
                  />
                  <span id={`${id}-${option.value}-title`} className="text-sm font-semibold text-fg">
                    {option.title}
                  </span>
                </span>
                <span id={`${id}-${option.value}-description`} className="mt-1 pl-6 text-xs text-fg-muted">
                  {option.description}
                </span>
              </label>
            ))}
        </div>
      </fieldset>
      {choice === "demo" && demoBank ? <BankLinkForm key="demo" kind="demo" /> : null}
      {choice === "ofx" ? <BankLinkForm key="ofx" kind="ofx" /> : null}
      {choice === "file" ? (
        <StatementImportForm
          manualAccounts={manualAccounts}
          initialAccountId={initialAccountId}
          dateFormats={dateFormats}
        />
      ) : null}
    </div>
  );
}
