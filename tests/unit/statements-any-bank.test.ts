import { describe, expect, it } from "vitest";
import { parseCsv, previewCsv } from "@/server/statements/csv";
import { type ParsedTransaction, StatementNeedsAnswerError } from "@/server/statements/types";
import { only, parse, refusal } from "../support/statement-fixtures";

// CSV exports from banks Tally has no layout for, in the six languages it reads, each with the quirk it is
// here for. Every file is read with no column mapping, as a user's first upload would be.

const byText = (rows: ParsedTransaction[], text: string) => {
  const found = rows.find((row) => row.description.includes(text));
  if (!found) throw new Error(`no row with "${text}" in ${rows.map((r) => r.description).join(" | ")}`);
  return found;
};

describe("CSV from banks Tally does not know", () => {
  it("reads an English file with month names, £ amounts, paid out / paid in columns and a balance", () => {
    const statement = parse("csv/tally-uk-month-names.csv", { accountType: "checking" });
    const rows = only(statement);
    expect(rows.map((r) => [r.postedOn, r.amount])).toEqual([
      ["2024-05-06", -450],
      ["2024-05-03", 200000],
      ["2024-05-01", -12000],
    ]);
    expect(statement.accounts[0]).toMatchObject({
      currency: "GBP",
      balance: 123456,
      balanceAsOf: "2024-05-06",
    });
  });

  it("reads a German savings-bank file: two-digit years, the payee column, a pending row, the account number", () => {
    const statement = parse("csv/tally-de-sparkasse.csv", { accountType: "checking" });
    const rows = only(statement);
    expect(statement.accounts[0]).toMatchObject({ accountNumber: "DE02120300000000202051", currency: "EUR" });
    expect(byText(rows, "Bäckerei")).toMatchObject({ postedOn: "2024-03-28", amount: -480, pending: true });
    expect(byText(rows, "Beispiel GmbH")).toMatchObject({
      amount: 245000,
      pending: false,
      memo: "Gehalt März",
    });
    // No payee on the fee: the purpose text describes it instead.
    expect(rows.find((r) => r.amount === -495)?.description).toBe("Kontoführung");
  });

  it("reads German month abbreviations and S/H marks beside unsigned amounts", () => {
    const rows = only(parse("csv/tally-de-soll-haben-marks.csv", { accountType: "checking" }));
    expect(rows.map((r) => [r.postedOn, r.amount])).toEqual([
      ["2024-03-03", -2390],
      ["2024-03-05", 125000],
      ["2024-03-12", -6415],
    ]);
  });

  it("reads French month names, space thousands and Débit/Crédit words", () => {
    const rows = only(parse("csv/tally-fr-sens.csv", { accountType: "checking" }));
    expect(rows.map((r) => [r.postedOn, r.amount])).toEqual([
      ["2024-01-05", -420],
      ["2024-02-08", 185000],
      ["2024-02-12", -110000],
    ]);
  });

  it("reads a Dutch file with Af/Bij, YYYYMMDD dates and the currency named in the amount's header", () => {
    const statement = parse("csv/tally-nl-af-bij.csv", { accountType: "checking" });
    const rows = only(statement);
    expect(rows.map((r) => [r.postedOn, r.amount, r.description])).toEqual([
      ["2024-01-02", -2345, "Albert Heijn 1234"],
      ["2024-01-03", 210000, "Werkgever BV"],
      ["2024-01-05", -1260, "NS Reizigers"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ currency: "EUR", accountNumber: "NL20INGB0001234567" });
  });

  it("tells the sign of a Spanish file from its balance column, and keeps the latest balance", () => {
    const statement = parse("csv/tally-es-month-names.csv");
    const rows = only(statement);
    expect(rows.map((r) => [r.postedOn, r.amount])).toEqual([
      ["2024-01-05", -4530],
      ["2024-01-04", 25000],
      ["2024-01-02", -6000],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 120470, balanceAsOf: "2024-01-05" });
    expect(
      previewCsv("Fecha;Concepto;Importe;Saldo\n05-ene-2024;A;-1,00;9,00\n04-ene-2024;B;5,00;10,00\n")
        .signReason,
    ).toMatch(/Saldo/);
  });

  it("reads an Italian file with separate credit and debit columns and a not-yet-booked row", () => {
    const rows = only(parse("csv/tally-it-accrediti.csv", { accountType: "checking" }));
    expect(rows.map((r) => [r.postedOn, r.amount, r.pending])).toEqual([
      ["2024-03-15", -1840, true],
      ["2024-03-14", 190000, false],
      ["2024-03-13", -6210, false],
    ]);
  });

  it("reads headerless day-first dates by how close together they lie, and the sign from the balance", () => {
    const statement = parse("csv/tally-headerless-balance.csv");
    const rows = only(statement);
    expect(rows.map((r) => [r.postedOn, r.amount])).toEqual([
      ["2024-05-06", -1250],
      ["2024-05-07", 200000],
      ["2024-05-09", -8000],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 315456, balanceAsOf: "2024-05-09" });
  });
});

describe("columns that look alike", () => {
  it("takes the balance that moves with the amounts in the rows' own date order (opening and closing balances)", () => {
    const statement = parse("csv/tally-abn-headerless-tabs.csv");
    expect(only(statement).map((r) => [r.postedOn, r.amount])).toEqual([
      ["2024-05-06", -450],
      ["2024-05-07", 200000],
      ["2024-05-09", -6000],
    ]);
    expect(statement.accounts[0]).toMatchObject({
      accountNumber: "123456789",
      currency: "EUR",
      balance: 293550,
    });
  });

  it("names the payee of money out and the payer of money in when the file has both columns", () => {
    const rows = only(parse("csv/tally-dkb-giro-payer-payee.csv", { accountType: "checking" }));
    expect(rows.map((r) => [r.description, r.amount, r.pending])).toEqual([
      ["REWE Markt", -2310, true],
      ["Arbeitgeber GmbH", 200000, false],
      ["Bäckerei", -450, false],
    ]);
  });

  it("does not split a file by the counterparty's account number or a foreign amount's currency", () => {
    const statement = parse("csv/tally-n26-counterparty-accounts.csv", { accountType: "checking" });
    expect(statement.accounts).toHaveLength(1);
    expect(statement.accounts[0]).toMatchObject({ currency: "EUR", accountNumber: null });
    expect(statement.accounts[0]?.transactions.map((t) => t.amount)).toEqual([-450, 200000, -2310, -80000]);
  });

  it("does not take an 'account or card' column for a card export", () => {
    const rows = only(parse("csv/tally-it-conto-o-carta.csv", { accountType: "checking" }));
    expect(rows.map((r) => [r.description, r.amount, r.pending])).toEqual([
      ["BAR CENTRALE", -450, true],
      ["STIPENDIO", 200000, false],
      ["ENEL ENERGIA", -6000, false],
    ]);
  });
});

describe("numbers that are not amounts", () => {
  it("takes the column with cents and signs for the amount, not a row number beside it", () => {
    const text = "1,06/05/2024,COFFEE,-12.50\n2,07/05/2024,SALARY,2000.00\n3,09/05/2024,RENT,-800.00\n";
    const [account] = parseCsv(text, { accountType: "checking" }).accounts;
    expect(account?.transactions.map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-05-06", -1250],
      ["2024-05-07", 200000],
      ["2024-05-09", -80000],
    ]);
  });

  it("reads amounts a spreadsheet guarded with a leading apostrophe", () => {
    const text = "Date,Description,Amount\n2024-05-06,COFFEE,'-12.50\n2024-05-07,SALARY,'2000.00\n";
    const [account] = parseCsv(text, { accountType: "checking" }).accounts;
    expect(account?.transactions.map((t) => t.amount)).toEqual([-1250, 200000]);
  });
});

