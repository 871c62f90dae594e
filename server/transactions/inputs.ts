import "server-only";
import { z } from "zod";
import { hasDigitsBelowCent, parseCents } from "@/lib/money";
import { monthParam } from "@/lib/months";

// One input schema for reading transactions, shared by GET /api/v1/transactions, its /summary and /export, the
// Transactions page and the OpenAPI document; the snake_case → camelCase mapping lives here once.

export const transactionSorts = ["newest", "oldest", "largest", "smallest"] as const;
export type TransactionSort = (typeof transactionSorts)[number];

const isoDate = z.iso.date("must be a date like 2026-03-31");

/** A money amount a person types ("20", "20.50", "$1,200"), as non-negative integer cents. */
const amountBound = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const written = value.replace(/^\$/, "").replaceAll(",", "");
    // A bound below the cent cannot be kept: rounding "20.005" up as a maximum would take in 20.01.
    if (hasDigitsBelowCent(written)) {
      ctx.addIssue({ code: "custom", message: "must have at most two decimal places" });
      return z.NEVER;
    }
    const cents = parseCents(written);
    if (cents === null || cents < 0) {
      ctx.addIssue({ code: "custom", message: "must be an amount like 20 or 20.50" });
      return z.NEVER;
    }
    return cents;
  });

export const transactionFilterQuery = z
  .object({
    account_id: z.uuid("must be an account id").optional(),
    // The Uncategorized category's id finds the rows that have no category; a group's id includes its
    // subcategories.
    category_id: z.uuid("must be a category id").optional(),
    month: monthParam.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    min_amount: amountBound.optional(),
    max_amount: amountBound.optional(),
    q: z.string().trim().max(100, "must be at most 100 characters").optional(),
  })
  .refine((query) => !(query.from && query.to && query.from > query.to), {
    message: "must be on or after the start date",
    path: ["to"],
  })
  .refine(
    (query) =>
      query.min_amount === undefined ||
      query.max_amount === undefined ||
      query.min_amount <= query.max_amount,
    { message: "must be at least the smallest amount", path: ["max_amount"] },
  );

export const transactionsQuery = transactionFilterQuery.and(
  z.object({
    sort: z.enum(transactionSorts, "must be newest, oldest, largest or smallest").default("newest"),
    limit: z.coerce
      .number("must be a number")
      .int("must be a whole number")
      .min(1, "must be 1 to 500")
      .max(500, "must be 1 to 500")
      .default(50),
    cursor: z.string().max(200).optional(),
  }),
);

export type TransactionFilterQuery = z.output<typeof transactionFilterQuery>;

/** What narrows the user's transactions. Amount bounds compare the size of the amount, money in or out. */
export type TransactionFilterInput = {
  accountId?: string;
  categoryId?: string;
  /** YYYY-MM */
  month?: string;
  /** YYYY-MM-DD, inclusive */
  from?: string;
  /** YYYY-MM-DD, inclusive */
  to?: string;
  /** Cents, inclusive, compared with the amount's size. */
  minAmount?: number;
  maxAmount?: number;
  /** Seller, bank text, memo, or an amount ("12.50"). */
  q?: string;
};

export function toTransactionFilter(query: TransactionFilterQuery): TransactionFilterInput {
  return {
    accountId: query.account_id,
    categoryId: query.category_id,
    month: query.month,
    from: query.from,
    to: query.to,
    minAmount: query.min_amount,
    maxAmount: query.max_amount,
    q: query.q || undefined,
  };
}

/** Descriptions of each filter parameter, for the OpenAPI document. */
export const transactionFilterParameters = [
  { name: "account_id", description: "Only this account" },
  {
    name: "category_id",
    description:
      "Only this category; the Uncategorized category's id finds uncategorized rows, a group's id includes its subcategories",
  },
  { name: "month", description: "YYYY-MM" },
  { name: "from", description: "YYYY-MM-DD, first day (inclusive)" },
  { name: "to", description: "YYYY-MM-DD, last day (inclusive)" },
  { name: "min_amount", description: "Smallest amount (its size, money in or out), e.g. 20 or 20.50" },
  { name: "max_amount", description: "Largest amount (its size, money in or out)" },
  {
    name: "q",
    description: "Text in the seller, the bank's description or the memo, or an amount like 12.50",
  },
] as const;
