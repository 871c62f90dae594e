import "server-only";

import type { Cents } from "@/lib/money";
import {
  type AmountCell,
  belowCentMessage,
  fitsAmountColumn,
  readAmountCell,
  writesBelowCent,
} from "@/server/statements/amounts";
import { directionOf } from "@/server/statements/csv-cell-words";
import type { CsvMapping } from "@/server/statements/csv-mapping";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import { StatementParseError } from "@/server/statements/types";

// A CSV row's amount and running balance, in cents, signed the way the mapping says the file writes them.

function signedAsWritten(cell: AmountCell): Cents {
  const negative = cell.mark ? cell.mark === "debit" : cell.sign === "-";
  return negative && cell.magnitude !== 0 ? -cell.magnitude : cell.magnitude;
}

/**
 * The cell as an amount in cents. A file that writes cents without a decimal point ("000000004560") is read
 * as such once the user has said so; a cell with a decimal point in such a file is not a number of cents.
 */
function readMoneyCell(raw: string, mapping: CsvMapping): AmountCell | null {
  const cell = readAmountCell(raw, mapping.decimalSeparator);
  if (!cell || !mapping.amountsInMinorUnits) return cell;
  // "45.00" in such a file is not 0.45: any point or comma means the cell is not written in cents.
  if (/[.,]/.test(raw)) return null;
  return { ...cell, magnitude: cell.magnitude / 100 };
}

export function readAmount(row: CsvRow, mapping: CsvMapping): Cents {
  const parse = (index: number | undefined, field: string): AmountCell | null => {
    const raw = index === undefined ? "" : (row.cells[index] ?? "");
    if (raw === "") return null;
    if (!mapping.amountsInMinorUnits && writesBelowCent(raw, mapping.decimalSeparator)) {
      throw new StatementParseError(belowCentMessage(row.line, field, raw), row.line, field);
    }
    const cell = readMoneyCell(raw, mapping);
    if (!cell) {
      throw new StatementParseError(
        `Line ${row.line}: the ${field} "${raw}" is not a number`,
        row.line,
        field,
      );
    }
    if (!fitsAmountColumn(cell.magnitude)) {
      throw new StatementParseError(
        `Line ${row.line}: the ${field} "${raw}" is too large (Tally keeps amounts up to 999,999,999,999.99)`,
        row.line,
        field,
      );
    }
    return cell;
  };
  let value: Cents;
  if (mapping.amount === undefined) {
    // Some banks write the debit column unsigned, some already negative; either way it is money out.
    value =
      (parse(mapping.credit, "credit amount")?.magnitude ?? 0) -
      (parse(mapping.debit, "debit amount")?.magnitude ?? 0);
  } else {
    // A row in the other currency leaves the amount column empty and writes its figure in that one.
    const amountAt =
      (row.cells[mapping.amount] ?? "").trim() === "" && mapping.otherCurrencyAmount
        ? mapping.otherCurrencyAmount.column
        : mapping.amount;
    const cell = parse(amountAt, "amount");
    value = cell ? signed(row, cell, mapping) : 0;
  }
  // A fee on top of the amount is money out as well (Revolut's exchanges and card payments abroad).
  const fee = parse(mapping.fee, "fee");
  if (fee) value -= fee.magnitude;
  if (!fitsAmountColumn(value)) {
    throw new StatementParseError(`Line ${row.line}: the amount is too large`, row.line, "amount");
  }
  return value === 0 ? 0 : value;
}

function signed(row: CsvRow, cell: AmountCell, mapping: CsvMapping): Cents {
  const out = -cell.magnitude;
  const into = cell.magnitude;
  if (mapping.typeColumn !== undefined) {
    const word = row.cells[mapping.typeColumn] ?? "";
    const direction = directionOf(word);
    if (direction) return direction === "debit" ? out : into;
    // A kind of its own ("Payment", "Adjustment") beside an amount that writes its sign: the sign says it.
    if (word.trim() !== "" && cell.sign === null) {
      throw new StatementParseError(
        `Line ${row.line}: the type "${word}" is neither debit nor credit`,
        row.line,
        "type",
      );
    }
    // A blank type: in a file that marks only credits, the unmarked rows are money out.
    if (mapping.signConvention === "credits_marked")
      return cell.mark === "credit" || cell.sign === "+" ? into : out;
    return signedAsWritten(cell);
  }
  if (cell.mark) return cell.mark === "credit" ? into : out;
  switch (mapping.signConvention) {
    case "negative_is_out":
      return cell.sign === "-" ? out : into;
    case "positive_is_out":
      return cell.sign === "-" ? into : out;
    case "credits_marked":
      return cell.sign === "+" ? into : out;
  }
}

export function readBalance(row: CsvRow, raw: string, mapping: CsvMapping): Cents {
  if (!mapping.amountsInMinorUnits && writesBelowCent(raw, mapping.decimalSeparator)) {
    throw new StatementParseError(belowCentMessage(row.line, "balance", raw), row.line, "balance");
  }
  const cell = readMoneyCell(raw, mapping);
  if (!cell || !fitsAmountColumn(cell.magnitude)) {
    throw new StatementParseError(
      `Line ${row.line}: the balance "${raw}" is not a number Tally can keep`,
      row.line,
      "balance",
    );
  }
  return signedAsWritten(cell);
}
