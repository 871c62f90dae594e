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
  const cells = moneyCells(rows, bodyRows, columns);
  if (cells.length === 0 || !cells.every((cell) => /^[+-]?\d+[+-]?$/.test(cell))) return null;
  const digits = cells.map((cell) => cell.replace(/[+-]/g, ""));
  const padded = digits.filter((d) => d.length >= 6 && d.startsWith("0") && d.length === digits[0]?.length);
  return padded.length === digits.length ? (cells.find((cell) => /[1-9]/.test(cell)) ?? null) : null;
}

/** The non-empty cells of the money columns in the body rows, trimmed. */
function moneyCells(rows: CsvRow[], bodyRows: number[], columns: (ColumnProfile | undefined)[]): string[] {
  return columns
    .filter((p): p is ColumnProfile => p !== undefined)
    .flatMap((p) => bodyRows.map((i) => (rows[i]?.cells[p.index] ?? "").trim()))
    .filter((cell) => cell !== "");
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

/**
 * Amounts whose only separator is a dot before three digits ("250.000", "-4.750", "-12.345") in a file that names
 * no currency: thousands in pesos or rupiah, or dinars to the fils. The file cannot say which, and either guess
 * can be a thousand times off, so one such cell is returned as the example to ask about. Null when any cell
 * settles it (a decimal comma, a dot before one, two or four-plus digits, two dot groups as in "1.234.567") or
 * when every such figure is round.
 */
export function writesAmbiguousThousandths(
  rows: CsvRow[],
  bodyRows: number[],
  columns: (ColumnProfile | undefined)[],
): string | null {
  const cells = moneyCells(rows, bodyRows, columns);
  const separated = cells.filter((cell) => /[.,]\d/.test(cell));
  if (separated.length === 0) return null;
  if (!separated.every((cell) => /^[^\d.,]*\d{1,3}\.\d{3}(?!\d)[^\d.,]*$/.test(cell))) return null;
  // Round figures ("-1.200", "3.500") are the whole amounts of a decimal-comma file far more often than dinars,
  // and are read as thousands without asking; a last digit other than zero ("12.345") is asked about.
  return separated.find((cell) => /\.\d{2}[1-9]/.test(cell)) ?? null;
}

export function thousandthsQuestion(example: string): SignQuestion {
  const [whole = "", fraction = ""] = (/\d{1,3}\.\d{3}/.exec(example)?.[0] ?? "").split(".");
  const thousands = Number(`${whole}${fraction}`).toLocaleString("en-US", { minimumFractionDigits: 2 });
  const units = `${whole}.${fraction}`;
  return {
    prompt: `Is “${example}” ${thousands} or ${units}?`,
    reason:
      "The amounts have a dot before three digits and the file names no currency, so it does not say whether the dot separates thousands or decimals (as in dinars, counted to the thousandth).",
    options: [
      { label: `${thousands}: the dot separates thousands`, patch: { decimalSeparator: "," } },
      {
        label: `${units}: the amounts have three decimals (Tally keeps them to the cent, so a file with thousandths other than zero is refused rather than rounded)`,
        patch: { decimalSeparator: "." },
      },
    ],
  };
}
