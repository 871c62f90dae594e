import { describe, expect, it } from "vitest";
import { defaultCategoryId } from "@/db/seed/categories";
import { planCategorization } from "@/server/categorize/assign";
import { type CategorizeContext, categorizeBatch, categorizeTransaction } from "@/server/categorize/engine";
import type { ParsedTransaction } from "@/server/statements/types";
import { slugContext } from "../support/categorize-context";

// Amounts are cents from the account holder's side: negative is money out (server/statements/types.ts).

const context = (overrides: Partial<CategorizeContext<string>> = {}) =>
  slugContext({ countries: ["de", "nl", "fr", "se", "us", "gb"], ...overrides });

const categoryOf = (description: string, amount?: number) =>
  categorizeTransaction({ description, amount }, context()).categoryId;

describe("money in from a seller filed under spending", () => {
  it.each([
    // Sick pay from a German health insurer, in a word banks print for it.
    ["TK TECHNIKER KRANKENKASSE KRANKENGELD", "income"],
    ["AOK BAYERN KRANKENGELD 01.03-31.03", "income"],
    // Dutch, French, Swedish sick pay; an English one.
    ["ZILVEREN KRUIS ZIEKENGELD", "income"],
    ["CPAM INDEMNITES JOURNALIERES", "income"],
    ["MGEN INDEMNITES JOURNALIERES", "income"],
    ["SKANDIA SJUKPENNING", "income"],
    ["ACME LTD STATUTORY SICK PAY", "income"],
    // A pension from an insurer filed under spending.
    ["HUK COBURG ALTERSRENTE", "income"],
  ])("%s paid in is income", (description, slug) => {
    expect(categoryOf(description, 12_000)).toBe(slug);
  });

  it("a tax refund from the tax office is a refund, not a tax payment", () => {
    expect(categoryOf("FINANZAMT STEUERERSTATTUNG", 50_000)).toBe("income.refund-reimbursement");
    // Paid back, it is a tax payment.
    expect(categoryOf("FINANZAMT STEUERERSTATTUNG", -50_000)).toBe("taxes.federal-tax");
  });

  // A US state's tax office pays refunds by ACH, its name in the company field and what it paid in the purpose (DES:).
  it.each([
    "NYS DTF PIT DES:TAX REFUND ID:XXXXX INDN:JANE ROE CO ID:XXXXX PPD",
    "STATE OF GA DES:TAX REFUND",
    "COMPTROLLER OF MD DES:TAX REFUND",
    // However weak the purpose's word: it says what the payment was, the payee's name only who paid.
    "MN DEPT OF REVENUE DES:MN REFUND",
    // California's and New Jersey's codes for a state tax refund.
    "FRANCHISE TAX BD DES:CASTTAXRFD",
    "STATE OF NJ DES:NJSTTAXRFD",
  ])("%s paid in is a refund, not a tax", (description) => {
    expect(categoryOf(description, 31_200)).toBe("income.refund-reimbursement");
    expect(categoryOf(description.replace(/DES:.*/, "DES:TAX PYMT"), -31_200)).toMatch(/^taxes/);
  });

  it("a state paying the holder's pay is a paycheck, by the purpose", () => {
    expect(categoryOf("STATE OF GA DES:PAYROLL", 250_000)).toBe("income.paycheck");
  });
});

describe("money in from a shop against an invoice", () => {
  // A shop paying the holder's invoice buys from the holder: it is no purchase returned, so it does not net against
  // the shop's category. Without the invoice a shop's credit is a refund, and nets as before.
  it("is not the shop's category", () => {
    expect(categoryOf("STARBUCKS INV 0042", 5_000)).toBeNull();
    expect(categoryOf("STARBUCKS INVOICE 4471", 5_000)).toBeNull();
  });

  it("leaves a shop's refund and a paid invoice of the shop's own as they were", () => {
    expect(categoryOf("STARBUCKS", 5_000)).toBe("food-dining.coffee-shops");
    expect(categoryOf("STARBUCKS INVOICE 4471", -5_000)).toBe("food-dining.coffee-shops");
  });
});

