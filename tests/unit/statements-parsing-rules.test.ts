import { describe, expect, it } from "vitest";
import { parseAmountText } from "@/server/statements/amounts";
import { parseCsv, previewCsv } from "@/server/statements/csv";
import { parseDateCell } from "@/server/statements/dates";
import {
  detectStatementFormat,
  MAX_STATEMENT_BYTES,
  parseStatementFile,
  UnsupportedStatementError,
} from "@/server/statements/parse-file";
import { parseQif } from "@/server/statements/qif";
import { StatementParseError } from "@/server/statements/types";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("amount cells", () => {
  it.each([
    ["-6.60", ".", -660],
    ["-$7,971.39", ".", -797139],
    ["- $220.00", ".", -22000],
    ["+ $1,150.00", ".", 115000],
    ["($1,936.76)", ".", -193676],
    ["$-5.00", ".", -500],
    ["12.50-", ".", -1250],
    ["1133.94", ".", 113394],
    ["-30.000", ".", -3000],
    ["+1,23", ",", 123],
    ["-1.001,00", ",", -100100],
    ["5.000,00", ",", 500000],
    ["76.77 EUR", ".", 7677],
  ] as const)("%s (decimal %s) is %i cents", (cell, separator, cents) => {
    expect(parseAmountText(cell, separator)).toBe(cents);
  });

  it.each([
    ["1,23", "."],
    ["12,3x", "."],
    ["abc", "."],
    ["1.2.3", ","],
  ] as const)("%s (decimal %s) is not an amount", (cell, separator) => {
    expect(parseAmountText(cell, separator)).toBeNull();
  });
});

describe("date cells", () => {
  it.each([
    ["3/27/2017", "MM/DD/YYYY", "2017-03-27", null],
    [" 12/01/2021", "MM/DD/YYYY", "2021-12-01", null],
    ["04/17/2023 as of 04/15/2023", "MM/DD/YYYY", "2023-04-17", "2023-04-15"],
    ["2017-04-25T03:15:53", "YYYY-MM-DD", "2017-04-25", null],
    ["2013-07-03-08.21.36.47192", "YYYY-MM-DD", "2013-07-03", null],
    ["28.06.2013 00:00:30:989", "DD.MM.YYYY", "2013-06-28", null],
    ["2025.12.04", "YYYY.MM.DD", "2025-12-04", null],
    ["12/19/18", "MM/DD/YYYY", "2018-12-19", null],
  ] as const)("%s as %s", (cell, format, postedOn, transactedOn) => {
    expect(parseDateCell(cell, format)).toEqual({ postedOn, transactedOn });
  });

  it.each([
    ["02/31/2023", "MM/DD/YYYY"],
    ["13/01/2023", "MM/DD/YYYY"],
    ["2023-01-05", "DD.MM.YYYY"],
    ["12/31/2021x", "MM/DD/YYYY"],
  ] as const)("%s is not a %s date", (cell, format) => {
    expect(parseDateCell(cell, format)).toBeNull();
  });
});

describe("CSV preview", () => {
  it("finds the header under a preamble, names the layout and samples the rows", () => {
    const text =
      "Transactions for Checking account as of 05/10/2023\n" +
      '"Date","Type","Check #","Description","Withdrawal (-)","Deposit (+)","RunningBalance"\n' +
      '"05/09/2023","","","GROCER","$13.00","",""\n';
    const preview = previewCsv(text);
    expect(preview).toMatchObject({ headerRow: 1, detectedLayout: "schwab-checking", delimiter: "," });
    expect(preview.columns[4]).toBe("Withdrawal (-)");
    expect(preview.sampleRows).toEqual([["05/09/2023", "", "", "GROCER", "$13.00", "", ""]]);
  });

  it("pre-fills a semicolon, decimal-comma file without a header", () => {
    const preview = previewCsv(
      "AT01;Miete Juni;01.06.2024;01.06.2024;-850,00;EUR\nAT01;Gehalt;28.06.2024;28.06.2024;2.400,00;EUR\n",
    );
    expect(preview.delimiter).toBe(";");
    expect(preview.columns).toEqual(["Column 1", "Column 2", "Column 3", "Column 4", "Column 5", "Column 6"]);
    expect(preview.mapping).toMatchObject({
      headerRow: null,
      date: 2,
      amount: 4,
      description: 1,
      dateFormat: "DD.MM.YYYY",
      decimalSeparator: ",",
    });
    expect(preview.detectedLayout).toBeNull();
  });

  it("refuses a mapping with both an amount column and debit/credit columns", () => {
    const mapping = {
      headerRow: 0,
      date: 0,
      description: 1,
      amount: 2,
      debit: 3,
      dateFormat: "MM/DD/YYYY",
      signConvention: "negative_is_out",
      decimalSeparator: ".",
    };
    expect(() => parseCsv("Date,Description,Amount,Debit\n01/02/2024,X,1.00,\n", { mapping })).toThrow(
      /not both/,
    );
  });

  it("refuses a type word that is neither debit nor credit, naming the line", () => {
    const text =
      '"Date","Description","Original Description","Amount","Transaction Type","Category","Account Name","Labels","Notes"\n' +
      '"1/2/2024","A","A","5.00","debit","","Card","",""\n"1/3/2024","B","B","5.00","refund?","","Card","",""\n';
    expect(() => parseCsv(text)).toThrow('Line 3: the type "refund?" is neither debit nor credit');
  });
});

