"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { formatDecimal } from "@/lib/money";
import { resetBudgetAction, setBudgetAction } from "../actions";

// Smaller than a page's buttons: the editor sits inside a budget row.
const COMPACT = "px-3 py-1.5";

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
        <label htmlFor={inputId} className="block text-xs font-medium text-fg-muted">
          Monthly budget for {name}, from {monthText}
        </label>
        <input
          ref={input}
          id={inputId}
          inputMode="decimal"
          defaultValue={amount === null ? "" : formatDecimal(amount)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className="w-32 rounded-lg border border-control bg-surface px-3 py-1.5 text-sm"
        />
        {error ? (
          <p id={`${inputId}-error`} className="text-xs text-danger">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2 pt-5">
        <Button type="submit" className={COMPACT} disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
        <Button variant="ghost" className={COMPACT} onClick={() => setEditing(false)}>
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
      <label className="inline-flex items-center gap-2 text-sm text-fg-muted">
        <input
          type="checkbox"
          className="h-4 w-4 rounded border-control"
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
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      ) : null}
    </span>
  );
}

/** Back to the recommendation from this month on (no budget, where Tally recommends none). */
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
        className={COMPACT}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await resetBudgetAction({ categoryId, month });
            setError(result.ok ? null : result.error.message);
          })
        }
      >
        {/* The name is the visible words plus whose budget (WCAG 2.5.3: a voice user says what they see). With no
            recommendation (a category of one's own, a hidden one) going back leaves no budget: say that. */}
        {recommendedText === null ? (
          <>
            {pending ? "Removing…" : "Remove budget"}
            <span className="sr-only"> for {name}</span>
          </>
        ) : (
          <>
            {pending ? "Resetting…" : "Reset to recommendation"}
            <span className="sr-only">
              {" "}
              for {name}, {recommendedText}
            </span>
          </>
        )}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-danger">
          {error}
        </span>
      ) : null}
    </>
  );
}