describe("money out with words for money in", () => {
  it.each([
    "STARBUCKS SALARY ADVANCE REPAYMENT",
    "PAYROLL DEDUCTION",
    "TK TECHNIKER KRANKENKASSE KRANKENGELD RUECKFORDERUNG",
    "Lohn September 2020",
    "SALAIRE AVANCE REMBOURSEMENT",
    "NOMINA ANTICIPO DEVOLUCION",
    "BARMER ERSTATTUNG",
    "ZALANDO RETOURE",
  ])("%s paid out is not income, nor the seller's usual category", (description) => {
    expect(categoryOf(description, -5_000)).toBeNull();
  });

  it("an insurer's reimbursement of a bill is one when paid in, and not income when paid back", () => {
    expect(categoryOf("BARMER ERSTATTUNG", 3_000)).toBe("income.refund-reimbursement");
    expect(categoryOf("BARMER ERSTATTUNG", -3_000)).toBeNull();
  });

  it("a payroll provider or a named deposit paid out is not income", () => {
    // ADP is filed under Paycheck for the pay it sends; money sent to it is its fee or the payroll it runs.
    expect(categoryOf("ADP PAYROLL", -100_000)).toBeNull();
    expect(categoryOf("ADP PAYROLL", 100_000)).toBe("income.paycheck");
    expect(categoryOf("ELECTRONIC DEPOSIT ACME INC", -100)).toBeNull();
    expect(categoryOf("ELECTRONIC DEPOSIT ACME INC", 100)).toBe("income");
    // A wallet's name outranks the payroll wording whichever way the money moved.
    expect(categoryOf("DIRECT DEPOSIT APPLE CASH", -100)).toBe("transfer.transfer");
  });

  it("a bank category for income does not make money out income", () => {
    expect(
      categorizeTransaction({ description: "XJQ 4471", bankCategory: "Income", amount: -2_500 }, context())
        .categoryId,
    ).toBeNull();
    expect(
      categorizeTransaction({ description: "XJQ 4471", bankCategory: "Income", amount: 2_500 }, context())
        .categoryId,
    ).toBe("income"); // Income, not Paycheck: the label does not say it was pay.
  });

  it("the user's own rule still decides", () => {
    const ctx = context({ userRules: new Map([["adp", "business-services"]]) });
    expect(categorizeTransaction({ description: "ADP PAYROLL", amount: -100_000 }, ctx).categoryId).toBe(
      "business-services",
    );
    expect(
      categorizeTransaction({ description: "STARBUCKS SALARY ADVANCE REPAYMENT", amount: -5_000 }, ctx),
    ).toMatchObject({
      categoryId: null,
    });
  });
});

describe("rows without an amount read as before", () => {
  it("words for money in still decide", () => {
    expect(categoryOf("ACME CORP PAYROLL")).toBe("income.paycheck");
    expect(categoryOf("TK TECHNIKER KRANKENKASSE KRANKENGELD")).toBe("income");
  });
});

describe("categorizeBatch", () => {
  it("reads the same text paid in and paid out as two questions", () => {
    const results = categorizeBatch(
      [
        { description: "TK TECHNIKER KRANKENKASSE KRANKENGELD", amount: 12_000 },
        { description: "TK TECHNIKER KRANKENKASSE KRANKENGELD", amount: -12_000 },
        { description: "TK TECHNIKER KRANKENKASSE KRANKENGELD", amount: 9_000 },
      ],
      context(),
    );
    expect(results.map((r) => r.categoryId)).toEqual(["income", null, "income"]);
  });
});

