import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { parseStatementFile, UnsupportedStatementError } from "@/server/statements/parse-file";
import type { ParsedTransaction } from "@/server/statements/types";
import { readUploadedStatement } from "@/server/statements/upload";
import { only, parse } from "../support/statement-fixtures";

// The second round of real-world statement quirks. Every fixture here is our own file with invented rows
// (tests/fixtures/statements/NOTICE-csv-qif.md): ASN Bank's headerless export follows ASN's published layout,
// the Lithuanian file is written in windows-1257, the two PDF texts are what pdftotext makes of a statement.

const rows = (transactions: ParsedTransaction[]) =>
  transactions.map((t) => [t.postedOn, t.amount, t.description]);

const file = (text: string, filename = "export.csv") => ({ bytes: new TextEncoder().encode(text), filename });

describe("ASN Bank's headerless CSV", () => {
  it("names each row after the counterparty, or after the bank's description without its quotes", () => {
    const statement = parse("csv/tally-nl-asn-headerless.csv");
    expect(rows(only(statement))).toEqual([
      ["2024-04-02", -435, "Bakkerij Het Zuiden"],
      ["2024-04-03", 215000, "Werkgever BV"],
      // A fee and a cash withdrawal have no counterparty: the description names them.
      ["2024-04-05", -220, "Kosten gebruik betaalrekening"],
      // Booked on the 6th, entered in the journal on the 8th: the booking date is the row's date.
      ["2024-04-06", -50000, "Spaarrekening ASN"],
      ["2024-04-08", -4000, "Geldautomaat Utrecht Centrum 07-04-2024 18:12"],
    ]);
    expect(only(statement).map((t) => t.memo)).toEqual([
      "Betaalpas Bakkerij Het Zuiden Utrecht",
      "Salaris maart 2024",
      "Kosten gebruik betaalrekening",
      null,
      "Geldautomaat Utrecht Centrum 07-04-2024 18:12",
    ]);
    expect(statement.accounts[0]).toMatchObject({ accountNumber: "NL00ASNB0000000001", currency: "EUR" });
  });

  it("reads a file of money in only with the signs ASN writes, without asking", () => {
    const text =
      "01-05-2024,NL00ASNB0000000001,NL00INGB0000000003,Werkgever BV,,,,EUR,10.00,EUR,2150.00,01-05-2024,01-05-2024,8809,OVB,10000010,,'Salaris april',20\n" +
      "02-05-2024,NL00ASNB0000000001,,,,,,EUR,2160.00,EUR,0.12,02-05-2024,02-05-2024,7240,RNT,10000011,,'Rente',20\n";
    expect(rows(only(parseStatementFile(file(text))))).toEqual([
      ["2024-05-01", 215000, "Werkgever BV"],
      ["2024-05-02", 12, "Rente"],
    ]);
  });
});

describe("PDF statements", () => {
  const refusal = /a PDF statement cannot be imported\. Download a CSV, OFX, QFX or QIF export/;

  it("refuses a PDF file with the advice to download an export, not to map columns", () => {
    const bytes = Uint8Array.from(
      Buffer.from(
        "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
          "2 0 obj\n<< /Length 12 /Filter /FlateDecode >>\nstream\nx\x9c\x0b\xc9\xc8,V\x00\xa2D\nendstream\nendobj\n%%EOF\n",
        "latin1",
      ),
    );
    for (const filename of ["statement.pdf", "statement.csv", "download"]) {
      expect(() => parseStatementFile({ bytes, filename })).toThrow(UnsupportedStatementError);
      expect(() => parseStatementFile({ bytes, filename })).toThrow(refusal);
    }
  });

  it.each(["csv/tally-pdf-text-layout.txt", "csv/tally-pdf-text-raw.txt"])(
    "refuses %s, a PDF statement turned into text, the same way",
    (fixture) => {
      expect(() => parse(fixture)).toThrow(refusal);
      expect(() => parse(fixture)).not.toThrow(/Map its columns/);
    },
  );

  it("tells the uploader in those words, as an unsupported file", () => {
    const upload = {
      bytes: Uint8Array.from(Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "latin1")),
      filename: "Kontoauszug.pdf",
    };
    let error: unknown;
    try {
      readUploadedStatement(upload, {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "unsupported_media_type", status: 415 });
    expect((error as AppError).message).toMatch(refusal);
  });

  it("still reads a CSV padded with runs of spaces, and Santander's Key: value text", () => {
    const text =
      "Date      ,Description                    ,Amount    \n" +
      "2024-01-02,CORNER BAKERY                  ,   -4.35  \n" +
      '2024-01-03,SALARY EXAMPLE LTD             ,"2,150.00"\n' +
      "2024-01-05,CITY WATER                     ,  -30.00  \n";
    expect(rows(only(parseStatementFile(file(text))))).toEqual([
      ["2024-01-02", -435, "CORNER BAKERY"],
      ["2024-01-03", 215000, "SALARY EXAMPLE LTD"],
      ["2024-01-05", -3000, "CITY WATER"],
    ]);
    expect(only(parse("csv/tally-uk-santander-text.txt"))).toHaveLength(3);
  });
});
