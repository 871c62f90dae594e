"use client";

import Link from "next/link";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { CategoryOptions } from "../../_components/category-options";
import { ChangeStatus } from "../../_components/change-status";
import { type CategoryOption, categoryChangeMessage, undoneMessage } from "../../_components/types";
import { recategorizeTransactionAction, undoCategoryChangeAction } from "../../actions";

/** A seller waiting for a category, as the page passes it: labels already formatted on the server. */
export type WaitingSeller = {
  sellerKey: string;
  merchant: string;
  sampleDescription: string;
  transactionId: string;
  count: number;
  lastPostedLabel: string;
  /** One label per currency ("-$45.12", "-€8.00"): amounts in different currencies are never added. */
  totalLabels: string[];
};

type Filed = { message: string; undoToken: string | null; sellerKey: string };

/**
 * The sellers Tally left uncategorized, each with a category picker that files every transaction from the seller
 * (and the later ones: it is "apply to all from this seller", with its rule). A filed seller leaves the list at
 * once; the last change can be undone, which brings it back.
 */
export function SellerQueue({
  sellers,
  sellerCount,
  transactionCount,
  categories,
  uncategorizedHref,
}: {
  sellers: WaitingSeller[];
  sellerCount: number;
  transactionCount: number;
  categories: CategoryOption[];
  uncategorizedHref: string;
}) {
  // Sellers filed here: hidden at once, before the page's data comes back without them.
  const [filed, setFiled] = useState<ReadonlySet<string>>(new Set());
  const [last, setLast] = useState<Filed | null>(null);
  const [undoing, startUndo] = useTransition();
  const status = useRef<HTMLDivElement>(null);
  // Filing a seller under Uncategorized would leave it where it is.
  const choosable = categories.filter((category) => category.group !== "Uncategorized");
  const shown = sellers.filter((seller) => !filed.has(seller.sellerKey));
  const filedShown = sellers.length - shown.length;
  const remainingSellers = sellerCount - filedShown;
  const remainingTransactions =
    transactionCount -
    sellers.filter((seller) => filed.has(seller.sellerKey)).reduce((sum, seller) => sum + seller.count, 0);

  const onFiled = (seller: WaitingSeller, result: Filed, index: number) => {
    setFiled((previous) => new Set(previous).add(seller.sellerKey));
    setLast(result);
    // Focus would fall to the page's start with the row gone: the next seller's picker takes it, or the status.
    const next = shown[index + 1] ?? shown[index - 1];
    requestAnimationFrame(() => {
      const target = next ? document.getElementById(pickerId(next.sellerKey)) : status.current;
      target?.focus();
    });
  };

  const undo = (done: Filed) =>
    startUndo(async () => {
      const result = await undoCategoryChangeAction({ token: done.undoToken ?? "" });
      if (!result.ok) {
        setLast({ ...done, message: result.error.message, undoToken: null });
        return;
      }
      setFiled((previous) => {
        const next = new Set(previous);
        next.delete(done.sellerKey);
        return next;
      });
      setLast({
        message: undoneMessage(result.data.restored, "uncategorized again"),
        undoToken: null,
        sellerKey: done.sellerKey,
      });
    });

  return (
    <div className="space-y-4">
      <ChangeStatus
        ref={status}
        message={last?.message ?? null}
        canUndo={Boolean(last?.undoToken)}
        undoing={undoing}
        onUndo={() => undo(last!)}
      />
      {shown.length === 0 ? (
        <EmptyState
          title={remainingSellers > 0 ? "More sellers are waiting" : "Every seller has a category"}
          action={
            remainingSellers > 0 ? (
              <Link href="/transactions/review" className={buttonClasses("primary")}>
                Show the next sellers
              </Link>
            ) : (
              <Link href="/transactions" className={buttonClasses("secondary")}>
                Back to transactions
              </Link>
            )
          }
        >
          {remainingSellers > 0
            ? "You have filed every seller on this page."
            : "Transactions from sellers Tally cannot place wait here, until you choose their category."}
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-fg-muted" data-testid="waiting-summary">
            {remainingSellers === 1 ? "1 seller" : `${remainingSellers} sellers`} with{" "}
            {remainingTransactions === 1 ? "1 transaction" : `${remainingTransactions} transactions`} between
            them.
            {remainingSellers > shown.length
              ? ` These ${shown.length} have the most; the rest follow once they are filed.`
              : ""}{" "}
            <Link href={uncategorizedHref} className="font-medium text-accent underline">
              See them as transactions
            </Link>
          </p>
          <ul className="divide-y divide-line overflow-hidden rounded-xl bg-surface shadow-sm ring-1 ring-line">
            {shown.map((seller, index) => (
              <SellerRow
                key={seller.sellerKey}
                seller={seller}
                categories={choosable}
                onFiled={(result) => onFiled(seller, result, index)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

const pickerId = (sellerKey: string) =>
  `seller-category-${encodeURIComponent(sellerKey).replaceAll("%", "_")}`;

function SellerRow({
  seller,
  categories,
  onFiled,
}: {
  seller: WaitingSeller;
  categories: CategoryOption[];
  onFiled: (result: Filed) => void;
}) {
  const [choice, setChoice] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <li className="grid gap-3 p-4 md:grid-cols-[1fr_auto] md:items-center">
      <div className="min-w-0 space-y-1">
        <h2 className="truncate text-base font-medium text-fg">{seller.merchant}</h2>
        <p className="truncate font-mono text-xs text-fg-muted" title={seller.sampleDescription}>
          {seller.sampleDescription}
        </p>
        <p className="text-sm text-fg-muted">
          {seller.count === 1 ? "1 transaction" : `${seller.count} transactions`}, the latest on{" "}
          {seller.lastPostedLabel} ·{" "}
          <span className="tabular text-fg">{seller.totalLabels.join(" and ")}</span>
        </p>
        {error ? <Alert>{error}</Alert> : null}
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          startTransition(async () => {
            const result = await recategorizeTransactionAction({
              transactionId: seller.transactionId,
              categoryId: choice,
              applyToSeller: true,
            });
            if (!result.ok) {
              setError(result.error.fields?.categoryId ?? result.error.message);
              return;
            }
            const name = categories.find((category) => category.id === choice)?.name ?? "the category";
            const { changed, kept, undoToken } = result.data;
            onFiled({
              message: `${categoryChangeMessage(seller.merchant, name, { changed, kept })} Later ones will follow.`,
              undoToken,
              sellerKey: seller.sellerKey,
            });
          });
        }}
      >
        <div className="space-y-1">
          <label htmlFor={pickerId(seller.sellerKey)} className="block text-xs font-medium text-fg-muted">
            Category for {seller.merchant}
          </label>
          <select
            id={pickerId(seller.sellerKey)}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            required
            className="block w-64 max-w-full rounded-lg border border-control bg-surface px-3 py-2 text-sm text-fg shadow-sm"
          >
            <CategoryOptions categories={categories} />
          </select>
        </div>
        <Button type="submit" disabled={pending || !choice}>
          {pending ? "Filing…" : "File all"}
        </Button>
      </form>
    </li>
  );
}