describe("a statement import", () => {
  const row = (description: string, amount: number): ParsedTransaction => ({
    externalId: null,
    postedOn: "2026-03-31",
    amount,
    description,
  });

  // A shop's credit with no word for income (a refund) keeps the seller's category, as before: it nets against that
  // category's spending. An insurer's credit is a claim or a cost paid back, filed as a reimbursement: what it pays
  // back was spent elsewhere (at the doctor's), so it does not net against the premiums.
  it("files a health insurer's sick pay as income, its premium as Health Insurance and its credit as a reimbursement", () => {
    const plan = planCategorization(
      "00000000-0000-0000-0000-000000000001",
      [
        row("TK TECHNIKER KRANKENKASSE KRANKENGELD", 180_000),
        row("TECHNIKER KRANKENKASSE BEITRAG", -21_000),
        row("TECHNIKER KRANKENKASSE", 4_000),
        row("AMAZON REFUND", 2_000),
        row("STARBUCKS SALARY ADVANCE REPAYMENT", -5_000),
      ],
      { currency: "EUR" },
    );
    expect(plan.finish([]).map((r) => r.categoryId)).toEqual([
      defaultCategoryId("income"),
      defaultCategoryId("health-fitness.health-insurance"),
      defaultCategoryId("income.refund-reimbursement"),
      defaultCategoryId("shopping.general-merchandise"),
      null,
    ]);
  });
});

describe("a card processor's payout", () => {
  // Stripe and Square pay a seller's takings into the bank: on the seller's statement that is income, not a move
  // between their own accounts. A debit from the processor says nothing of what it was for.
  it.each([
    "STRIPE TRANSFER ST-K8Q2W7L1",
    "ORIG CO NAME:STRIPE           CO ENTRY DESCR:TRANSFER   SEC:CCD IND ID:ST-Q4R8",
    "STRIPE PAYMENTS EUROPE LTD",
    "SQUARE INC TRANSFER 260314",
  ])("%s paid in is income", (description) => {
    expect(categoryOf(description, 48_210)).toBe("income");
  });

  it("money out to the processor is not income", () => {
    expect(categoryOf("STRIPE TRANSFER ST-K8Q2W7L1", -1_083)).not.toBe("income");
    expect(categoryOf("STRIPE ATLAS", -50_000)).toBe("business-services.legal");
  });
});

describe("a company paying the holder by transfer", () => {
  // A transfer in from a company (its name ends in a legal form) is pay, a client's payment or a refund: income. From
  // a person, or out of the account, it stays a transfer or undecided. Invented names throughout.
  it.each([
    "SEPA-UEBERWEISUNG ZORVEX GMBH LOHN 03/2026",
    "OVERBOEKING ZORVEX BV",
    "BONIFICO ZORVEX SRL",
    "TRANSFER FROM ZORVEX INC",
    "Pix recebido de ZORVEX SERVICOS LTDA",
    "Transferencia recebida: 230 2159 ZORVEX SEGUROS S.A.",
    "TRANSFERENCIA PIX REM: ZORVEX SEGUROS S A       85/08",
    "RECEBIMENTO FORNECEDOR ZORVEX SEGUROS S/A",
  ])("%s paid in is income", (description) => {
    expect(categoryOf(description, 250_000)).toMatch(/^income/);
  });

  it.each(["SEPA-UEBERWEISUNG MAX MUSTERMANN", "Pix recebido de JOAO SILVA", "TRANSFER FROM SAVINGS"])(
    "%s, from a person or the holder, is not income",
    (description) => {
      expect(categoryOf(description, 250_000) ?? "").not.toMatch(/^income/);
    },
  );

  it("the same transfer paid out is no income", () => {
    expect(categoryOf("TRANSFER FROM ZORVEX INC", -250_000)).toBe("transfer.transfer");
  });

  it("a company named with a transfer word keeps its name", () => {
    expect(categoryOf("TRANSFER SOLUTIONS BV", 250_000)).toBeNull();
    expect(categoryOf("NORDIC TRANSFER PARTNERS GMBH", 250_000)).toBeNull();
  });
});

describe("the provenance line names the payer, not the bank's wording", () => {
  const reasonOf = (description: string) =>
    categorizeTransaction({ description, amount: 250_000 }, context()).reason;

  it.each([
    ["ELECTRONIC DEPOSIT ZORVEX INC", "A payment from Zorvex Inc"],
    ["DEPOSIT FROM ZORVEX", "A deposit from Zorvex"],
    ["Pix recebido de ZORVEX SERVICOS LTDA", "A payment from Zorvex Servicos Ltda"],
  ])("%s: %s", (description, reason) => {
    expect(reasonOf(description)).toBe(reason);
  });
});
