"use client";

import { createContext, useContext, useEffect, useId, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { recategorizeTransactionAction } from "../actions";
import { type CategoryOption, sourceLabel, type TransactionView } from "./types";

const OpenEditor = createContext<((row: TransactionView) => void) | null>(null);

/**
 * One category dialog for the whole table (a native modal <dialog>: focus moves in, Escape closes, focus
 * returns to the row's button), instead of one per row.
 */
export function CategoryEditorProvider({
  categories,
  children,
}: {
  categories: CategoryOption[];
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<TransactionView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState("");
  const [pending, startTransition] = useTransition();
  const titleId = useId();
  const groups = new Map<string, CategoryOption[]>();
  for (const category of categories) {
    groups.set(category.group, [...(groups.get(category.group) ?? []), category]);
  }

  const open = (row: TransactionView) => {
    setTarget(row);
    setError(null);
  };

  // Opened once the form is rendered, so the dialog can move focus to its first field.
  useEffect(() => {
    if (target && !dialog.current?.open) dialog.current?.showModal();
  }, [target]);

  return (
    <OpenEditor value={open}>
      <p role="status" aria-live="polite" className="mb-2 text-sm text-brand-700">
        {saved}
      </p>
      {children}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
        onClose={() => setTarget(null)}
      >
        {target ? (
          <form
            key={target.id}
            className="space-y-4 p-5"
            onSubmit={(event) => {
              event.preventDefault();
              const data = new FormData(event.currentTarget);
              const categoryId = String(data.get("category_id") ?? "");
              const applyToSeller = data.get("apply_to_seller") === "on";
              startTransition(async () => {
                const result = await recategorizeTransactionAction({
                  transactionId: target.id,
                  categoryId,
                  applyToSeller,
                });
                if (!result.ok) {
                  setError(result.error.fields?.categoryId ?? result.error.message);
                  return;
                }
                const name = categories.find((category) => category.id === categoryId)?.name ?? "it";
                const { changed, kept } = result.data;
                setSaved(
                  (changed === 1
                    ? `${target.merchant} is now in ${name}.`
                    : `${changed} transactions from ${target.merchant} are now in ${name}.`) +
                    (kept > 0
                      ? ` ${kept === 1 ? "One you had set yourself keeps" : `${kept} you had set yourself keep`} its category.`
                      : ""),
                );
                dialog.current?.close();
              });
            }}
          >
            <div>
              <h2 id={titleId} className="text-lg font-semibold">
                Category for {target.merchant}
              </h2>
              <p className="text-sm text-slate-600">{target.dateLabel}</p>
            </div>
            {error ? <Alert>{error}</Alert> : null}
            <div className="space-y-1">
              <label htmlFor={`${titleId}-category`} className="block text-sm font-medium text-slate-700">
                Category
              </label>
              <select
                id={`${titleId}-category`}
                name="category_id"
                defaultValue={target.categoryId ?? ""}
                required
                className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
              >
                <option value="" disabled>
                  Choose a category
                </option>
                {[...groups].map(([group, options]) => (
                  <optgroup key={group} label={group}>
                    {options.map((category) => (
                      <option key={category.id} value={category.id}>
                        {category.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </div>
            {target.hasSeller ? (
              <label className="flex items-start gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  name="apply_to_seller"
                  className="mt-0.5 h-4 w-4 rounded border-slate-300"
                />
                <span>Apply to all from {target.merchant}: past transactions and future ones.</span>
              </label>
            ) : null}
            <div className="flex flex-wrap justify-end gap-2">
              <button
                type="button"
                className={buttonClasses("secondary")}
                onClick={() => dialog.current?.close()}
              >
                Cancel
              </button>
              <Button type="submit" disabled={pending}>
                {pending ? "Saving…" : "Save category"}
              </Button>
            </div>
          </form>
        ) : null}
      </dialog>
    </OpenEditor>
  );
}

/** The category, why it was chosen, and a button to change it. */
export function CategoryCell({ row }: { row: TransactionView }) {
  const open = useContext(OpenEditor);
  return (
    <div className="min-w-0">
      <p className="truncate text-sm text-slate-900">{row.categoryName ?? "Uncategorized"}</p>
      <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-500">
        {row.categoryName ? <span>{sourceLabel(row.source, row.categoryName, row.reason)}</span> : null}
        {open ? (
          <button
            type="button"
            className="rounded font-medium text-brand-700 underline-offset-2 hover:underline"
            aria-haspopup="dialog"
            aria-label={`Change category for ${row.merchant}, ${row.dateLabel}`}
            onClick={() => open(row)}
          >
            Change
          </button>
        ) : null}
      </p>
    </div>
  );
}
