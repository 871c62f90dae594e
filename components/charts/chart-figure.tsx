"use client";

import { clsx } from "clsx";
import { useMounted } from "./use-mounted";

/**
 * A chart with its figures beside it: the drawing is hidden from assistive technology (it carries nothing the
 * table does not), and the table sits in a disclosure anyone can open — by keyboard or screen reader — to read
 * the exact numbers.
 */
export function ChartFigure({
  label,
  height = "h-56",
  chart,
  table,
  className,
}: {
  /** What the chart shows, for the figure's name and the disclosure's label. */
  label: string;
  height?: string;
  chart: React.ReactNode;
  table: React.ReactNode;
  className?: string;
}) {
  const mounted = useMounted();
  return (
    <figure className={clsx("min-w-0", className)} aria-label={label}>
      <div className={clsx("w-full", height)} aria-hidden="true">
        {mounted ? chart : null}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer rounded font-medium text-accent">
          Show the figures as a table
        </summary>
        {/* Focusable, so a keyboard can scroll a table wider than a phone. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1) */}
        <section className="mt-2 overflow-x-auto" tabIndex={0} aria-label={`${label}: figures`}>
          {table}
        </section>
      </details>
    </figure>
  );
}

/** A plain, readable table for a chart's figures. The first column names the rows. */
export function FiguresTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: React.ReactNode[] }[];
}) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-fg-muted">
        <tr>
          {columns.map((column, index) => (
            <th key={column} scope="col" className={clsx("py-1 pr-3 font-medium", index > 0 && "text-right")}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-line">
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) =>
              index === 0 ? (
                <th key={`${row.key}-0`} scope="row" className="py-1 pr-3 font-normal text-fg">
                  {cell}
                </th>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional columns
                <td key={index} className="tabular py-1 pr-3 text-right text-fg">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
