import "server-only";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { accounts, categories, defaultCategories, transactions } from "@/db/schema";
import { type Cents, centsFromNumeric } from "@/lib/money";
import { AppError, notFound } from "@/server/errors";
import { filterConditions } from "./filters";
import type { TransactionFilterInput, TransactionSort } from "./inputs";

export type TransactionFilter = TransactionFilterInput & {
  userId: string;
  sort?: TransactionSort;
  limit: number;
  cursor?: string;
};

export type TransactionRow = Awaited<ReturnType<typeof getTransaction>>;

// The cursor is the last row's sort key and id: stable under inserts, unlike an offset. It names its sort, so a
// cursor from one order is refused by another instead of skipping rows.
type CursorKey = { sort: TransactionSort; key: string; id: string };

const encodeCursor = (cursor: CursorKey) =>
  Buffer.from(`${cursor.sort}|${cursor.key}|${cursor.id}`).toString("base64url");

const invalidCursor = () =>
  new AppError("invalid_input", "That page link is out of date. Start again from the first page.", {
    fields: { cursor: "is not a page link Tally gave out for this order" },
  });

function decodeCursor(cursor: string, sort: TransactionSort): CursorKey {
  const [cursorSort, key, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const keyPattern = sort === "newest" || sort === "oldest" ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{1,12}\.\d{2}$/;
  if (cursorSort !== sort || !key || !id || !keyPattern.test(key) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw invalidCursor();
  }
  return { sort, key, id };
}

/** How each order sorts, and how a cursor continues after its last row. */
const orders: Record<
  TransactionSort,
  { by: SQL[]; after: (cursor: CursorKey) => SQL; key: (row: TransactionRow) => string }
> = {
  newest: {
    by: [desc(transactions.postedOn), desc(transactions.id)],
    after: (c) => sql`(${transactions.postedOn}, ${transactions.id}) < (${c.key}::date, ${c.id}::uuid)`,
    key: (row) => row.postedOn,
  },
  oldest: {
    by: [asc(transactions.postedOn), asc(transactions.id)],
    after: (c) => sql`(${transactions.postedOn}, ${transactions.id}) > (${c.key}::date, ${c.id}::uuid)`,
    key: (row) => row.postedOn,
  },
  largest: {
    by: [sql`abs(${transactions.amount}) desc`, desc(transactions.id)],
    after: (c) => sql`(abs(${transactions.amount}), ${transactions.id}) < (${c.key}::numeric, ${c.id}::uuid)`,
    key: (row) => row.amount.replace(/^-/, ""),
  },
  smallest: {
    by: [sql`abs(${transactions.amount}) asc`, asc(transactions.id)],
    after: (c) => sql`(abs(${transactions.amount}), ${transactions.id}) > (${c.key}::numeric, ${c.id}::uuid)`,
    key: (row) => row.amount.replace(/^-/, ""),
  },
};

/** The user's transactions in the chosen order (newest first by default), one page at a time. */
export async function listTransactions(db: Database, filter: TransactionFilter) {
  const sort = filter.sort ?? "newest";
  const order = orders[sort];
  const conditions = filterConditions(filter.userId, filter);
  if (filter.cursor) conditions.push(order.after(decodeCursor(filter.cursor, sort)));
  const rows = await selectTransactions(db)
    .where(and(...conditions))
    .orderBy(...order.by)
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > filter.limit && last ? encodeCursor({ sort, key: order.key(last), id: last.id }) : null,
  };
}

export type CurrencyTotal = { currency: string; count: number; moneyOut: Cents; moneyIn: Cents; net: Cents };
export type TransactionSummary = { count: number; totals: CurrencyTotal[] };

/**
 * How many rows match a filter and what they add up to, per currency (dollars and euros are never added
 * together): the true count and total behind a paged list.
 */
export async function summarizeTransactions(
  db: Database,
  userId: string,
  filter: TransactionFilterInput,
): Promise<TransactionSummary> {
  const rows = await db
    .select({
      currency: transactions.currency,
      count: sql<number>`count(*)::int`,
      moneyOut: sql<string>`coalesce(sum(greatest(-${transactions.amount}, 0)), 0)`,
      moneyIn: sql<string>`coalesce(sum(greatest(${transactions.amount}, 0)), 0)`,
    })
    .from(transactions)
    .where(and(...filterConditions(userId, filter)))
    .groupBy(transactions.currency)
    .orderBy(sql`count(*) desc`, transactions.currency);
  const totals = rows.map((row): CurrencyTotal => {
    const moneyOut = centsFromNumeric(row.moneyOut);
    const moneyIn = centsFromNumeric(row.moneyIn);
    return { currency: row.currency, count: Number(row.count), moneyOut, moneyIn, net: moneyIn - moneyOut };
  });
  return { count: totals.reduce((sum, total) => sum + total.count, 0), totals };
}

/** One of the user's transactions, shaped like a list row, or 404. */
export async function getTransaction(db: Database, userId: string, transactionId: string) {
  const [row] = await selectTransactions(db)
    .where(and(eq(transactions.id, transactionId), eq(transactions.userId, userId)))
    .limit(1);
  if (!row) throw notFound("That transaction");
  return row;
}

export function selectTransactions(db: Database) {
  return (
    db
      .select({
        id: transactions.id,
        accountId: transactions.accountId,
        accountName: accounts.name,
        postedOn: transactions.postedOn,
        description: transactions.description,
        memo: transactions.memo,
        merchant: transactions.merchant,
        sellerKey: transactions.sellerKey,
        amount: transactions.amount,
        currency: transactions.currency,
        pending: transactions.pending,
        categoryId: transactions.categoryId,
        categoryName: sql<string | null>`coalesce(${defaultCategories.name}, ${categories.name})`,
        categorySource: transactions.categorySource,
        categoryReason: transactions.categoryReason,
      })
      .from(transactions)
      .innerJoin(
        accounts,
        and(eq(accounts.userId, transactions.userId), eq(accounts.id, transactions.accountId)),
      )
      // A transaction names a default category or one of its owner's own.
      .leftJoin(defaultCategories, eq(defaultCategories.id, transactions.categoryId))
      .leftJoin(
        categories,
        and(eq(categories.userId, transactions.userId), eq(categories.id, transactions.categoryId)),
      )
      .$dynamic()
  );
}