describe("amounts written as whole numbers", () => {
  it("reads dots before three digits as thousands when no amount has cents", () => {
    const statement = parseCsv("Datum;Text;Betrag\n01.03.2024;Miete;-1.200\n02.03.2024;Gehalt;3.500\n", {
      accountType: "checking",
    });
    expect(statement.accounts[0]?.transactions.map((t) => t.amount)).toEqual([-120000, 350000]);
  });
});

describe("card exports that mark only credits", () => {
  it("books unmarked amounts as purchases and CR amounts as payments and refunds", () => {
    const rows = only(parse("csv/tally-card-cr-marks.csv", { accountType: "credit_card" }));
    expect(rows.map((r) => r.amount)).toEqual([-650, 25000, -3899, 1200, -2130]);
  });

  it("does the same whatever account the file goes into: the marks say it", () => {
    const rows = only(parse("csv/tally-card-cr-marks.csv", { accountType: "checking" }));
    expect(rows.map((r) => r.amount)).toEqual([-650, 25000, -3899, 1200, -2130]);
  });

  it("books a '+' amount as a payment and unsigned ones as purchases", () => {
    const rows = only(parse("csv/tally-card-plus-credits.csv", { accountType: "credit_card" }));
    expect(rows.map((r) => r.amount)).toEqual([-800, 30000, -5421, -1599]);
  });

  it("follows a mapping that says credits are marked, against the detected convention", () => {
    const mapping = {
      headerRow: 0,
      date: 0,
      description: 1,
      amount: 2,
      dateFormat: "YYYY-MM-DD",
      decimalSeparator: ".",
      signConvention: "credits_marked",
    } as const;
    const rows = only(parse("csv/tally-card-plus-credits.csv", { csvMapping: mapping }));
    expect(rows.map((r) => r.amount)).toEqual([-800, 30000, -5421, -1599]);
  });
});

