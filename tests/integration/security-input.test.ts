import { beforeAll, describe, expect, it } from "vitest";
import { POST as createAccount } from "@/app/api/v1/accounts/route";
import { POST as linkConnection } from "@/app/api/v1/connections/route";
import { PATCH as patchMe } from "@/app/api/v1/me/route";
import { GET as notifications } from "@/app/api/v1/notifications/route";
import { POST as signup } from "@/app/api/v1/signup/route";
import { GET as spending } from "@/app/api/v1/spending/route";
import { GET as spendingTrend } from "@/app/api/v1/spending/trend/route";
import { POST as createTokenRoute } from "@/app/api/v1/tokens/route";
import { GET as transactions } from "@/app/api/v1/transactions/route";
import { calendarDate } from "@/lib/fields";
import { formObject } from "@/server/actions";
import { AppError } from "@/server/errors";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

// Issue 12, item 9: input the database cannot store comes back as a 400 naming the field, never a 500.

const password = "correct horse battery";
let token = "";

beforeAll(async () => {
  await useTestDatabase();
  await call(signup, { body: { email: "input@example.com", password } });
  const created = await call(createTokenRoute, { body: { email: "input@example.com", password } });
  token = created.body.token;
});

describe("bad input is a 400", () => {
  it("refuses a NUL byte or another control character in any name field", async () => {
    const profile = await call(patchMe, { method: "PATCH", token, body: { name: "Ann\u0000" } });
    expect(profile.status).toBe(400);
    expect(profile.body.error.fields).toHaveProperty("name");

    const account = await call(createAccount, { token, body: { name: "Savings\u0007", type: "savings" } });
    expect(account.status).toBe(400);
    expect(account.body.error.fields.name).toBe("must not contain control characters");

    const newUser = await call(signup, {
      body: { email: "nul@example.com", password, name: "x\u0000y" },
    });
    expect(newUser.status).toBe(400);

    // A NUL in a field no schema names is refused too, before it can reach a query.
    const search = await call(transactions, { token, path: "/api/v1/transactions?q=caf%00e" });
    expect(search.status).toBe(400);
    const signIn = await call(createTokenRoute, { body: { email: "input@example.com\u0000", password } });
    expect(signIn.status).toBe(400);
  });

  it("refuses a NUL byte in a form sent to a server action", () => {
    const form = new FormData();
    form.set("name", "Groceries\u0000");
    expect(() => formObject(form)).toThrow(AppError);
  });

  it("keeps money fields inside the range the database holds", async () => {
    const huge = await call(patchMe, {
      method: "PATCH",
      token,
      body: { monthly_income: "90000000000000.00" },
    });
    expect(huge.status).toBe(400);
    expect(huge.body.error.fields.monthly_income).toMatch(/at most 999999999999\.99/);
    const largest = await call(patchMe, {
      method: "PATCH",
      token,
      body: { monthly_income: "999999999999.99" },
    });
    expect(largest.status).toBe(200);
    expect(largest.body.monthly_income).toBe("999999999999.99");
  });

  it("refuses months and dates that are not on the calendar", async () => {
    for (const month of ["0000-01", "2026-13", "2026-00", "99999-01"]) {
      const response = await call(spending, { token, path: `/api/v1/spending?month=${month}` });
      expect(response.status, month).toBe(400);
      expect(response.body.error.fields.month).toBe("must be a month like 2026-03");
    }
    expect((await call(transactions, { token, path: "/api/v1/transactions?month=0000-01" })).status).toBe(
      400,
    );
    expect((await call(spending, { token, path: "/api/v1/spending?month=2026-02" })).status).toBe(200);

    expect(calendarDate.safeParse("2026-02-28").success).toBe(true);
    expect(calendarDate.safeParse("2024-02-29").success).toBe(true);
    for (const date of ["2026-02-30", "2026-04-31", "0000-01-01", "2026-1-01"]) {
      expect(calendarDate.safeParse(date).success, date).toBe(false);
    }
  });

  it("says in words what is wrong with a body that is not an object of fields", async () => {
    for (const rawBody of ["[1]", "null", '"Savings"', "42"]) {
      const response = await call(createAccount, { token, method: "POST", rawBody });
      expect(response.status, rawBody).toBe(400);
      expect(response.body.error.code).toBe("invalid_input");
      // Not the validation library's own wording ("Invalid input: expected object, received array").
      expect(response.body.error.message, rawBody).toBe(
        "The request body must be a JSON object of named fields, not a list, a single value or null.",
      );
    }
  });

  it("names the actual problem with a query value", async () => {
    // 1.5 is a number; what is wrong is that it is not a whole one.
    const trend = await call(spendingTrend, { token, path: "/api/v1/spending/trend?months=1.5" });
    expect(trend.status).toBe(400);
    expect(trend.body.error.fields.months).toBe("must be a whole number from 1 to 36");
    // A parameter is named as a person would say it, not by its raw key ("The unread must be …").
    const unread = await call(notifications, { token, path: "/api/v1/notifications?unread=yes" });
    expect(unread.status).toBe(400);
    expect(unread.body.error.message).toBe("The unread-only filter must be true or false.");
  });

  it("tells a bank link which fields it is missing, for either way of naming the bank", async () => {
    const link = (body: unknown) => call(linkConnection, { token, body });
    // Not "Invalid input.": the body fits neither form, so the closer one says what it lacks.
    const empty = await link({});
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual({
      institution_id: "is required",
      account_login: "is required",
      account_password: "is required",
    });
    const known = await link({ institution_id: "demo", account_login: "ann" });
    expect(known.body.error.fields).toEqual({ account_password: "is required" });
    const custom = await link({
      account_url: "https://ofx.example.com/",
      account_login: "ann",
      account_password: "secret",
    });
    expect(custom.status).toBe(400);
    expect(custom.body.error.message).toBe(
      "2 things need another look. The ORG is required. The FID is required.",
    );
    const list = await link([{ institution_id: "demo" }]);
    expect(list.status).toBe(400);
    expect(list.body.error.message).toBe(
      "The request body must be a JSON object of named fields, not a list, a single value or null.",
    );
  });

  it("quotes a field it does not take instead of calling it 'The emale'", async () => {
    const typo = await call(patchMe, { method: "PATCH", token, body: { emale: "ann@example.com" } });
    expect(typo.status).toBe(400);
    expect(typo.body.error.fields).toEqual({ emale: "is not a field this accepts" });
    expect(typo.body.error.message).toBe("“emale” is not a field this accepts.");
  });
});
