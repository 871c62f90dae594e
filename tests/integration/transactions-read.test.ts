import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { PATCH as patchMe } from "@/app/api/v1/me/route";
import { PATCH as patchRoute } from "@/app/api/v1/transactions/[id]/route";
import { GET as exportRoute } from "@/app/api/v1/transactions/export/route";
import { GET as listRoute } from "@/app/api/v1/transactions/route";
import { GET as summaryRoute } from "@/app/api/v1/transactions/summary/route";
import type { Database } from "@/db";
import { defaultCategoryId, UNCATEGORIZED_CATEGORY_ID } from "@/db/seed/categories";
import { createCategory } from "@/server/categorize/categories";
import { exportTransactionsCsv } from "@/server/transactions/export";
import { addTransactions, createAccount, type TestRow } from "../factories/stored-transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

let db: Database;

// Cents from an API decimal string, by hand ("-12.30" → -1230), so the test does not lean on lib/money.
const cents = (text: string) => {
  const negative = text.startsWith("-");
  const [whole = "0", fraction = "00"] = text.replace("-", "").split(".");
  const value = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return negative ? -value : value;
};

const ROWS: TestRow[] = [
  {
    postedOn: "2026-01-03",
    amount: -450,
    description: "SQ *BLUE BOTTLE COFFEE",
    merchant: "Blue Bottle Coffee",
    category: "food-dining.coffee-shops",
  },
  {
    postedOn: "2026-01-09",
    amount: -8_215,
    description: "TRADER JOE S #123",
    merchant: "Trader Joe's",
    category: "food-dining.groceries",
  },
  {
    postedOn: "2026-01-15",
    amount: 420_000,
    description: "ACME CORP PAYROLL",
    merchant: "Acme Corp",
    category: "income.paycheck",
  },
  {
    postedOn: "2026-01-20",
    amount: -2_000,
    description: "MAPLE ST HARDWARE",
    memo: "paint for the fence",
    category: null,
  },
  {
    postedOn: "2026-02-02",
    amount: -1_250,
    description: '=HYPERLINK("http://x")',
    merchant: '=HYPERLINK("http://x")',
    category: null,
  },
  {
    postedOn: "2026-02-11",
    amount: -530,
    description: "SQ *BLUE BOTTLE COFFEE",
    merchant: "Blue Bottle Coffee",
    category: "food-dining.coffee-shops",
  },
  {
    postedOn: "2026-02-14",
    amount: -12_999,
    description: 'KOVARIN BAKERY, "CAKES"',
    merchant: "Kovarin Bakery",
    category: "food-dining.restaurants",
  },
  {
    postedOn: "2026-02-28",
    amount: 1_250,
    description: "REFUND MAPLE ST",
    merchant: "Maple St",
    category: null,
  },
];

