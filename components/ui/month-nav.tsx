import { clsx } from "clsx";
import Link from "next/link";
import { monthLabel, shiftMonth, shortMonthLabel } from "@/lib/months";

/** A month kept within the months that have data: from the first month with a transaction to this month. */
export function clampMonth(month: string | undefined, bounds: { first: string; last: string }): string {
  if (!month || month > bounds.last) return bounds.last;
  return month < bounds.first ? bounds.first : month;
}

const linkClasses = "rounded-md px-2 py-1 font-medium text-accent hover:bg-surface-strong";

/**
 * Previous and next month, each with its year ("← Dec 2025" from January), a jump back to this month, and no
 * links past the months that have data or into the future.
 */
export function MonthNav({
  month,
  bounds,
  href,
  className,
}: {
  month: string;
  bounds: { first: string; last: string };
  href: (month: string) => string;
  className?: string;
}) {
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  return (
    <nav aria-label="Month" className={clsx("flex flex-wrap items-center gap-1 text-sm", className)}>
      {previous >= bounds.first ? (
        <Link href={href(previous)} className={linkClasses}>
          <span aria-hidden="true">← </span>
          <span className="sr-only">Previous month, </span>
          {shortMonthLabel(previous)}
        </Link>
      ) : (
        <span className="px-2 py-1 text-fg-muted" aria-disabled="true">
          No earlier months
        </span>
      )}
      <span className="px-2 py-1 font-semibold text-fg" aria-current="date">
        {monthLabel(month)}
      </span>
      {next <= bounds.last ? (
        <Link href={href(next)} className={linkClasses}>
          <span className="sr-only">Next month, </span>
          {shortMonthLabel(next)}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
      {month !== bounds.last ? (
        <Link href={href(bounds.last)} className={clsx(linkClasses, "ml-1 ring-1 ring-line")}>
          This month
        </Link>
      ) : null}
    </nav>
  );
}
