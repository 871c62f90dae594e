import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { StatementParseError } from "@/server/statements/types";
import { parse } from "../support/statement-fixtures";

const read = (text: string) =>
  parseStatementFile({ bytes: new TextEncoder().encode(text), filename: "statement.sta" });

describe("MT940 statements", () => {
  const statement = parse("mt940/tally-mt940-german.sta");
  const [giro, dollars] = statement.accounts;

  it("reads the statements of one account as one account, each account with its latest closing balance", () => {
    expect(statement.format).toBe("mt940");
    expect(statement.accounts.map((a) => [a.accountNumber, a.currency, a.balance, a.balanceAsOf])).toEqual([
      ["10020030/1234567890", "EUR", 348750, "2026-01-05"],
      ["DE44500105175407324931", "USD", -10000, "2026-01-04"],
    ]);
  });

  it("reads each statement line with its booking date, signed cents and a readable description", () => {
    expect(giro?.transactions.map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      // German ?-subfields over three lines, cut mid-word: the SEPA purpose (SVWZ+) and the name (?32 + ?33).
      ["2025-12-30", -4590, "Telefonica Germany GmbH + Co. OHG – Mobilfunk Dezember 2025 Kundennr 0815"],
      // Valued 31 December, booked 2 January: the booking date takes the next year.
      ["2026-01-02", 250000, "ACME GMBH – Gehalt Dezember 2025"],
      // RD: the reversal of a debit, money back in.
      ["2026-01-02", 4590, "Telefonica Germany GmbH + Co. OHG – Mobilfunk Dezember 2025"],
      // Free text over two lines.
      ["2026-01-05", -1250, "Baeckerei Huber sagt danke Filiale Marienplatz"],
    ]);
    expect(dollars?.transactions.map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2026-01-03", 2000, "J. Janssen – Terugbetaling lunch"],
      // RC: the reversal of a credit, money back out.
      ["2026-01-04", -2000, "J. Janssen – Storno lunch"],
    ]);
    expect(statement.warnings).toEqual([]);
  });

  it("keeps the value date and the bank's booking text beside them", () => {
    expect(giro?.transactions[1]).toMatchObject({
      transactedOn: "2025-12-31",
      memo: "Gehalt Dezember 2025 – SEPA-GUTSCHRIFT",
    });
    expect(giro?.transactions[0]?.transactedOn).toBeNull();
    // MT940 references are not unique: every row is fingerprinted.
    expect(statement.accounts.flatMap((a) => a.transactions.map((t) => t.externalId))).toEqual(
      Array(6).fill(null),
    );
  });

  it("reads a line the bank ended short as ending between words, and one cut at the wrap width as running on", () => {
    const text = [
      ":20:REF",
      ":25:PL00000000000000000000000000",
      ":60F:C260101PLN100,",
      ":61:2601100110DN12,30NTRFNONREF",
      // The first line is cut mid-number at the bank's width; the second ends where the name's first line does.
      ":86:>20usluga biurowa 2026/01>3100000000000000000",
      "000000000>32KELDORA GROUP",
      "UL. ZORVEX 3",
      ":62F:C260110PLN87,70",
      "-",
    ].join("\n");
    const [account] = read(text).accounts;
    expect(account?.transactions[0]?.description).toBe("KELDORA GROUP UL. ZORVEX 3 – usluga biurowa 2026/01");
  });

  it("reads the SWIFT envelope and a second line of supplementary details", () => {
    const text = [
      "{1:F01BANKDEFFAXXX0000000000}{2:I940BANKDEFFXXXXN}{4:",
      ":20:REF",
      ":25:DE89370400440532013000",
      ":60F:C260101EUR0,",
      ":61:260102D3,NMSCNONREF//BANK-1",
      "Kartenzahlung Kiosk",
      ":62F:D260102EUR3,00",
      "-}{5:{CHK:123456789ABC}}",
    ].join("\n");
    const [account] = read(text).accounts;
    expect(account?.transactions).toMatchObject([
      { postedOn: "2026-01-02", amount: -300, description: "Kartenzahlung Kiosk" },
    ]);
    expect(account?.balance).toBe(-300);
  });

  it("reads the next message opened on the closing line, as PostFinance writes it ('-}{1:…}{2:…}{4:')", () => {
    const header = "{1:F01POFICHBEAXXX0000000000}{2:I940XXXXXXXXXXXXN}{3:{108:260102CH00000000}}{4:";
    const text = [
      header,
      ":20:20260102000001",
      ":25:123456789",
      ":28C:1/1",
      ":60F:C251231CHF0,",
      ":61:2601020102C79,7FMSC01916//NONREF",
      ":86:GIRO AUS ONLINE-SIC 00000 AUFTRAGGEBER: KELDORA AG",
      ":62M:C260102CHF79,7",
      `-}${header}`,
      ":20:20260102000002",
      ":25:123456789",
      ":28C:1/2",
      ":60M:C260102CHF79,7",
      ":61:2601030103D9,9FMSC01916//NONREF",
      ":86:EINZAHLUNGSSCHEIN",
      ":62F:C260103CHF69,8",
      "-}{5:{MAC:00000000}{CHK:000000000000}}",
    ].join("\n");
    const statement = read(text);
    expect(statement.accounts.map((a) => [a.currency, a.balance])).toEqual([["CHF", 6980]]);
    expect(statement.accounts[0]?.transactions.map((t) => [t.postedOn, t.amount])).toEqual([
      ["2026-01-02", 7970],
      ["2026-01-03", -990],
    ]);
    expect(statement.warnings).toEqual([]);
  });

  it("tells the user when the lines do not add up to the closing balance", () => {
    const text = ":20:REF\n:25:1\n:60F:C260101EUR10,00\n:61:260102D3,00NMSCNONREF\n:62F:C260102EUR8,00\n";
    expect(read(text).warnings.map((w) => w.message)).toEqual([
      "In statement REF the balance goes from 10.00 to 8.00, but its entries add up to -3.00; compare the imported transactions with the statement.",
    ]);
  });
});

