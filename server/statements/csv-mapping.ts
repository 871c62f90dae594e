import "server-only";

import { z } from "zod";
import { DATE_FORMATS } from "@/server/statements/dates";

// How the columns of one CSV file map onto a transaction. It comes from the user (the column-mapping
// screen) or from a built-in bank layout, so it is validated like any other input.

const column = z.int().min(0).max(499);

export const csvMappingSchema = z
  .object({
    /** 0-based row index of the header (blank lines count, as in the preview); null when there is none. */
    headerRow: z.int().min(0).nullable(),
    /** The posting date. */
    date: column,
    /** The purchase date, when the bank gives it separately (Chase card "Transaction Date"). */
    transactionDate: column.optional(),
    description: column,
    memo: column.optional(),
    /** One signed (or, with typeColumn, unsigned) amount column. */
    amount: column.optional(),
    /** Money out, written unsigned in its own column (Schwab "Withdrawal (-)", ING "Soll"). */
    debit: column.optional(),
    /** Money in (Schwab "Deposit (+)", ING "Haben"). */
    credit: column.optional(),
    /** A "debit"/"credit" word that gives the sign of an unsigned amount (Mint "Transaction Type"). */
    typeColumn: column.optional(),
    dateFormat: z.enum(DATE_FORMATS),
    signConvention: z.enum(["negative_is_out", "positive_is_out"]),
    decimalSeparator: z.enum([".", ","]),
    externalId: column.optional(),
    /** Several accounts in one file are split by this column's value (an account number)... */
    account: column.optional(),
    /** ...and/or by this one (an account name, Mint "Account Name"). */
    accountName: column.optional(),
    category: column.optional(),
    checkNumber: column.optional(),
    accountType: z.enum(["checking", "savings", "credit_card", "other"]).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
  })
  .superRefine((mapping, ctx) => {
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
    if (mapping.typeColumn !== undefined && mapping.amount === undefined) {
      ctx.addIssue({ code: "custom", message: "A type column needs an amount column" });
    }
  });

export type CsvMapping = z.infer<typeof csvMappingSchema>;

/** Every column index the mapping refers to, for checking it against the file's width. */
export function mappedColumns(mapping: CsvMapping): number[] {
  const {
    headerRow: _h,
    dateFormat: _f,
    signConvention: _s,
    decimalSeparator: _d,
    accountType: _t,
    currency: _c,
    ...columns
  } = mapping;
  return Object.values(columns).filter((value): value is number => typeof value === "number");
}
