import { formatMoney } from "@/lib/money";

export type ReadoutEntry = { key: string; name: string; color: string; amount: number | null };

/**
 * The figures for the point under the pointer (or the latest one), written in a line above the chart instead of
 * a floating tooltip, so nothing ever covers the bars or numbers it describes. Hidden from screen readers,
 * which get the same figures from the chart's table.
 */
export function ChartReadout({
  title,
  entries,
  currency,
}: {
  title: string;
  entries: ReadoutEntry[];
  currency: string;
}) {
  return (
    <p
      className="mb-2 flex min-h-10 flex-wrap items-baseline gap-x-4 gap-y-1 text-xs text-fg-muted"
      aria-hidden="true"
    >
      <span className="font-semibold text-fg">{title}</span>
      {entries.map((entry) => (
        <span key={entry.key} className="inline-flex items-center gap-1.5">
          <span className="h-2.5 w-2.5 rounded-sm" style={{ background: entry.color }} />
          {entry.name}
          <span className="tabular font-medium text-fg">
            {entry.amount === null ? "—" : formatMoney(entry.amount, currency)}
          </span>
        </span>
      ))}
    </p>
  );
}
