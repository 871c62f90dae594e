import { describe, expect, it } from "vitest";
import type { CsvMapping } from "@/server/statements/csv";
import { only, parse } from "../support/statement-fixtures";

const base = { signConvention: "negative_is_out", decimalSeparator: "." } as const;

describe("CSV with the user's column mapping", () => {
  it("reads Venmo's '- $18.50' amounts, ISO datetimes in mixed quoting and the ' ID' column", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 0,
      date: 1,
      description: 4,
      amount: 7,
      externalId: 0,
      dateFormat: "YYYY-MM-DD",
    };
    const rows = only(parse("csv/tally-venmo.csv", { csvMapping: mapping }));
    expect(rows.map((r) => r.amount)).toEqual([-1850, 115000, -625]);
    expect(rows[2]).toMatchObject({
      postedOn: "2024-02-05",
      externalId: "3333444455556666777",
      // The mapped Note is empty: the row's longest other text names it rather than "(no description)".
      description: "Merchant Transaction",
    });
  });

  it("reads a headerless Latin-1 file with ';', decimal commas, '+1,23' and '|' inside a field", () => {
    const mapping: CsvMapping = {
      headerRow: null,
      date: 2,
      transactionDate: 3,
      description: 1,
      amount: 4,
      dateFormat: "DD.MM.YYYY",
      signConvention: "negative_is_out",
      decimalSeparator: ",",
      currency: "EUR",
    };
    const statement = parse("csv/tally-austrian-no-header.csv", { csvMapping: mapping });
    const rows = only(statement);
    expect(rows.map((r) => r.amount)).toEqual([123, -100100, -1461]);
    expect(rows[1]?.description).toMatch(/^Großeinkauf Müller/);
    expect(rows[1]).toMatchObject({ postedOn: "2024-01-05", transactedOn: "2024-01-04" });
    expect(rows[2]?.description).toBe("Card|GBP 12,50|998877665544");
    expect(statement.accounts[0]?.currency).toBe("EUR");
  });

  it("combines Soll and Haben columns into signed amounts", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 0,
      date: 2,
      description: 1,
      debit: 4,
      credit: 5,
      dateFormat: "DD.MM.YYYY",
      decimalSeparator: ",",
    };
    const rows = only(parse("csv/tally-soll-haben.csv", { csvMapping: mapping }));
    expect(rows.map((r) => [r.description, r.amount])).toEqual([
      ["Habenzinsen", 321],
      ["Auszahlung Bankomat", -150000],
      ["Prämie Example", 1000],
    ]);
  });

  it("starts a DKB file at the mapped header, past its key/value preamble", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 7,
      date: 1,
      transactionDate: 2,
      description: 3,
      amount: 4,
      dateFormat: "DD.MM.YYYY",
      decimalSeparator: ",",
    };
    const rows = only(parse("csv/tally-dkb-preamble.csv", { csvMapping: mapping }));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      postedOn: "2024-01-29",
      transactedOn: "2024-01-27",
      amount: -6540,
      description: "EXAMPLE TANKSTELLE",
    });
  });

  it("reads the second table of a Vanguard file when the mapping points at its header", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 3,
      date: 1,
      description: 4,
      amount: 9,
      dateFormat: "MM/DD/YYYY",
    };
    const rows = only(parse("csv/tally-vanguard-two-tables.csv", { csvMapping: mapping }));
    expect(rows.map((r) => [r.postedOn, r.amount])).toEqual([
      ["2024-02-28", 25000],
      ["2024-01-31", 25000],
    ]);
  });

  it("stops quietly at '***END OF FILE***'", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 0,
      date: 0,
      description: 2,
      amount: 7,
      externalId: 1,
      dateFormat: "MM/DD/YYYY",
    };
    const rows = only(parse("csv/tally-td-end-of-file.csv", { csvMapping: mapping }));
    expect(rows.map((r) => r.amount)).toEqual([200000, -55100]);
  });

  it("reads accounting parentheses as money out", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 0,
      date: 0,
      description: 1,
      amount: 2,
      dateFormat: "YYYY-MM-DD",
    };
    const rows = only(parse("csv/tally-parentheses.csv", { csvMapping: mapping }));
    expect(rows.map((r) => r.amount)).toEqual([-30000, 4, -193676]);
  });

  it("flips every amount under the positive-is-out convention", () => {
    const mapping: CsvMapping = {
      ...base,
      headerRow: 0,
      date: 0,
      description: 1,
      amount: 2,
      dateFormat: "YYYY.MM.DD",
      signConvention: "positive_is_out",
    };
    const rows = only(parse("csv/actual-windows-1252.csv", { csvMapping: mapping }));
    expect(rows.map((r) => r.amount)).toEqual([-10025, 4210]);
  });
});