describe("reading transactions", () => {
  let token: string;
  let otherToken: string;
  let accountId: string;
  let ownerId: string;

  beforeAll(async () => {
    db = (await useTestDatabase()).db;
    const owner = await createTestUser(db, { label: "reader" });
    token = owner.token;
    ownerId = owner.user.id;
    const account = await createAccount(db, owner.user.id);
    accountId = account.id;
    await addTransactions(db, { userId: owner.user.id, accountId }, ROWS);
    const other = await createTestUser(db, { label: "other" });
    otherToken = other.token;
    const theirs = await createAccount(db, other.user.id);
    await addTransactions(db, { userId: other.user.id, accountId: theirs.id }, ROWS.slice(0, 3));
  });

  const list = async (query: string, who = token) => {
    const response = await call(listRoute, { token: who, path: `/api/v1/transactions?${query}` });
    expect(response.status).toBe(200);
    return response.body.data as Array<{
      id: string;
      posted_on: string;
      amount: string;
      seller: string;
      category: { id: string } | null;
    }>;
  };

  it("finds uncategorized rows with the Uncategorized category's id", async () => {
    const rows = await list(`category_id=${UNCATEGORIZED_CATEGORY_ID}`);
    const expected = ROWS.filter((row) => row.category === null).length;
    expect(rows).toHaveLength(expected);
    expect(rows.every((row) => row.category === null)).toBe(true);
  });

  it("a group's id includes its subcategories", async () => {
    const rows = await list(`category_id=${defaultCategoryId("food-dining")}`);
    expect(rows).toHaveLength(ROWS.filter((row) => row.category?.startsWith("food-dining")).length);
  });

  it("filters by date range, amount size and text in the seller, the bank's text, the memo or the amount", async () => {
    expect((await list("from=2026-01-09&to=2026-01-20")).map((row) => row.posted_on)).toEqual([
      "2026-01-20",
      "2026-01-15",
      "2026-01-09",
    ]);
    const mid = await list("min_amount=12.50&max_amount=100");
    expect(mid.map((row) => row.amount).sort()).toEqual(["-12.50", "-20.00", "-82.15", "12.50"].sort());
    expect((await list("q=fence")).map((row) => row.seller)).toEqual(["MAPLE ST HARDWARE"]);
    expect((await list("q=blue%20bottle")).length).toBe(2);
    expect((await list("q=82.15")).map((row) => row.amount)).toEqual(["-82.15"]);
    expect((await list("q=%2412.50")).map((row) => row.posted_on).sort()).toEqual([
      "2026-02-02",
      "2026-02-28",
    ]);
  });

  it("refuses a bad range in words, naming the field", async () => {
    const response = await call(listRoute, {
      token,
      path: "/api/v1/transactions?min_amount=50&max_amount=10",
    });
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.error.fields)).toEqual(["max_amount"]);
    expect(response.body.error.message).not.toMatch(/max_amount|_/);
  });

  it("refuses an amount bound below the cent rather than rounding it (a maximum of 12.495 would take in 12.50)", async () => {
    const response = await call(listRoute, { token, path: "/api/v1/transactions?max_amount=12.495" });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual({
      max_amount: expect.stringContaining("at most two decimal places"),
    });
    // Zeros past the cent are exact and still read.
    expect((await list("min_amount=12.500&max_amount=12.50")).map((row) => row.amount).sort()).toEqual(
      ["-12.50", "12.50"].sort(),
    );
  });

  it("sorts by amount in both directions and pages through with cursors without losing or repeating a row", async () => {
    const sizes = ROWS.map((row) => Math.abs(row.amount)).sort((a, b) => b - a);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/v1/transactions?sort=largest&limit=3${cursor ? `&cursor=${cursor}` : ""}`;
      const response: { body: { data: { amount: string }[]; next_cursor: string | null } } = await call(
        listRoute,
        {
          token,
          path,
        },
      );
      seen.push(...response.body.data.map((row: { amount: string }) => Math.abs(cents(row.amount))));
      cursor = response.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual(sizes);
    const smallest = await list("sort=smallest&limit=2");
    expect(smallest.map((row) => Math.abs(cents(row.amount)))).toEqual([...sizes].reverse().slice(0, 2));
    const oldest = await list("sort=oldest&limit=1");
    expect(oldest[0]!.posted_on).toBe("2026-01-03");
  });

  it("refuses a cursor from another order instead of skipping rows", async () => {
    const first = await call(listRoute, { token, path: "/api/v1/transactions?limit=2" });
    const response = await call(listRoute, {
      token,
      path: `/api/v1/transactions?sort=largest&cursor=${first.body.next_cursor}`,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).not.toMatch(/cursor/i);
  });

  it("summarizes every matching row: the true count, money out, money in and net", async () => {
    const response = await call(summaryRoute, { token, path: "/api/v1/transactions/summary?month=2026-02" });
    expect(response.status).toBe(200);
    const february = ROWS.filter((row) => row.postedOn.startsWith("2026-02"));
    let out = 0;
    let into = 0;
    for (const row of february) {
      if (row.amount < 0) out -= row.amount;
      else into += row.amount;
    }
    expect(response.body.count).toBe(february.length);
    expect(response.body.totals).toHaveLength(1);
    expect(cents(response.body.totals[0].money_out)).toBe(out);
    expect(cents(response.body.totals[0].money_in)).toBe(into);
    expect(cents(response.body.totals[0].net)).toBe(into - out);
  });

  it("the newest page is cached, yet shows a category change in the very next read", async () => {
    const before = await list("");
    const target = before.find((row) => row.seller === "MAPLE ST HARDWARE")!;
    expect(target.category).toBeNull();
    const groceries = defaultCategoryId("food-dining.groceries");
    const changed = await call(patchRoute, {
      method: "PATCH",
      token,
      params: { id: target.id },
      body: { category_id: groceries },
    });
    expect(changed.status).toBe(200);
    const after = await list("");
    expect(after.find((row) => row.id === target.id)!.category?.id).toBe(groceries);
    // Put it back for the tests that count uncategorized rows.
    await db.execute(
      sql`update transactions set category_id = null, category_source = null where id = ${target.id}::uuid`,
    );
  });

  it("never shows another user's rows", async () => {
    const theirs = await list("limit=500", otherToken);
    expect(theirs).toHaveLength(3);
    const summary = await call(summaryRoute, { token: otherToken, path: "/api/v1/transactions/summary" });
    expect(summary.body.count).toBe(3);
  });

  it("answers a filter on another user's account or category with 404, in the list, its total and the export", async () => {
    const own = await call(listRoute, { token, path: `/api/v1/transactions?account_id=${accountId}` });
    expect(own.status).toBe(200);
    // A category of the reader's own, asked for by the other user.
    const mine = await createCategory(db, ownerId, {
      name: "Garden",
      parentId: defaultCategoryId("shopping"),
    });
    for (const route of [
      { handler: listRoute, path: "/api/v1/transactions" },
      { handler: summaryRoute, path: "/api/v1/transactions/summary" },
      { handler: exportRoute, path: "/api/v1/transactions/export" },
    ]) {
      // This user's account id, asked by the other user.
      const foreign = await call(route.handler, {
        token: otherToken,
        path: `${route.path}?account_id=${accountId}`,
      });
      expect(foreign.status, route.path).toBe(404);
      expect(foreign.body.error).toEqual({ code: "not_found", message: "That account was not found." });
      const category = await call(route.handler, {
        token: otherToken,
        path: `${route.path}?category_id=${mine.id}`,
      });
      expect(category.status, route.path).toBe(404);
      expect(category.body.error.message).toBe("That category was not found.");
    }
    // The owner may filter by it, and by a default category.
    expect(
      (await call(listRoute, { token, path: `/api/v1/transactions?category_id=${mine.id}` })).status,
    ).toBe(200);
  });

  it("exports the filter as CSV in Mint's columns, escaping formulas and quoting what needs it", async () => {
    const response = await exportRoute(
      new Request("http://localhost/api/v1/transactions/export?month=2026-02", {
        headers: { authorization: `Bearer ${token}` },
      }),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="tally-transactions-/);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "Date,Description,Original Description,Amount,Transaction Type,Category,Account Name,Labels,Notes,Currency",
    );
    expect(lines).toHaveLength(1 + ROWS.filter((row) => row.postedOn.startsWith("2026-02")).length);
    expect(text).toContain(
      `"'=HYPERLINK(""http://x"")","'=HYPERLINK(""http://x"")",12.50,debit,Uncategorized`,
    );
    expect(text).toContain(`2/14/2026,Kovarin Bakery,"KOVARIN BAKERY, ""CAKES""",129.99,debit,Restaurants`);
    expect(text).toContain("2/28/2026,Maple St,REFUND MAPLE ST,12.50,credit,Uncategorized");
  });

  it("says each amount's currency, so a euro and a dollar account's rows are told apart", async () => {
    const traveller = await createTestUser(db, { label: "two-currencies" });
    const dollars = await createAccount(db, traveller.user.id, { name: "Dollars", currency: "USD" });
    const euros = await createAccount(db, traveller.user.id, { name: "Euros", currency: "EUR" });
    const coffee = { postedOn: "2026-02-02", amount: -1_250, description: "CAFE", category: null };
    await addTransactions(db, { userId: traveller.user.id, accountId: dollars.id }, [coffee]);
    await addTransactions(db, { userId: traveller.user.id, accountId: euros.id, currency: "EUR" }, [coffee]);
    const response = await exportRoute(
      new Request("http://localhost/api/v1/transactions/export", {
        headers: { authorization: `Bearer ${traveller.token}` },
      }),
      { params: Promise.resolve({}) },
    );
    const [header, ...lines] = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    const columns = header!.split(",");
    const field = (line: string, name: string) => line.split(",")[columns.indexOf(name)];
    expect(columns.indexOf("Currency")).toBe(columns.length - 1);
    expect(
      lines
        .map((line) => [field(line, "Account Name"), field(line, "Amount"), field(line, "Currency")])
        .sort(),
    ).toEqual([
      ["Dollars", "12.50", "USD"],
      ["Euros", "12.50", "EUR"],
    ]);
  });

  it("names the file by the day it is where the user lives, not in UTC", async () => {
    const evening = await createTestUser(db, { label: "los-angeles" });
    const zone = await call(patchMe, {
      method: "PATCH",
      token: evening.token,
      body: { time_zone: "America/Los_Angeles" },
    });
    expect(zone.status).toBe(200);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      // 9:30 pm on 14 January in Los Angeles, already 15 January in UTC.
      vi.setSystemTime(new Date("2027-01-15T05:30:00Z"));
      const response = await exportRoute(
        new Request("http://localhost/api/v1/transactions/export", {
          headers: { authorization: `Bearer ${evening.token}` },
        }),
        { params: Promise.resolve({}) },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(
        'attachment; filename="tally-transactions-2027-01-14.csv"',
      );
      await response.body?.cancel();
    } finally {
      vi.useRealTimers();
    }
  });

  it("exports 100,000 rows that add up, reading one batch at a time as the reader asks", async () => {
    const big = await createTestUser(db, { label: "exporter" });
    const account = await createAccount(db, big.user.id, { name: "Big account" });
    const count = 100_000;
    // Amounts -(i mod 9973) cents, dated across 2025: the test's own sum below, from the same formula.
    await db.execute(sql`
      insert into transactions (user_id, account_id, external_id, posted_on, amount, currency, description,
        seller_key, merchant)
      select ${big.user.id}::uuid, ${account.id}::uuid, 'bulk-' || i, date '2025-01-01' + (i % 365),
        -((i % 9973) / 100.0), 'USD', 'SELLER ' || (i % 500), 'seller-' || (i % 500), 'Seller ' || (i % 500)
      from generate_series(1, ${count}) as i`);
    let expectedCents = 0;
    for (let i = 1; i <= count; i++) expectedCents += i % 9973;

    let batches = 0;
    const stream = exportTransactionsCsv(db, big.user.id, {}, { batchRows: 1000, onBatch: () => batches++ });
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    let rows = -1; // the header line
    let total = 0;
    let chunks = 0;
    let carry = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      // Pull-based: the export never reads more than one batch ahead of what has been consumed.
      expect(batches).toBeLessThanOrEqual(chunks);
      const text = carry + decoder.decode(value, { stream: true });
      const lines = text.split("\r\n");
      carry = lines.pop() ?? "";
      for (const line of lines) {
        rows++;
        if (rows === 0) continue;
        const amount = line.split(",")[3]!;
        const [whole, fraction] = amount.split(".");
        total += Number(whole) * 100 + Number(fraction);
      }
    }
    expect(rows).toBe(count);
    expect(total).toBe(expectedCents);
    // 100 full batches; the last one already knows nothing follows (it asks for one row more than it sends).
    expect(batches).toBe(count / 1000);
  }, 240_000);
});
