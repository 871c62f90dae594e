"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { formatDecimal } from "@/lib/money";
import { resetBudgetAction, setBudgetAction } from "../actions";

const GHOST = "px-3 py-1.5 dark:text-slate-200 dark:hover:bg-slate-800";
// brand-700, not the primary button's brand-600: white text on brand-600 is under 4.5:1.
const SAVE =
  "inline-flex items-center rounded-lg bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:opacity-70";

/**
 * Inline editing of one budget, by keyboard: the button opens a field that takes focus; Enter saves, Escape
 * cancels, and focus returns to the button. Errors are tied to the field; the outcome is announced.
 */
export function BudgetEditor({
  categoryId,
  name,
  month,
  monthText,
  amount,
  label = "Edit budget",
}: {
  categoryId: string;
  name: string;
  month: string;
  monthText: string;
  /** The budget now, in cents, or null without one. */
  amount: number | null;
  label?: string;
}) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const inputId = useId();

  useEffect(() => {
    if (editing) input.current?.focus();
    else if (wasEditing.current) opener.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (!editing) {
    return (
      <button
        ref={opener}
        type="button"
        className={buttonClasses("secondary", "px-3 py-1.5")}
        aria-label={`${label} for ${name}`}
        onClick={() => {
          setError(null);
          setEditing(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <form
      className="flex flex-wrap items-start gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const value = input.current?.value ?? "";
        startTransition(async () => {
          const result = await setBudgetAction({ categoryId, month, amount: value.replace(/[$,\s]/g, "") });
          if (result.ok) setEditing(false);
          else
            setError(
              result.error.fields?.amount
                ? `The amount ${result.error.fields.amount}.`
                : result.error.message,
            );
        });
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          setEditing(false);
        }
      }}
    >
      <div className="space-y-1">
        <label htmlFor={inputId} className="block text-xs font-medium text-slate-700 dark:text-slate-300">
          Monthly budget for {name}, from {monthText}
        </label>
        <input
          ref={input}
          id={inputId}
          inputMode="decimal"
          defaultValue={amount === null ? "" : formatDecimal(amount)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className="w-32 rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        />
        {error ? (
          <p id={`${inputId}-error`} className="text-xs text-red-700 dark:text-red-300">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2 pt-5">
        <button type="submit" className={SAVE} disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
        <Button variant="ghost" className={GHOST} onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** The rollover switch: a checkbox, saved as soon as it changes. */
export function RolloverToggle({
  categoryId,
  name,
  month,
  enabled,
}: {
  categoryId: string;
  name: string;
  month: string;
  enabled: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col">
      <label className="inline-flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <input
          type="checkbox"
          className="h-4 w-4 rounded border-slate-300"
          checked={enabled}
          disabled={pending}
          aria-label={`Roll over what is left of ${name} into the next month`}
          onChange={(event) => {
            const rollover = event.target.checked;
            startTransition(async () => {
              const result = await setBudgetAction({ categoryId, month, rollover });
              setError(result.ok ? null : result.error.message);
            });
          }}
        />
        Roll over
      </label>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** Back to the recommendation from this month on. */
export function ResetButton({
  categoryId,
  name,
  month,
  recommendedText,
}: {
  categoryId: string;
  name: string;
  month: string;
  recommendedText: string | null;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="ghost"
        className={GHOST}
        disabled={pending}
        aria-label={`Reset ${name} to the recommendation${recommendedText ? ` of ${recommendedText}` : ""}`}
        onClick={() =>
          startTransition(async () => {
            const result = await resetBudgetAction({ categoryId, month });
            setError(result.ok ? null : result.error.message);
          })
        }
      >
        {pending ? "Resetting…" : "Reset to recommendation"}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </>
  );
}
