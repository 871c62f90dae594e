import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import { monthLabel } from "@/lib/months";
import type { SellerSpending } from "@/server/reports/sellers";

/** Where the most money went this month, by seller, each linking to its transactions. */
export async function TopSellersCard({
  top,
  month,
  currency,
}: {
  top: Promise<SellerSpending[]>;
  month: string;
  currency: string;
}) {
  const sellers = await top;
  return (
    <Card labelledBy="top-sellers-heading">
      <h2 id="top-sellers-heading" className="mb-3 text-lg font-semibold text-fg">
        Top sellers in {monthLabel(month)}
      </h2>
      {sellers.length === 0 ? (
        <p className="text-sm text-fg-muted">No spending at any seller this month yet.</p>
      ) : (
        <ol className="divide-y divide-line">
          {sellers.map((seller) => (
            <li key={seller.sellerKey} className="flex items-center justify-between gap-4 py-2.5 text-sm">
              <Link
                href={`/transactions?month=${month}&q=${encodeURIComponent(seller.name)}`}
                className="min-w-0 truncate font-medium text-fg underline-offset-2 hover:underline"
              >
                {seller.name}
              </Link>
              <span className="shrink-0 text-right">
                <span className="tabular font-medium text-fg">{formatMoney(seller.amount, currency)}</span>
                <span className="block text-xs text-fg-muted">
                  {seller.count} transaction{seller.count === 1 ? "" : "s"}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
