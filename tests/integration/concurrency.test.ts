import { beforeAll, describe, expect, it } from "vitest";
import { GET as getMe } from "@/app/api/v1/me/route";
import { POST as signup } from "@/app/api/v1/signup/route";
import { GET as listTransactions } from "@/app/api/v1/transactions/route";
import type { Database } from "@/db";
import { createManualAccount } from "@/server/accounts/accounts";
import { importTransactions } from "@/server/sync/import-transactions";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

let db: Database;

describe("many requests at once", () => {
  beforeAll(async () => {
    ({ db } = await useTestDatabase());
  });

  it("all succeed on the same database: sign-ups, reads and an import in flight together", async () => {
    const { user, token } = await createTestUser(db);
    const account = await createManualAccount(db, user.id, {
      name: "Card",
      type: "credit_card",
      currency: "USD",
    });
    const rows = Array.from({ length: 500 }, (_, i) => ({
      externalId: `c${i}`,
      postedOn: `2026-0${1 + (i % 9)}-1${i % 10}`,
      amount: -100 - i,
      description: `STARBUCKS STORE ${i % 40}`,
    }));
    const work: Promise<{ status: number }>[] = [];
    for (let i = 0; i < 20; i++) {
      work.push(
        call(signup, { body: { email: `crowd-${i}@example.com`, password: "correct horse battery" } }),
      );
      work.push(call(getMe, { token }));
      work.push(call(listTransactions, { token, path: "/api/v1/transactions?limit=20" }));
    }
    const importing = importTransactions(
      db,
      { userId: user.id, accountId: account.id, currency: "USD", syncId: null },
      rows,
      { batchSize: 50 },
    );
    const [responses, inserted] = await Promise.all([Promise.all(work), importing]);
    expect(responses.map((response) => response.status).filter((status) => status >= 400)).toEqual([]);
    expect(inserted?.imported).toBe(500);
  });
});
