import "server-only";

import { z } from "zod";
import { DATE_FORMATS } from "@/server/statements/dates";

// How the columns of one CSV file map onto a transaction. It comes from detection, from the user (the
// column-mapping screen, or `csv_mapping` over REST), or from the mapping remembered for the account, so it
// is validated like any other input.

const column = z.int().min(0).max(499);

export const SIGN_CONVENTIONS = ["negative_is_out", "positive_is_out", "credits_marked"] as const;
export type SignConvention = (typeof SIGN_CONVENTIONS)[number];

const mappingFields = z.object({
  /** 0-based row index of the header (blank lines count, as in the preview); null when there is none. */
  headerRow: z.int().min(0).nullable(),
  /** The posting date. */
  date: column,
  /** The purchase date, when the bank gives it separately (Chase card "Transaction Date"). */
  transactionDate: column.optional(),
  description: column,
  /** For money coming in, the payer's column, when the payee's is the description (DKB, payer and payee). */
  descriptionIn: column.optional(),
  memo: column.optional(),
  /** One signed (or, with typeColumn, unsigned) amount column. */
  amount: column.optional(),
  /** Money out, written unsigned in its own column (Schwab "Withdrawal (-)", ING "Soll"). */
  debit: column.optional(),
  /** Money in (Schwab "Deposit (+)", ING "Haben"). */
  credit: column.optional(),
  /** A debit/credit word or mark that gives the sign of the amount (Mint "Transaction Type", ING "Af Bij"). */
  typeColumn: column.optional(),
  /** "Pending", "Umsatz vorgemerkt", or a settled yes/no flag: pending rows are imported as pending. */
  status: column.optional(),
  /** The running balance: the latest one becomes the account's balance. */
  balance: column.optional(),
  /** A fee charged on top of each amount (Revolut's "Fee"): the money moved is the amount less the fee. */
  fee: column.optional(),
  /** The balance column holds each row's balance before its amount (ASN Bank), not after it. */
  balanceBeforeRow: z.boolean().optional(),
  /** Each row's currency code; rows in different currencies go to different accounts. */
  currencyColumn: column.optional(),
  /**
   * A second amount column in another currency (RBC's "CAD$" and "USD$"): a row whose amount column is empty
   * takes its amount from this one, in this currency, and goes to that currency's account.
   */
  otherCurrencyAmount: z
    .object({
      column,
      currency: z.string().regex(/^[A-Z]{3}$/),
    })
    .optional(),
  dateFormat: z.enum(DATE_FORMATS),
  /**
   * How to read the amount's sign: "-12.50" is money out (most banks); positive amounts are money out (some
   * card exports); or only credits are marked ("+" or CR) and every unmarked amount is money out.
   */
  signConvention: z.enum(SIGN_CONVENTIONS),
  decimalSeparator: z.enum([".", ","]),
  /** Amounts and balances are written in cents without a decimal point ("000000004560" is 45.60). */
  amountsInMinorUnits: z.boolean().optional(),
  externalId: column.optional(),
  /** Several accounts in one file are split by this column's value (an account number)... */
  account: column.optional(),
  /** ...and/or by this one (an account name, Mint "Account Name"). */
  accountName: column.optional(),
  category: column.optional(),
  checkNumber: column.optional(),
  accountType: z.enum(["checking", "savings", "credit_card", "other"]).optional(),
  /** The currency of every row, when the file says it once (a header "Betrag (EUR)") or the user does. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
});

function checkAmountColumns(mapping: z.infer<typeof mappingFields>, ctx: z.RefinementCtx): void {
  const split = mapping.debit !== undefined || mapping.credit !== undefined;
  if (mapping.amount === undefined && !split) {
    ctx.addIssue({ code: "custom", message: "Map an amount column, or debit and credit columns" });
  }
  if (mapping.amount !== undefined && split) {
    ctx.addIssue({
      code: "custom",
      message: "Map either one amount column or debit/credit columns, not both",
    });
  }
  if (mapping.otherCurrencyAmount !== undefined && mapping.amount === undefined) {
    ctx.addIssue({ code: "custom", message: "An amount column in another currency needs an amount column" });
  }
  if (mapping.typeColumn !== undefined && mapping.amount === undefined) {
    ctx.addIssue({ code: "custom", message: "A type column needs an amount column" });
  }
}

export const csvMappingSchema = mappingFields.superRefine(checkAmountColumns);

/**
 * What a caller may send: a whole mapping, or only the fields that correct what Tally detected
 * (`{"signConvention":"positive_is_out"}` answers the sign question). Null clears a detected column.
 */
export const csvMappingPatchSchema = z.record(z.string(), z.unknown());

export type CsvMapping = z.infer<typeof csvMappingSchema>;
export type CsvMappingPatch = Partial<{ [K in keyof CsvMapping]: CsvMapping[K] | null }>;

const COLUMN_KEYS = [
  "date",
  "transactionDate",
  "description",
  "descriptionIn",
  "memo",
  "amount",
  "debit",
  "credit",
  "typeColumn",
  "status",
  "balance",
  "fee",
  "currencyColumn",
  "externalId",
  "account",
  "accountName",
  "category",
  "checkNumber",
] as const satisfies readonly (keyof CsvMapping)[];

/** Every column index the mapping refers to, for checking it against the file's width. */
export function mappedColumns(mapping: CsvMapping): number[] {
  return [...COLUMN_KEYS.map((key) => mapping[key]), mapping.otherCurrencyAmount?.column].filter(
    (value): value is number => typeof value === "number",
  );
}

/** The detected mapping with the caller's corrections applied; a null field removes that column. */
export function applyPatch(
  base: Partial<CsvMapping>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null && key !== "headerRow") delete merged[key];
    else merged[key] = value;
  }
  // Choosing debit/credit columns replaces a single amount column, and the other way round.
  if (("debit" in patch || "credit" in patch) && !("amount" in patch)) {
    delete merged.amount;
    delete merged.typeColumn;
  }
  if ("amount" in patch && patch.amount !== null && !("debit" in patch) && !("credit" in patch)) {
    delete merged.debit;
    delete merged.credit;
  }
  // A fee was found to go with the detected amount column: another amount column is read on its own.
  if (["amount", "debit", "credit"].some((key) => key in patch) && !("fee" in patch)) delete merged.fee;
  // So was the amount column in another currency.
  if (["amount", "debit", "credit"].some((key) => key in patch) && !("otherCurrencyAmount" in patch))
    delete merged.otherCurrencyAmount;
  // Another balance column is read as written: the "before the row" reading belonged to the detected one.
  if ("balance" in patch && !("balanceBeforeRow" in patch)) delete merged.balanceBeforeRow;
  return merged;
}
