import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { invalidInput } from "@/server/errors";
import { profileInput } from "@/server/identity/schemas";
import { transactionFilterQuery } from "@/server/transactions/inputs";

const messageFor = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a validation failure");
  return invalidInput(result.error);
};

describe("validation messages in words a person uses", () => {
  it("names what is wrong without field names, codes or paths", () => {
    const error = messageFor(profileInput, { monthly_income: "lots", notify_thresholds: [80, 100, 900] });
    expect(error.message).not.toMatch(/monthly_income|notify_thresholds|\.2|_/);
    expect(error.message).toMatch(/^2 things need another look\. The monthly income must be an amount/);
    expect(error.message).toMatch(/The alert percentages must be at most 500%\./);
    // The API still says which fields, for programs.
    expect(Object.keys(error.options.fields ?? {}).sort()).toEqual(["monthly_income", "notify_thresholds.2"]);
  });

  it("reads one problem as one sentence", () => {
    const error = messageFor(transactionFilterQuery, { from: "2026-03-31", to: "2026-03-01" });
    expect(error.message).toBe("The end date must be on or after the start date.");
  });

  it("refuses an income below the cent instead of rounding it", () => {
    const error = messageFor(profileInput, { monthly_income: "4200.005" });
    expect(error.message).toBe("The monthly income must have at most two decimal places.");
    expect(profileInput.parse({ monthly_income: "4200.000" })).toMatchObject({ monthly_income: "4200.00" });
    expect(profileInput.parse({ monthly_income: 4200.5 })).toMatchObject({ monthly_income: "4200.50" });
  });
});