describe("MT940 files that cannot be imported exactly are refused whole", () => {
  const refusal = (text: string) => {
    try {
      read(text);
    } catch (error) {
      expect(error).toBeInstanceOf(StatementParseError);
      return (error as Error).message;
    }
    throw new Error("the file was read");
  };
  const statementWith = (line: string) =>
    `:20:REF\n:25:1\n:60F:C260101EUR10,00\n:61:260102D1,00NMSCNONREF\n:61:${line}\n:62F:C260102EUR8,00\n`;

  it.each([
    [
      "an amount that is not a number",
      "260102D1,2,3NMSCNONREF",
      /^Line 5: the transaction has an amount that is not a number in cents: "1,2,3"/,
    ],
    [
      "a fraction of a cent",
      "260102D1,005NMSCNONREF",
      /^Line 5: the transaction has an amount with more than two decimals: "1,005" .*would have to round it\. Nothing from the file was imported\./,
    ],
    [
      // Not 30 February: German banks date a quarter's closing so, and it reads as the month's last day.
      "a date that does not exist",
      "260232D1,00NMSCNONREF",
      /^Line 5: the transaction has a value date that is not a real date: "260232"/,
    ],
    [
      "a line that is not a statement line",
      "yesterday 12 euros",
      /^Line 5: the transaction line "yesterday 12 euros" cannot be read/,
    ],
  ])("refuses %s, with its line", (_what, line, message) => {
    expect(refusal(statementWith(line))).toMatch(message);
  });

  it("refuses a file cut off before its closing balance", () => {
    const cut = ":20:REF\n:25:1\n:60F:C260101EUR10,00\n:61:260102D1,00NMSCNONREF\n:86:Kiosk\n";
    expect(refusal(cut)).toMatch(
      /^Line 1: statement REF has no closing balance \(:62F:\), so the file may have been cut off/,
    );
  });

  it("refuses a balance too large to keep", () => {
    expect(refusal(":20:REF\n:25:1\n:62F:C260102EUR1000000000000,00\n")).toMatch(
      /^Line 3: the balance "C260102EUR1000000000000,00" is too large to keep/,
    );
  });

  it("refuses a balance it cannot read", () => {
    expect(refusal(":20:REF\n:25:1\n:62F:C260102EUR8.00\n")).toMatch(
      /^Line 3: the balance "C260102EUR8.00" cannot be read/,
    );
  });
});
