import "server-only";

import type { ColumnProfile } from "@/server/statements/csv-profile";
import type { SignQuestion } from "@/server/statements/csv-sign";
import type { CsvRow } from "@/server/statements/csv-tokenize";

// Amounts written as cents without a decimal point: when the file shows it, and the question it asks.

/**
 * Amounts padded with zeros to one width and written without a decimal point ("000000004560"), as systems
 * with fixed-width fields write them (Maybank's pipe-separated export): usually cents, but the file does not
 * say. One such cell is returned as the example to ask about; null when the amounts are written otherwise.
 */
export function writesPaddedWholeNumbers(
  rows: CsvRow[],
  bodyRows: number[],
  columns: (ColumnProfile | undefined)[],
): string | null {
  const cells = columns
    .filter((p): p is ColumnProfile => p !== undefined)
    .flatMap((p) => bodyRows.map((i) => (rows[i]?.cells[p.index] ?? "").trim()))
    .filter((cell) => cell !== "");
  if (cells.length === 0 || !cells.every((cell) => /^[+-]?\d+[+-]?$/.test(cell))) return null;
  const digits = cells.map((cell) => cell.replace(/[+-]/g, ""));
  const padded = digits.filter((d) => d.length >= 6 && d.startsWith("0") && d.length === digits[0]?.length);
  return padded.length === digits.length ? (cells.find((cell) => /[1-9]/.test(cell)) ?? null) : null;
}

export function minorUnitsQuestion(example: string): SignQuestion {
  const whole = Number(example.replace(/[+-]/g, ""));
  const format = (cents: number) =>
    (cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    prompt: `Is “${example}” ${format(whole)} or ${format(whole * 100)}?`,
    reason:
      "The amounts are written as whole numbers padded with zeros, with no decimal point, so the file does not say where the cents begin.",
    options: [
      {
        label: `${format(whole)}: the last two digits are cents`,
        patch: { amountsInMinorUnits: true },
      },
      { label: `${format(whole * 100)}: the amounts are whole units`, patch: { amountsInMinorUnits: false } },
    ],
  };
}
