import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Account } from "@/db/schema";
import { AppError } from "@/server/errors";
import { parseOfxStatement } from "@/server/ofx/parse";
import { decodeStatementBytes } from "@/server/statements/decode";
import { parseStatementFile, UnsupportedStatementError } from "@/server/statements/parse-file";
import { planImports, readUploadedStatement } from "@/server/statements/upload";
import { only, parse, rows, textFile } from "../support/statement-fixtures";

// The second round of real-world statement quirks. Every fixture here is our own file with invented rows
// (tests/fixtures/statements/NOTICE-csv-qif.md): ASN Bank's headerless export follows ASN's published layout,
// the Lithuanian file is written in windows-1257, the two PDF texts are what pdftotext makes of a statement.

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
    // ASN writes the balance before each row: the last row's (2,893.85) less its 40.00 is the balance now.
    expect(statement.accounts[0]).toMatchObject({ balance: 285385, balanceAsOf: "2024-04-08" });
  });

  it("reads a file of money in only with the signs ASN writes, without asking", () => {
    const text =
      "01-05-2024,NL00ASNB0000000001,NL00INGB0000000003,Werkgever BV,,,,EUR,10.00,EUR,2150.00,01-05-2024,01-05-2024,8809,OVB,10000010,,'Salaris april',20\n" +
      "02-05-2024,NL00ASNB0000000001,,,,,,EUR,2160.00,EUR,0.12,02-05-2024,02-05-2024,7240,RNT,10000011,,'Rente',20\n";
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
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
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
      ["2024-01-02", -435, "CORNER BAKERY"],
      ["2024-01-03", 215000, "SALARY EXAMPLE LTD"],
      ["2024-01-05", -3000, "CITY WATER"],
    ]);
    expect(only(parse("csv/tally-uk-santander-text.txt"))).toHaveLength(3);
  });
});

describe("windows-1257 (Lithuanian, Latvian)", () => {
  it("decodes a Lithuanian windows-1257 export instead of turning ė into ë and ž into þ", () => {
    const statement = parse("csv/tally-lt-windows-1257.csv");
    expect(only(statement).map((t) => [t.amount, t.description, t.memo])).toEqual([
      [-2315, "UAB Maxima LT", "Pirkinys parduotuvėje Vilniuje"],
      [-480, "Kavinė Saulė", "Mokėjimas kortele už kavą"],
      [5000, "Jonas Jonaitis", "Grąžinta skola už bilietus"],
      [-145, "Swedbank", "Sąskaitos aptarnavimo mokestis"],
      [125000, "UAB Darbdavys", "Atlyginimas už vasarį"],
      [-6000, "Bankomatas", "Grynųjų pinigų išėmimas Kaune"],
    ]);
  });

  it("decodes Latvian text in windows-1257", () => {
    const text =
      "Datums;Saņēmējs;Apraksts;Summa\n01.03.2024;SIA Rimi Latvia;Pirkums veikalā Rīgā;-18,40\n" +
      "02.03.2024;Kafejnīca;Kartes maksājums;-3,90\n05.03.2024;Jānis Bērziņš;Pārskaitījums par īri;-350,00\n" +
      "10.03.2024;SIA Darba devējs;Alga par februāri;1480,00\n";
    const bytes = iconv.encode(text, "windows-1257");
    expect(decodeStatementBytes(bytes)).toEqual({ text, encoding: "windows-1257" });
    expect(rows(only(parseStatementFile({ bytes, filename: "izraksts.csv" })))).toEqual([
      ["2024-03-01", -1840, "SIA Rimi Latvia"],
      ["2024-03-02", -390, "Kafejnīca"],
      ["2024-03-05", -35000, "Jānis Bērziņš"],
      ["2024-03-10", 148000, "SIA Darba devējs"],
    ]);
  });

  it.each([
    [
      "Italian, whose accents fall on a word's last vowel",
      "Data;Descrizione;Importo\n01/03/2024;Pagamento attività sportiva città;-20,00\n02/03/2024;Bonifico lunedì pagherò;-30,00\n" +
        "03/03/2024;Commissione perciò qualità;-1,00\n04/03/2024;Università di Bologna tassa;-150,00\n",
    ],
    [
      "Danish, whose æ and ø sit on 1257's ę and ų",
      "Dato;Tekst;Beløb\n01-03-2024;Overførsel til opsparing;-500,00\n02-03-2024;Købmand Søndergade Århus;-120,50\n" +
        "03-03-2024;Hævning i pengeautomat Næstved;-200,00\n04-03-2024;Løn fra arbejdsgiver;25000,00\n" +
        "05-03-2024;Crème brûlée, Bageriet;-35,00\n",
    ],
    [
      "Icelandic, whose ð and þ sit on 1257's š and ž",
      "Dagsetning;Skýring;Upphæð\n01.03.2024;Millifærsla á reikning;-5000\n02.03.2024;Greiðsla til Íslandsbanka;-12000\n" +
        "03.03.2024;Þjónustugjald útborgun;-350\n05.03.2024;Kaup í verslun við Laugaveg;-2300\n",
    ],
    [
      "French",
      "Date;Libellé;Montant\n01/03/2024;Crédit à la consommation;-120,00\n02/03/2024;Boulangerie Dupré Frères;-4,80\n" +
        "05/03/2024;Pâtisserie Hélène, crème brûlée;-12,00\n07/03/2024;Virement reçu de Mme Lefèvre;250,00\n",
    ],
  ])("keeps %s in windows-1252", (_language, text) => {
    expect(decodeStatementBytes(iconv.encode(text, "windows-1252"))).toEqual({
      text,
      encoding: "windows-1252",
    });
  });
});