describe("pending, declined and currencies from the file", () => {
  it("imports a row without a posting date as pending on its transaction date", () => {
    const rows = only(parse("csv/tally-pending-empty-posting.csv", { accountType: "checking" }));
    expect(rows.map((r) => [r.postedOn, r.transactedOn, r.pending])).toEqual([
      ["2024-06-02", "2024-06-01", false],
      ["2024-06-03", null, true],
      ["2024-06-03", "2024-06-02", false],
    ]);
  });

  it("splits a multi-currency export into one account per currency, with each one's balance", () => {
    const statement = parse("csv/tally-revolut-currencies.csv", { accountType: "checking" });
    const [euros, pounds] = statement.accounts;
    expect(statement.accounts.map((a) => a.currency)).toEqual(["EUR", "GBP"]);
    expect(euros?.transactions.map((t) => [t.postedOn, t.amount, t.pending])).toEqual([
      ["2024-04-02", -540, false],
      ["2024-04-02", 10000, false],
      ["2024-04-03", -2300, true],
    ]);
    expect(euros).toMatchObject({ balance: 19460, balanceAsOf: "2024-04-02" });
    expect(pounds).toMatchObject({
      balance: 4580,
      transactions: [expect.objectContaining({ amount: -420 })],
    });
    // The reverted card payment moved no money: it is not imported, and the user is told.
    expect(statement.warnings.map((w) => w.message).join(" ")).toMatch(/1 declined or reverted/);
  });

  it("reads the category a bank gives each row as the bank's category, and none where it gives none", () => {
    const rows = only(parse("csv/tally-chase-credit-card.csv"));
    expect(rows.map((r) => r.bankCategory)).toEqual(["Food & Drink", undefined, "Travel"]);
  });

  it("reads a column of merchant category codes as the bank's category, never as money (Monobank's MCC)", () => {
    const rows = only(parse("csv/tally-ua-mcc-column.csv"));
    expect(rows.map((r) => [r.amount, r.bankCategory])).toEqual([
      [-41250, "5411"],
      [-18600, "5812"],
      [-800, "4111"],
      [2500000, "4829"],
    ]);
  });
});

describe("refusals name the line", () => {
  it("refuses a row without any date", () => {
    const error = refusal("csv/tally-refused-empty-date.csv", { accountType: "checking" });
    expect(error).toMatchObject({ line: 3, message: "Line 3: the transaction has no date" });
  });

  it("refuses an amount that does not fit Tally's amount column", () => {
    const error = refusal("csv/tally-refused-huge-amount.csv", { accountType: "checking" });
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/too large/);
  });

  it("asks instead of guessing when every amount is unsigned and the account is not a card", () => {
    const error = refusal("csv/tally-vanguard-two-tables.csv", { accountType: "savings" });
    expect(error).toBeInstanceOf(StatementNeedsAnswerError);
    expect(error.message).toMatch(/money out or money in/);
    const answered = only(
      parse("csv/tally-vanguard-two-tables.csv", { csvMapping: { signConvention: "negative_is_out" } }),
    );
    expect(answered.map((r) => r.amount)).toEqual([25000, 25000]);
  });
});
