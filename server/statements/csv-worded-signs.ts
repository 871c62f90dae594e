import "server-only";

import { directionOf } from "@/server/statements/csv-cell-words";
import type { SignConvention } from "@/server/statements/csv-mapping";
import type { ColumnProfile } from "@/server/statements/csv-profile";
import { writtenValue } from "@/server/statements/csv-profile";
import type { CsvRow } from "@/server/statements/csv-tokenize";

// A column that names the kind of each row, some of them in debit or credit words, tells which sign is money
// out even when other rows hold words of neither kind. Apple Card's "Type" says Purchase (positive amounts),
// Credit (negative) and Payment: the purchases and credits show that positive amounts are money out.

export type WordedSigns = { convention: SignConvention; column: ColumnProfile; rows: number };

// Enough rows that agree, and none that disagree, to tell the sign without asking.
const MIN_AGREEING_ROWS = 3;

export function signsByWords(
  rows: CsvRow[],
  bodyRows: number[],
  profiles: ColumnProfile[],
  amount: ColumnProfile,
): WordedSigns | null {
  let found: WordedSigns | null = null;
  for (const column of profiles) {
    if (column === amount || column.directions.debit + column.directions.credit < MIN_AGREEING_ROWS) continue;
    const votes = new Set<SignConvention>();
    let agreeing = 0;
    bodyRows.forEach((rowIndex, i) => {
      const direction = directionOf(rows[rowIndex]?.cells[column.index] ?? "");
      const value = writtenValue(amount.cells[i] ?? null);
      if (!direction || value === null || value === 0) return;
      const outIsPositive = (direction === "debit") === value > 0;
      votes.add(outIsPositive ? "positive_is_out" : "negative_is_out");
      agreeing++;
    });
    const [convention] = votes;
    if (votes.size !== 1 || !convention || agreeing < MIN_AGREEING_ROWS) continue;
    // Two columns that disagree say nothing.
    if (found && found.convention !== convention) return null;
    found ??= { convention, column, rows: agreeing };
  }
  return found;
}
