import { format, parseISO } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { getDb } from "@/db";
import { UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { formatMoney } from "@/lib/money";
import { requireUser } from "@/server/auth";
import { categoryDirectory } from "@/server/reports/categories";
import { listUncategorizedSellers } from "@/server/transactions/uncategorized-sellers";
import { categoryOptions } from "../_components/types";
import { SellerQueue } from "./_components/seller-queue";

export const metadata: Metadata = { title: "Needs a category" };

/** Sellers shown at once: the ones with the most transactions; filing them brings the next. */
const SELLERS_SHOWN = 50;

export default async function ReviewPage() {
  return (
    <>
      <PageHeader
        title="Needs a category"
        description="Sellers Tally could not place. Choose a category once: every transaction from the seller moves there, and later ones follow."
        actions={
          <Link href="/transactions" className={buttonClasses("secondary")}>
            All transactions
          </Link>
        }
      />
      <Suspense fallback={<QueueSkeleton />}>
        <Queue />
      </Suspense>
    </>
  );
}

async function Queue() {
  const user = await requireUser();
  const db = await getDb();
  const [waiting, directory] = await Promise.all([
    listUncategorizedSellers(db, user.id, { limit: SELLERS_SHOWN }),
    categoryDirectory(db, user.id),
  ]);
  const uncategorizedHref = `/transactions?category=${UNCATEGORIZED_CATEGORY_ID}`;
  return (
    <>
      <SellerQueue
        sellers={waiting.sellers.map((seller) => ({
          sellerKey: seller.sellerKey,
          merchant: seller.merchant,
          sampleDescription: seller.sampleDescription,
          transactionId: seller.transactionId,
          count: seller.count,
          lastPostedLabel: format(parseISO(seller.lastPostedOn), "MMMM d, yyyy"),
          totalLabels: seller.totals.map((total) => formatMoney(total.amount, total.currency)),
        }))}
        sellerCount={waiting.sellerCount}
        transactionCount={waiting.transactionCount}
        categories={categoryOptions(directory)}
        uncategorizedHref={uncategorizedHref}
      />
      {waiting.withoutSellerCount > 0 ? (
        <p className="mt-4 text-sm text-fg-muted" data-testid="without-seller">
          {waiting.withoutSellerCount === 1
            ? "1 uncategorized transaction names no seller"
            : `${waiting.withoutSellerCount} uncategorized transactions name no seller`}{" "}
          (a check, a payment to a person, a transfer Tally could not place): only you know what{" "}
          {waiting.withoutSellerCount === 1 ? "it was" : "they were"} for.{" "}
          <Link href={uncategorizedHref} className="font-medium text-accent underline">
            File them one by one in Transactions
          </Link>
        </p>
      ) : null}
    </>
  );
}

function QueueSkeleton() {
  return (
    <LoadingRegion label="Loading the sellers that need a category…">
      <div className="space-y-px overflow-hidden rounded-xl bg-surface p-4 shadow-sm ring-1 ring-line">
        {Array.from({ length: 6 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows
          <div key={i} className="flex items-center gap-4 py-3">
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-48" />
              <Skeleton className="h-3 w-72" />
            </div>
            <Skeleton className="h-9 w-64" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
