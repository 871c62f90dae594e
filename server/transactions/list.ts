import "server-only";
import { and, desc, eq, gte, ilike, lt, or, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { accounts, categories, transactions } from "@/db/schema";
import { AppError, notFound } from "@/server/errors";

export type TransactionFilter = {
  userId: string;
  accountId?: string;
  categoryId?: string;
  /** YYYY-MM */
  month?: string;
  /** Seller search: matches the merchant name or the bank's text. */
  q?: string;
  limit: number;
  cursor?: string;
};

export type TransactionRow = Awaited<ReturnType<typeof getTransaction>>;

// The cursor is the last row's (posted_on, id): stable under inserts, unlike an offset.
const encodeCursor = (postedOn: string, id: string) => Buffer.from(`${postedOn}|${id}`).toString("base64url");

function decodeCursor(cursor: string): { postedOn: string; id: string } {
  const [postedOn, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!postedOn || !id || !/^\d{4}-\d{2}-\d{2}$/.test(postedOn) || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw new AppError("invalid_input", "That cursor is not valid; start again from the first page.", {
      fields: { cursor: "is not a cursor this API returned" },
    });
  }
  return { postedOn, id };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

/** The user's transactions, newest first, one page at a time. */
export async function listTransactions(db: Database, filter: TransactionFilter) {
  const conditions: SQL[] = [eq(transactions.userId, filter.userId)];
  if (filter.accountId) conditions.push(eq(transactions.accountId, filter.accountId));
  if (filter.categoryId) conditions.push(eq(transactions.categoryId, filter.categoryId));
  if (filter.month) {
    const start = `${filter.month}-01`;
    conditions.push(gte(transactions.postedOn, start));
    conditions.push(lt(transactions.postedOn, sql`(${start}::date + interval '1 month')::date`));
  }
  if (filter.q?.trim()) {
    const pattern = `%${escapeLike(filter.q.trim())}%`;
    conditions.push(or(ilike(transactions.merchant, pattern), ilike(transactions.description, pattern))!);
  }
  if (filter.cursor) {
    const { postedOn, id } = decodeCursor(filter.cursor);
    conditions.push(sql`(${transactions.postedOn}, ${transactions.id}) < (${postedOn}::date, ${id}::uuid)`);
  }
  const rows = await selectTransactions(db)
    .where(and(...conditions))
    .orderBy(desc(transactions.postedOn), desc(transactions.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > filter.limit && last ? encodeCursor(last.postedOn, last.id) : null,
  };
}

/** One of the user's transactions, shaped like a list row, or 404. */
export async function getTransaction(db: Database, userId: string, transactionId: string) {
  const [row] = await selectTransactions(db)
    .where(and(eq(transactions.id, transactionId), eq(transactions.userId, userId)))
    .limit(1);
  if (!row) throw notFound("That transaction");
  return row;
}

function selectTransactions(db: Database) {
  return db
    .select({
      id: transactions.id,
      accountId: transactions.accountId,
      accountName: accounts.name,
      postedOn: transactions.postedOn,
      description: transactions.description,
      merchant: transactions.merchant,
      sellerKey: transactions.sellerKey,
      amount: transactions.amount,
      currency: transactions.currency,
      pending: transactions.pending,
      categoryId: transactions.categoryId,
      categoryName: categories.name,
      categorySource: transactions.categorySource,
      categoryReason: transactions.categoryReason,
    })
    .from(transactions)
    .innerJoin(accounts, eq(accounts.id, transactions.accountId))
    .leftJoin(categories, eq(categories.id, transactions.categoryId))
    .$dynamic();
}
