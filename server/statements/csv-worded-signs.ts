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
    const { debit, credit } = column.directions;
    if (column === amount || (debit + credit < MIN_AGREEING_ROWS && (debit === 0 || credit === 0))) continue;
    const votes = new Set<SignConvention>();
    const sides = new Set<"debit" | "credit">();
    let agreeing = 0;
    bodyRows.forEach((rowIndex, i) => {
      const direction = directionOf(rows[rowIndex]?.cells[column.index] ?? "");
      const value = writtenValue(amount.cells[i] ?? null);
      if (!direction || value === null || value === 0) return;
      const outIsPositive = (direction === "debit") === value > 0;
      votes.add(outIsPositive ? "positive_is_out" : "negative_is_out");
      sides.add(direction);
      agreeing++;
    });
    const [convention] = votes;
    // A debit and a credit that agree, in a short file (Wealthfront's Withdrawal −1000.00 and Deposit +5000.00),
    // say as much as three rows of one side.
    if (votes.size !== 1 || !convention || (agreeing < MIN_AGREEING_ROWS && sides.size < 2)) continue;
    // Two columns that disagree say nothing.
    if (found && found.convention !== convention) return null;
    found ??= { convention, column, rows: agreeing };
  }
  return found;
}

// What a card issuer prints for a payment it received or a credit it gave ("PAYMENT - THANK YOU", "AMEX PAYMENT
// RECEIVED", Discover's "DIRECTPAY FULL BALANCE", "CASHBACK BONUS REDEMPTION PYMT/STMT CRDT"): money into the card
// account, whichever sign the file writes it with. A bank account's own side of the same payment says where the
// money went ("PAYMENT TO KELDORA CARD", "AUTOPAY"), so these words come from a card's file, or from a row of
// money in wherever they stand. A bare "PAYMENT" says neither, and is not read.
const PAYMENT_RECEIVED =
  /\b(?:thank\s*you|payment\s+received|pymt\s+received|directpay|statement\s+credit|stmt\s+cre?di?t|gracias\s+por\s+su\s+pago|merci\s+pour\s+votre\s+paiement|obrigado\s+pelo\s+pagamento|pago\s+recibido|paiement\s+re[çc]u)\b/i;

/**
 * The sign convention a file's card payments tell: every row of payment-received wording carries one sign, and
 * some other row the other one, so those rows are the money in. Null when no row says so or they disagree.
 */
export function signsByCardPayments(
  rows: CsvRow[],
  bodyRows: number[],
  description: ColumnProfile | undefined,
  amount: ColumnProfile,
): SignConvention | null {
  if (!description) return null;
  const signs = new Set<number>();
  const otherSigns = new Set<number>();
  bodyRows.forEach((rowIndex, i) => {
    const value = writtenValue(amount.cells[i] ?? null);
    if (value === null || value === 0) return;
    const text = rows[rowIndex]?.cells[description.index] ?? "";
    (PAYMENT_RECEIVED.test(text) ? signs : otherSigns).add(Math.sign(value));
  });
  const [sign] = signs;
  if (signs.size !== 1 || sign === undefined || !otherSigns.has(-sign)) return null;
  return sign < 0 ? "positive_is_out" : "negative_is_out";
}

/**
 * Which of a pair of amount columns that no name tells apart holds the rows of payment-received wording, the money
 * in: all of them stand in it, and the other column holds other rows. Null when no row says so or they stand in both.
 */
export function cardPaymentColumn(
  rows: CsvRow[],
  bodyRows: number[],
  description: ColumnProfile | undefined,
  debit: ColumnProfile,
  credit: ColumnProfile,
): ColumnProfile | null {
  if (!description) return null;
  const paidInto = new Set<ColumnProfile>();
  let otherRows = 0;
  bodyRows.forEach((rowIndex, i) => {
    if (!PAYMENT_RECEIVED.test(rows[rowIndex]?.cells[description.index] ?? "")) return;
    for (const column of [debit, credit]) if (writtenValue(column.cells[i] ?? null)) paidInto.add(column);
  });
  const [column] = paidInto;
  if (paidInto.size !== 1 || column === undefined) return null;
  const other = column === debit ? credit : debit;
  bodyRows.forEach((rowIndex, i) => {
    const text = rows[rowIndex]?.cells[description.index] ?? "";
    if (!PAYMENT_RECEIVED.test(text) && writtenValue(other.cells[i] ?? null)) otherRows++;
  });
  return otherRows > 0 ? column : null;
}