describe("QIF rules", () => {
  it("refuses a file whose dates contradict each other's day/month order", () => {
    const text = "!Type:Bank\nD13/01/2024\nT-1.00\n^\nD01/14/2024\nT-2.00\n^\n";
    expect(() => parseQif(text)).toThrow(/Line 5: the date "01\/14\/2024" contradicts/);
  });

  it("refuses a record without a date, naming its line", () => {
    expect(() => parseQif("!Type:Bank\nPNo date here\nT-1.00\n^\n")).toThrow(
      "Line 2: the transaction has no date (D line)",
    );
  });

  it("takes U when T is missing and ignores cleared flags and unknown fields", () => {
    const statement = parseQif(
      "!Type:CCard\r\nD1/2/2024\r\nU-1,234.56\r\nC*\r\nXsomething\r\nPShop\r\n^\r\n",
    );
    expect(statement.accounts[0]).toMatchObject({ type: "credit_card" });
    expect(statement.accounts[0]?.transactions[0]).toMatchObject({ amount: -123456, postedOn: "2024-01-02" });
  });
});

describe("file dispatch", () => {
  it("reads OFX by content even when named .txt", () => {
    const ofx =
      "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240102<TRNAMT>-9.99<FITID>A1<NAME>SHOP</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    expect(detectStatementFormat(ofx, "download.txt")).toBe("ofx");
    const statement = parseStatementFile({ bytes: bytes(ofx), filename: "download.txt" });
    expect(statement.format).toBe("ofx");
    expect(statement.accounts[0]?.transactions[0]).toMatchObject({ amount: -999, postedOn: "2024-01-02" });
  });

  it("reads QIF by content whatever the extension", () => {
    expect(detectStatementFormat("\n!Type:Bank\nD1/2/2024\nT-1\n^\n", "export.dat")).toBe("qif");
  });

  it.each([
    [
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.056.001.01"><FIToFIPmtCxlReq/></Document>',
      "cancellation.xml",
    ],
    ["%PDF-1.7 binary", "statement.pdf"],
  ])("refuses %s with UnsupportedStatementError", (text, filename) => {
    expect(() => parseStatementFile({ bytes: bytes(text), filename })).toThrow(UnsupportedStatementError);
  });

  it("reads CAMT and MT940 by content whatever the extension", () => {
    const camt =
      '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><BkToCstmrStmt><Stmt><Id>1</Id><Acct><Id><IBAN>DE1</IBAN></Id></Acct><Ntry><Amt Ccy="EUR">12.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2024-01-02</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>';
    expect(
      parseStatementFile({ bytes: bytes(camt), filename: "download" }).accounts[0]?.transactions[0],
    ).toMatchObject({ amount: -1250, postedOn: "2024-01-02" });
    const mt940 = ":20:REF\n:25:ACCOUNT\n:61:2401020102D12,50NTRFNONREF\n:62F:D240102EUR12,50\n";
    expect(
      parseStatementFile({ bytes: bytes(mt940), filename: "a.txt" }).accounts[0]?.transactions[0],
    ).toMatchObject({
      amount: -1250,
      postedOn: "2024-01-02",
    });
  });

  it("refuses an MT940 file cut off before its closing balance, rather than importing part of it", () => {
    const cut = "{1:F01BANK}{2:I940BANK}{4:\n:20:REF\n:25:ACCOUNT\n:61:2401020102D12,50NTRFNONREF\n";
    expect(() => parseStatementFile({ bytes: bytes(cut), filename: "statement.sta" })).toThrow(
      /statement REF has no closing balance/,
    );
  });

  it("refuses a file over the size limit before reading it", () => {
    const big = new Uint8Array(MAX_STATEMENT_BYTES + 1);
    expect(() => parseStatementFile({ bytes: big, filename: "big.csv" })).toThrow(StatementParseError);
  });

  it("passes the user's CSV mapping through", () => {
    const mapping = {
      headerRow: 0,
      date: 0,
      description: 1,
      amount: 2,
      dateFormat: "YYYY-MM-DD",
      signConvention: "positive_is_out",
      decimalSeparator: ".",
    };
    const statement = parseStatementFile({
      bytes: bytes("When,What,How much\n2024-03-01,Rent,900.00\n"),
      filename: "x.csv",
      csvMapping: mapping,
    });
    expect(statement.accounts[0]?.transactions[0]).toMatchObject({
      amount: -90000,
      description: "Rent",
      postedOn: "2024-03-01",
    });
  });
});
