import { clsx } from "clsx";
import { formatMoney } from "@/lib/money";
import type { BudgetStatus } from "@/server/budgets/status";

// A budget's status in words and an icon, never in colour alone; the bar's colour repeats it for sighted users.

const tones: Record<BudgetStatus, { bar: string; text: string }> = {
  ok: { bar: "bg-brand-600", text: "text-accent" },
  approaching: { bar: "bg-amber-500", text: "text-warning" },
  projected_to_exceed: { bar: "bg-orange-500", text: "text-warning" },
  exceeded: { bar: "bg-red-600", text: "text-danger" },
};

export function statusText(status: BudgetStatus, remaining: number, currency: string): string {
  switch (status) {
    case "ok":
      return "On track";
    case "approaching":
      return "Close to the limit";
    case "projected_to_exceed":
      return "On pace to go over";
    case "exceeded":
      return remaining === 0 ? "Used up" : `Over by ${formatMoney(-remaining, currency)}`;
  }
}

function StatusIcon({ status }: { status: BudgetStatus }) {
  const paths: Record<BudgetStatus, string> = {
    ok: "M5 10.5l3 3 7-7",
    approaching: "M10 5v6M10 14.5v.5",
    projected_to_exceed: "M5 14l5-5 3 3 3-5M12 7h4v4",
    exceeded: "M6 6l8 8M14 6l-8 8",
  };
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 20 20"
      className="h-4 w-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[status]} />
    </svg>
  );
}

export function StatusLabel({
  status,
  remaining,
  currency,
}: {
  status: BudgetStatus;
  remaining: number;
  currency: string;
}) {
  return (
    <span
      className={clsx(
        "inline-flex items-center gap-1 text-xs font-semibold whitespace-nowrap",
        tones[status].text,
      )}
    >
      <StatusIcon status={status} />
      {statusText(status, remaining, currency)}
    </span>
  );
}

/** How much of the budget is spent. Decorative: the amounts beside it say the same in words. */
export function BudgetBar({
  spent,
  available,
  status,
}: {
  spent: number;
  available: number;
  status: BudgetStatus;
}) {
  const share = available > 0 ? Math.min(1, spent / available) : spent > 0 || available < 0 ? 1 : 0;
  return (
    <div aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full bg-skeleton">
      <div
        className={clsx("h-full rounded-full", tones[status].bar)}
        style={{ width: `${(share * 100).toFixed(1)}%` }}
      />
    </div>
  );
}
