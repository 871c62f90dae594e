import { describe, expect, it } from "vitest";
import { escapeFormula, exportRow } from "@/server/transactions/export";
import type { TransactionRow } from "@/server/transactions/list";

const row = (overrides: Partial<TransactionRow>): TransactionRow => ({
  id: "8f14e45f-ceea-4e67-a5d6-7c4f1e8b2a10",
  accountId: "c9f0f895-fb98-4b91-8d0c-7e1ad0d2d3a1",
  accountName: "Everyday checking",
  postedOn: "2026-03-07",
  description: "SQ *BLUE BOTTLE COFFEE",
  memo: null,
  merchant: "Blue Bottle Coffee",
  sellerKey: "blue-bottle-coffee",
  amount: "-4.50",
  currency: "USD",
  pending: false,
  categoryId: null,
  categoryName: "Coffee Shops",
  categorySource: "dictionary",
  categoryReason: "Known seller",
  ...overrides,
});

describe("CSV export rows", () => {
  it("writes Mint's columns: M/D/YYYY, the size of the amount, debit or credit; then the currency", () => {
    expect(exportRow(row({}))).toBe(
      "3/7/2026,Blue Bottle Coffee,SQ *BLUE BOTTLE COFFEE,4.50,debit,Coffee Shops,Everyday checking,,,USD",
    );
    expect(
      exportRow(row({ amount: "2500.00", categoryName: null, memo: "March pay", currency: "EUR" })),
    ).toBe(
      "3/7/2026,Blue Bottle Coffee,SQ *BLUE BOTTLE COFFEE,2500.00,credit,Uncategorized,Everyday checking,,March pay,EUR",
    );
  });

  it("keeps spreadsheet formulas from running: = + - @ tab and carriage return at the start become text", () => {
    for (const dangerous of ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1"]) {
      expect(escapeFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(escapeFormula("Blue Bottle")).toBe("Blue Bottle");
    expect(escapeFormula("a=b")).toBe("a=b");
    const line = exportRow(
      row({ description: '=HYPERLINK("http://evil")', merchant: "-10 OFF", memo: "@home" }),
    );
    expect(line).toBe(
      `3/7/2026,'-10 OFF,"'=HYPERLINK(""http://evil"")",4.50,debit,Coffee Shops,Everyday checking,,'@home,USD`,
    );
  });

  it("keeps a formula text when spaces or line breaks come before it, as spreadsheets skip them", () => {
    for (const dangerous of [" =1+1", "   +SUM(A1)", "\u00a0-2+3", " \t@cmd", "\n=1", "\r\n=1"]) {
      expect(escapeFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(escapeFormula("  Blue Bottle")).toBe("  Blue Bottle");
    const line = exportRow(row({ description: '  =HYPERLINK("http://evil")', memo: " @home" }));
    expect(line).toBe(
      `3/7/2026,Blue Bottle Coffee,"'  =HYPERLINK(""http://evil"")",4.50,debit,Coffee Shops,Everyday checking,,' @home,USD`,
    );
  });

  it("quotes commas, quotes and line breaks", () => {
    const line = exportRow(row({ memo: 'line one\nsaid "hi", left' }));
    expect(line.endsWith(`,"line one\nsaid ""hi"", left",USD`)).toBe(true);
  });
});
