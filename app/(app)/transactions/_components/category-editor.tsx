"use client";

import Link from "next/link";
import { createContext, useContext, useEffect, useId, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { recategorizeTransactionAction, undoCategoryChangeAction } from "../actions";
import { CategoryOptions } from "./category-options";
import { ChangeStatus } from "./change-status";
import { SellerPreview } from "./seller-preview";
import {
  type CategoryOption,
  categoryChangeMessage,
  cellNote,
  sourceLabel,
  type TransactionView,
  undoneMessage,
} from "./types";

const OpenEditor = createContext<((row: TransactionView) => void) | null>(null);

type Done = { message: string; undoToken: string | null };

/**
 * One category dialog for the whole table (a native modal <dialog>: focus moves in, Escape closes, focus
 * returns to the row's button), instead of one per row. It shows what the bank sent, previews what "apply to
 * all from this seller" will change, and offers an undo afterwards.
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
  const [done, setDone] = useState<Done | null>(null);
  const [choice, setChoice] = useState("");
  const [applyToSeller, setApplyToSeller] = useState(false);
  const [pending, startTransition] = useTransition();
  const titleId = useId();

  const open = (row: TransactionView) => {
    setTarget(row);
    setChoice(row.categoryId ?? "");
    setApplyToSeller(false);
    setError(null);
  };

  // Opened once the form is rendered, so the dialog can move focus to its first field.
  useEffect(() => {
    if (target && !dialog.current?.open) dialog.current?.showModal();
  }, [target]);

  const undo = (token: string) =>
    startTransition(async () => {
      const result = await undoCategoryChangeAction({ token });
      setDone({
        message: result.ok ? undoneMessage(result.data.restored, "back as they were") : result.error.message,
        undoToken: null,
      });
    });

  return (
    <OpenEditor value={open}>
      <ChangeStatus
        className="mb-2"
        message={done?.message ?? null}
        canUndo={Boolean(done?.undoToken)}
        undoing={pending}
        onUndo={() => undo(done!.undoToken!)}
      />
      {children}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-surface p-0 text-fg shadow-xl ring-1 ring-line"
        onClose={() => setTarget(null)}
      >
        {target ? (
          <form
            key={target.id}
            className="space-y-4 p-5"
            onSubmit={(event) => {
              event.preventDefault();
              startTransition(async () => {
                const result = await recategorizeTransactionAction({
                  transactionId: target.id,
                  categoryId: choice,
                  applyToSeller,
                });
                if (!result.ok) {
                  setError(result.error.fields?.categoryId ?? result.error.message);
                  return;
                }
                const name = categories.find((category) => category.id === choice)?.name ?? "it";
                const { changed, kept, undoToken } = result.data;
                setDone({
                  message: categoryChangeMessage(target.merchant, name, { changed, kept }),
                  undoToken,
                });
                dialog.current?.close();
              });
            }}
          >
            <div>
              <h2 id={titleId} className="text-lg font-semibold">
                Category for {target.merchant}
              </h2>
              <p className="text-sm text-fg-muted">{target.dateLabel}</p>
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg bg-surface-muted p-3 text-sm ring-1 ring-line">
              <dt className="text-fg-muted">From the bank</dt>
              <dd className="min-w-0 font-mono text-xs break-words text-fg">{target.description}</dd>
              {target.memo ? (
                <>
                  <dt className="text-fg-muted">Memo</dt>
                  <dd className="min-w-0 break-words text-fg">{target.memo}</dd>
                </>
              ) : null}
              <dt className="text-fg-muted">Amount</dt>
              <dd className="tabular text-fg">{target.amountLabel}</dd>
              <dt className="text-fg-muted">Account</dt>
              <dd className="min-w-0 break-words text-fg">{target.accountName}</dd>
            </dl>
            {error ? <Alert>{error}</Alert> : null}
            <div className="space-y-1">
              <label htmlFor={`${titleId}-category`} className="block text-sm font-medium text-fg">
                Category
              </label>
              <select
                id={`${titleId}-category`}
                name="category_id"
                value={choice}
                onChange={(event) => setChoice(event.target.value)}
                required
                className="block w-full rounded-lg border border-control bg-surface px-3 py-2 text-sm text-fg shadow-sm"
              >
                <CategoryOptions categories={categories} />
              </select>
              <p className="text-xs text-fg-muted">
                Now: {sourceLabel(target.source, target.categoryName, target.reason)}
              </p>
            </div>
            {target.hasSeller ? (
              <div className="space-y-1">
                <label className="flex items-start gap-2 text-sm text-fg">
                  <input
                    type="checkbox"
                    name="apply_to_seller"
                    checked={applyToSeller}
                    onChange={(event) => setApplyToSeller(event.target.checked)}
                    className="mt-0.5 h-4 w-4 rounded border-control accent-primary"
                  />
                  <span>Apply to all from {target.merchant}: past transactions and future ones.</span>
                </label>
                {applyToSeller && choice ? (
                  <SellerPreview
                    transactionId={target.id}
                    categoryId={choice}
                    categoryName={categories.find((category) => category.id === choice)?.name ?? ""}
                  />
                ) : null}
              </div>
            ) : null}
            <div className="flex flex-wrap justify-end gap-2">
              <button
                type="button"
                className={buttonClasses("secondary")}
                onClick={() => dialog.current?.close()}
              >
                Cancel
              </button>
              <Button type="submit" disabled={pending || !choice}>
                {pending ? "Saving…" : "Save category"}
              </Button>
            </div>
          </form>
        ) : null}
      </dialog>
    </OpenEditor>
  );
}

/** The category (linking to its page), why it was chosen, and a button to change it. */
export function CategoryCell({ row, uncategorizedId }: { row: TransactionView; uncategorizedId: string }) {
  const open = useContext(OpenEditor);
  // Both targets are at least 24 px tall (WCAG 2.2 target size) and side by side.
  return (
    <div className="min-w-0">
      <div className="flex min-w-0 items-center gap-2">
        <Link
          href={`/categories/${row.categoryId ?? uncategorizedId}`}
          className="inline-flex min-h-6 min-w-0 items-center text-sm text-fg underline-offset-2 hover:underline"
        >
          <span className="truncate">{row.categoryName ?? "Uncategorized"}</span>
        </Link>
        {open ? (
          <button
            type="button"
            className="inline-flex min-h-6 shrink-0 items-center rounded px-2 text-xs font-medium text-accent ring-1 ring-line hover:bg-surface-strong"
            aria-haspopup="dialog"
            aria-label={`Change category for ${row.merchant}, ${row.dateLabel}`}
            onClick={() => open(row)}
          >
            Change
          </button>
        ) : null}
      </div>
      {row.categoryName || row.reason ? (
        <p className="truncate text-xs text-fg-muted" title={cellNote(row)}>
          {cellNote(row)}
        </p>
      ) : null}
    </div>
  );
}