describe("RUR, the rouble's old code", () => {
  it("reads RUR in a currency column as RUB, where the currency was left unknown before", () => {
    const text =
      "Дата;Описание;Сумма;Валюта\n02.07.2024;Оплата в магазине;-1250,00;RUR\n03.07.2024;Зарплата;45000,00;RUR\n";
    const statement = parseStatementFile(textFile(text));
    expect(statement.accounts.map((a) => a.currency)).toEqual(["RUB"]);
    expect(rows(only(statement))).toEqual([
      ["2024-07-02", -125000, "Оплата в магазине"],
      ["2024-07-03", 4500000, "Зарплата"],
    ]);
  });

  it("reads RUR in a header, beside an amount and in an OFX CURDEF as RUB", () => {
    const header = "Date,Description,Amount (RUR)\n2024-07-02,Shop,-12.50\n";
    const cell = "Date,Description,Amount\n2024-07-02,Shop,-12.50 RUR\n2024-07-03,Salary,450.00 RUR\n";
    expect(parseStatementFile(textFile(header)).accounts[0]?.currency).toBe("RUB");
    expect(parseStatementFile(textFile(cell)).accounts[0]?.currency).toBe("RUB");
    const ofx =
      "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>RUR<BANKACCTFROM><ACCTID>40817</BANKACCTFROM>" +
      "<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240702<TRNAMT>-12.50<FITID>1<NAME>Shop</STMTTRN>" +
      "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    expect(parseOfxStatement(ofx).accounts[0]?.currency).toBe("RUB");
  });

  it("gives VTB's and Alfa-Bank's RUR exports the currency RUB", () => {
    expect(parse("csv/tally-ru-vtb-account-currency.csv").accounts[0]?.currency).toBe("RUB");
    expect(parse("csv/tally-ru-alfa-prihod-rashod.csv").accounts[0]?.currency).toBe("RUB");
  });

  it("imports a RUR file into a rouble account, whether the account says RUB or RUR, and nowhere else", () => {
    const text = "Date,Description,Amount,Currency\n2024-07-02,Shop,-12.50,RUR\n";
    const { statement } = readUploadedStatement(textFile(text), {});
    const account = (id: string, currency: string) =>
      ({ id, name: `Account in ${currency}`, currency, accountNumber: null }) as Account;
    const existing = new Map([
      ["rub", account("rub", "RUB")],
      ["rur", account("rur", "RUR")],
      ["eur", account("eur", "EUR")],
    ]);
    expect(planImports(statement, [{ accountId: "rub" }], existing)).toHaveLength(1);
    expect(planImports(statement, [{ accountId: "rur" }], existing)).toHaveLength(1);
    expect(() => planImports(statement, [{ accountId: "eur" }], existing)).toThrow(
      "This file is in RUB, but “Account in EUR” is kept in EUR. Import it into an account in RUB.",
    );
  });
});
