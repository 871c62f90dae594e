// The ledger's oracle: what the monthly aggregate must hold, computed here in plain TypeScript from the stored
// transactions (never with the production code under test), and what the spending API must then answer.

import { sql } from "drizzle-orm";
import { expect } from "vitest";
import { GET as spendingRoute } from "@/app/api/v1/spending/route";
import type { Database } from "@/db";
import { queryRows } from "@/db/client";
import { call } from "./api";

/** "-12.30" → -1230n: the test's own parsing of a two-place decimal, exact for any size. */
export function cents(text: string): bigint {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) throw new Error(`not a two-place decimal: ${text}`);
  const value = BigInt(match[2]!) * 100n + BigInt(match[3]!);
  return match[1] ? -value : value;
}

/** -1230n → "-12.30". */
export function decimal(value: bigint): string {
  const sign = value < 0n ? "-" : "";
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

type Key = string; // currency|YYYY-MM|category id
export type Sums = { outflow: bigint; inflow: bigint; count: number };

/** Per currency, month and category: money out, money in, and rows, summed from the transactions. */
export async function expectedAggregate(db: Database, userId: string): Promise<Map<Key, Sums>> {
  const rows = await queryRows<{
    currency: string;
    posted_on: string;
    amount: string;
    category_id: string | null;
  }>(
    db,
    sql`select currency, posted_on::text, amount::numeric(14,2)::text as amount, category_id
      from transactions where user_id = ${userId}::uuid`,
  );
  const uncategorized = await uncategorizedId(db);
  const sums = new Map<Key, Sums>();
  for (const row of rows) {
    const key = `${row.currency}|${row.posted_on.slice(0, 7)}|${row.category_id ?? uncategorized}`;
    const sum = sums.get(key) ?? { outflow: 0n, inflow: 0n, count: 0 };
    const amount = cents(row.amount);
    if (amount < 0n) sum.outflow -= amount;
    else sum.inflow += amount;
    sum.count += 1;
    sums.set(key, sum);
  }
  return sums;
}

/** The stored aggregate, rows with nothing in them left out. */
export async function storedAggregate(db: Database, userId: string): Promise<Map<Key, Sums>> {
  const rows = await queryRows<{
    currency: string;
    month: string;
    category_id: string;
    outflow: string;
    inflow: string;
    count: number;
  }>(
    db,
    sql`select currency, month::text, category_id, outflow::text, inflow::text, count from monthly_spending
      where user_id = ${userId}::uuid`,
  );
  const sums = new Map<Key, Sums>();
  for (const row of rows) {
    const value = { outflow: cents(row.outflow), inflow: cents(row.inflow), count: Number(row.count) };
    if (value.count === 0 && value.outflow === 0n && value.inflow === 0n) continue;
    sums.set(`${row.currency}|${row.month.slice(0, 7)}|${row.category_id}`, value);
  }
  return sums;
}

/** Every aggregate row equals the test's own sum of the transactions, to the cent, and no row is missing. */
export async function expectAggregateMatchesTransactions(
  db: Database,
  userId: string,
): Promise<Map<Key, Sums>> {
  const expected = await expectedAggregate(db, userId);
  const stored = await storedAggregate(db, userId);
  const show = (map: Map<Key, Sums>) =>
    Object.fromEntries(
      [...map]
        .sort()
        .map(([key, sum]) => [key, `${decimal(sum.outflow)} out ${decimal(sum.inflow)} in ${sum.count}`]),
    );
  expect(show(stored)).toEqual(show(expected));
  return expected;
}

let uncategorizedCache: string | undefined;
async function uncategorizedId(db: Database): Promise<string> {
  if (!uncategorizedCache) {
    const [row] = await queryRows<{ id: string }>(
      db,
      sql`select id from default_categories where slug = 'uncategorized'`,
    );
    uncategorizedCache = row!.id;
  }
  return uncategorizedCache;
}

/**
 * What GET /api/v1/spending must answer for a month and currency, from the test's sums: expense categories
 * count money out less refunds (never below zero), Uncategorized only money out, income categories add to
 * income, transfers count for neither. Category kinds are read from the data.
 */
export async function expectSpendingApiAgrees(
  db: Database,
  token: string,
  sums: Map<Key, Sums>,
): Promise<number> {
  const kinds = new Map(
    (
      await queryRows<{ id: string; kind: string }>(
        db,
        sql`select id, kind from default_categories union all select id, kind from categories`,
      )
    ).map((row) => [row.id, row.kind]),
  );
  const uncategorized = await uncategorizedId(db);
  const byMonth = new Map<string, { spent: bigint; income: bigint; categories: Map<string, bigint> }>();
  for (const [key, sum] of sums) {
    const [currency, month, categoryId] = key.split("|") as [string, string, string];
    const page = byMonth.get(`${currency}|${month}`) ?? { spent: 0n, income: 0n, categories: new Map() };
    const kind = kinds.get(categoryId);
    if (kind === "income") page.income += sum.inflow - sum.outflow;
    if (kind === "expense") {
      const spent = categoryId === uncategorized ? sum.outflow : sum.outflow - sum.inflow;
      if (spent > 0n) {
        page.spent += spent;
        page.categories.set(categoryId, spent);
      }
    }
    byMonth.set(`${currency}|${month}`, page);
  }
  for (const [key, page] of byMonth) {
    const [currency, month] = key.split("|") as [string, string];
    const response = await call(spendingRoute, {
      token,
      path: `/api/v1/spending?month=${month}&currency=${currency}`,
    });
    expect(response.status).toBe(200);
    expect({
      currency: response.body.currency,
      total_spent: response.body.total_spent,
      total_income: response.body.total_income,
      categories: Object.fromEntries(
        response.body.categories.map((c: { category_id: string; amount: string }) => [
          c.category_id,
          c.amount,
        ]),
      ),
    }).toEqual({
      currency,
      total_spent: decimal(page.spent),
      total_income: decimal(page.income),
      categories: Object.fromEntries([...page.categories].map(([id, spent]) => [id, decimal(spent)])),
    });
  }
  return byMonth.size;
}
