import { describe, expect, it } from "vitest";
import { parseOfxStatement } from "@/server/ofx/parse";
import { splitLenient } from "@/server/statements/csv-tokenize";
import { parseDateCell } from "@/server/statements/dates";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, parse, rows } from "../support/statement-fixtures";

// Quirks met in public statement files Tally had not seen before (see tests/fixtures/statements/NOTICE*.md):
// each fixture here is our own minimal file with invented rows, or an MIT-licensed copy.

describe("CSV quirks from real exports", () => {
  it("reads Swedbank Lithuania: Suma with a D/K column, unescaped quotes, and no balance rows", () => {
    const statement = parse("csv/tally-lt-swedbank-dk.csv");
    // The opening balance, the two turnover rows and the closing balance moved no money.
    expect(rows(only(statement))).toEqual([
      ["2024-03-02", -780, "PIRKINYS 4000000000000002 2024.03.01 7.80 EUR Kavinė Saulė Vilnius"],
      ["2024-03-05", -2310, 'PIRKINYS 4000000000000002 2024.03.04 23.10 EUR UAB "Knygynas" Kaunas'],
      ["2024-03-10", 125000, "Atlyginimas už vasarį"],
    ]);
    expect(only(statement)[1]?.memo).toBe('UAB "Knygynas"');
    expect(statement.accounts[0]?.currency).toBe("EUR");
  });

  it("reads Danske's 2024:02:01 dates, a -.46 amount and memos that run over two lines", () => {
    const transactions = only(parse("csv/tally-lt-danske-colon-dates.csv"));
    expect(rows(transactions)).toEqual([
      ["2024-02-01", -46, "Sąskaitos mokestis"],
      ["2024-02-03", 88981, "ACME LLC"],
      ["2024-02-07", -12000, "Jonas Jonaitis"],
    ]);
    expect(transactions[0]?.memo).toBe("Mokestis už sąskaitos / aptarnavimą");
  });

  it("names Knab's rows after the counterparty (Tegenrekeninghouder), not the bank's reference", () => {
    expect(rows(only(parse("csv/tally-nl-knab-counterparty.csv")))).toEqual([
      ["2024-03-04", -4250, "Fietsenmaker De Ketting"],
      ["2024-03-05", 150000, "Werkgever BV"],
      ["2024-03-07", -1, "Spaarrekening J Jansen"],
    ]);
  });

  it("does not date every row with the statement's first day when a row date sits beside it", () => {
    const transactions = only(parse("csv/tally-statement-period-dates.csv"));
    expect(transactions.map((t) => [t.postedOn, t.amount])).toEqual([
      ["2024-04-03", 150000],
      ["2024-04-11", -12000],
      ["2024-04-21", -40000],
    ]);
  });

  it("keeps a booking-date column that happens to hold one day for every row", () => {
    const text =
      "Buchungstag;Wertstellung;Verwendungszweck;Betrag\n" +
      "02.01.2024;03.01.2024;Bäckerei;-3,20\n02.01.2024;05.01.2024;Miete;-800,00\n";
    const statement = parseStatementFile({ bytes: new TextEncoder().encode(text), filename: "a.csv" });
    expect(only(statement).map((t) => t.postedOn)).toEqual(["2024-01-02", "2024-01-02"]);
  });

  it("still imports a shop whose name merely starts like a balance line", () => {
    const text =
      "Date,Description,Amount\n2024-01-02,Opening balance,100.00\n2024-01-03,Balance transfer,-20.00\n" +
      "2024-01-04,TOTAL WINE & MORE,-31.50\n";
    const statement = parseStatementFile({ bytes: new TextEncoder().encode(text), filename: "a.csv" });
    expect(rows(only(statement))).toEqual([
      ["2024-01-03", -2000, "Balance transfer"],
      ["2024-01-04", -3150, "TOTAL WINE & MORE"],
    ]);
  });

  it("reads Santander UK's text download, which has a Key: value line per field instead of columns", () => {
    const statement = parse("csv/tally-uk-santander-text.txt");
    expect(rows(only(statement))).toEqual([
      ["2024-03-28", -420, "CARD PAYMENT TO CORNER BAKERY,4.20 GBP, RATE 1.00/GBP ON 26-03-2024"],
      ["2024-03-15", -3000, "DIRECT DEBIT PAYMENT TO CITY WATER REF 000123, MANDATE NO 0042"],
      ["2024-03-01", 183000, "FASTER PAYMENTS RECEIPT REF.SALARY FROM EXAMPLE LTD"],
    ]);
    expect(statement.accounts[0]).toMatchObject({ balance: 179580, balanceAsOf: "2024-03-28" });
  });

  it("still refuses prose that only has a colon here and there", () => {
    const text = "Dear customer,\nNote: your statement is attached.\nRegards: the bank\n";
    expect(() =>
      parseStatementFile({ bytes: new TextEncoder().encode(text), filename: "letter.txt" }),
    ).toThrow(/could not read the columns/);
  });

  it("reads VTB in the account's currency, not the purchase's, and its pending row", () => {
    const transactions = only(parse("csv/tally-ru-vtb-account-currency.csv"));
    expect(transactions.map((t) => [t.postedOn, t.transactedOn, t.amount, t.pending])).toEqual([
      ["2024-07-03", "2024-07-02", -43615, false],
      ["2024-07-05", "2024-07-04", -30000, false],
      // Not processed yet ("В обработке"): dated by the purchase.
      ["2024-07-06", null, -49835, true],
    ]);
  });

  it("reads Alfa-Bank's Приход/Расход columns with the decimal comma only the income column shows", () => {
    const statement = parse("csv/tally-ru-alfa-prihod-rashod.csv");
    expect(rows(only(statement))).toEqual([
      ["2024-06-28", 4512075, "Перечисление заработной платы за июнь 2024 г."],
      ["2024-07-03", -9900, "Комиссия за обслуживание счета"],
      ["2024-07-05", -125000, "Оплата в магазине КНИЖНЫЙ МИР"],
    ]);
    expect(statement.accounts[0]?.accountNumber).toBe("40800000000000000001");
  });

  it("reads WeChat Pay's bill: a long preamble, 收/支 for the direction, ¥ amounts and / for nothing", () => {
    const transactions = only(parse("csv/tally-cn-wechat-pay.csv"));
    expect(rows(transactions)).toEqual([
      ["2024-07-02", -3200, "街角咖啡馆"],
      ["2024-07-03", -650, "食堂三楼"],
      ["2024-07-05", 10000, "王小明"],
    ]);
    expect(transactions.map((t) => [t.externalId, t.memo])).toEqual([
      ["4200000001", "拿铁"],
      ["4200000002", "早餐"],
      ["4200000003", null],
    ]);
  });

  it("reads Alipay's GBK file with its footer, and leaves out moves between the user's own balances", () => {
    const statement = parse("csv/tally-cn-alipay-gbk.csv");
    expect(rows(only(statement))).toEqual([
      ["2024-07-02", -1880, "城市出租车"],
      ["2024-07-03", -4500, "小面馆"],
      ["2024-07-05", 20000, "李四"],
    ]);
    expect(statement.warnings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^1 transaction\(s\) marked as neither/) }),
    ]);
  });

  it("decodes a Shift_JIS card export and a Korean EUC-KR bank export", () => {
    const card = only(parse("csv/tally-jp-card-shift-jis.csv", { accountType: "credit_card" }));
    expect(rows(card)).toEqual([
      ["2024-01-05", -120000, "コンビニエンスストア 渋谷店"],
      ["2024-01-06", -850000, "東京電力 電気料金"],
      ["2024-01-09", -398000, "ｵﾝﾗｲﾝｼｮｯﾌﾟ"],
    ]);
    const bank = parse("csv/tally-kr-bank-euc-kr.csv");
    expect(rows(only(bank))).toEqual([
      ["2024-01-05", -560000, "커피전문점 강남점"],
      ["2024-01-06", 300000000, "급여"],
      ["2024-01-08", -4820000, "전기요금"],
    ]);
    expect(bank.accounts[0]?.balance).toBe(414620000);
  });

  it("decodes a Russian windows-1251 Sberbank export, dated by processing, amounts in the account's currency", () => {
    const transactions = only(parse("csv/tally-ru-sberbank-cp1251.csv"));
    expect(transactions.map((t) => [t.postedOn, t.transactedOn, t.amount, t.description])).toEqual([
      ["2024-10-31", "2024-10-31", -432040, "Перевод с карты на карту И. ИВАН ИВАНОВИЧ"],
      ["2024-10-22", "2024-10-21", -84590, "ПЯТЕРОЧКА 1234"],
      ["2024-10-11", "2024-10-11", 5500000, "Зачисление зарплаты"],
      ["2024-10-10", "2024-10-10", -1, "Комиссия за перевод"],
    ]);
  });

  it("reads a UTF-8 file with one damaged byte as UTF-8, not as windows-1252 mojibake", () => {
    const transactions = only(parse("csv/tally-utf8-one-damaged-byte.csv"));
    expect(transactions.map((t) => t.description)).toEqual([
      "Café de la Gare à Paris",
      "Salaire été",
      "Boulangerie Dupré",
      "Crédit Agricole frais",
      "Pâtisserie Hélène",
      "Théâtre",
      "Caf\uFFFD",
    ]);
  });

  it("still reads a German windows-1252 file as windows-1252", () => {
    const bytes = Uint8Array.from(
      Buffer.from(
        "Buchungstag;Empf\xe4nger;Buchungstext;Betrag\n02.01.2024;B\xe4ckerei M\xfcller;\xdcberweisung;-3,20\n" +
          "03.01.2024;Stra\xdfenbahn Z\xfcrich;\xdcbertrag Monatskarte M\xe4rz;-80,00\n04.01.2024;Caf\xe9 \xc0 la Gare;Kartenzahlung;-4,10\n",
        "latin1",
      ),
    );
    const statement = parseStatementFile({ bytes, filename: "umsatz.csv" });
    expect(only(statement).map((t) => [t.description, t.memo])).toEqual([
      ["Bäckerei Müller", "Überweisung"],
      ["Straßenbahn Zürich", "Übertrag Monatskarte März"],
      ["Café À la Gare", "Kartenzahlung"],
    ]);
  });

  it('reads cells written as Excel text guards (="05-05-2026"), as Hong Leong Bank writes every one', () => {
    const statement = parse("csv/tally-my-excel-text-guard.csv");
    expect(rows(only(statement))).toEqual([
      ["2026-05-05", -80000, "Instant Transfer"],
      ["2026-05-05", 500000, "Fund Transfer"],
      ["2026-05-08", 17828, "Credit Advice"],
    ]);
    expect(statement.accounts[0]?.balance).toBe(537828);
  });

  it("reads Payment Amount beside Credit Amount as money out and money in", () => {
    expect(rows(only(parse("csv/tally-my-payment-credit-amount.csv")))).toEqual([
      ["2026-08-05", 800000, "EXAMPLE HOLDING SDN BHD"],
      ["2026-08-05", -173512, "PET SUPPLIES SDN BHD"],
      ["2026-08-03", 136813, "TAN AH KOW"],
    ]);
  });

  it("splits a line with unescaped quotes the way its writer meant", () => {
    expect(splitLenient('"LT01","UAB "Naktida"","12.20",', ",")).toEqual([
      "LT01",
      'UAB "Naktida"',
      "12.20",
      "",
    ]);
    expect(splitLenient('"a ""b"" c";d;"e"', ";")).toEqual(['a "b" c', "d", "e"]);
  });

  it("reads YYYY:MM:DD dates but never a time for one", () => {
    expect(parseDateCell("2012:03:01", "YYYY:MM:DD")).toEqual({ postedOn: "2012-03-01", transactedOn: null });
    expect(parseDateCell("10:30:00", "YYYY:MM:DD")).toBeNull();
  });
});

describe("OFX quirks from real exports", () => {
  it("reads an OFX 2 root with namespaces, unsigned amounts typed DEBIT/CREDIT, and <CURRENCY>EUR</CURRENCY>", () => {
    const statement = parse("ofx/tally-xmlns-unsigned-card.ofx");
    expect(statement.accounts[0]).toMatchObject({ type: "credit_card", currency: "EUR" });
    expect(rows(only(statement))).toEqual([
      ["2024-05-21", -2140, "WEBHOSTING EXAMPLE"],
      ["2024-05-18", -1617, "ELEKTRO SHOP"],
      ["2024-05-10", 5000, "REFUND ELEKTRO SHOP"],
    ]);
    expect(statement.warnings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/without a sign; 2 transaction/) }),
    ]);
  });

  it("leaves unsigned-looking amounts alone unless the statement shows both directions: a day's sync", () => {
    const card = (rows: Array<[type: string, amount: string]>) =>
      "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><CCSTMTRS><CURDEF>USD" +
      "<CCACCTFROM><ACCTID>4000</CCACCTFROM><BANKTRANLIST>" +
      rows
        .map(
          ([type, amount], i) =>
            `<STMTTRN><TRNTYPE>${type}<DTPOSTED>2024010${i + 1}<TRNAMT>${amount}<FITID>f${i}<NAME>ROW ${i}</STMTTRN>`,
        )
        .join("") +
      "</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";
    const amounts = (text: string) => parseOfxStatement(text).accounts[0]?.transactions.map((t) => t.amount);
    // Only a refund typed DEBIT: nothing says the file is unsigned.
    expect(amounts(card([["DEBIT", "12.00"]]))).toEqual([1200]);
    // A card payment (PAYMENT is money into a card) beside a refund: both stay money in.
    expect(
      amounts(
        card([
          ["PAYMENT", "500.00"],
          ["CREDIT", "20.00"],
        ]),
      ),
    ).toEqual([50000, 2000]);
    // Both directions, all positive: the file is unsigned, and its DEBIT row is money out.
    expect(
      amounts(
        card([
          ["DEBIT", "12.00"],
          ["CREDIT", "20.00"],
        ]),
      ),
    ).toEqual([-1200, 2000]);
  });

  it("reads transactions that no statement aggregate wraps, and says so, instead of finding nothing", () => {
    const text =
      "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n<BANKMSGSRSV1><STMTTRN>\n<TRNTYPE>DEBIT\n" +
      "<DTPOSTED>20231025120000\n<TRNAMT>-150.50\n<FITID>123456789\n<NAME>Supermercado\n</STMTTRN>\n</BANKMSGSRSV1>\n</OFX>\n";
    const statement = parseOfxStatement(text);
    expect(
      statement.accounts.flatMap((a) => a.transactions).map((t) => [t.postedOn, t.amount, t.description]),
    ).toEqual([["2023-10-25", -15050, "Supermercado"]]);
    expect(statement.warnings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/outside any statement/) }),
    ]);
  });

  it("leaves a signed file's positive DEBIT alone", () => {
    const body = (amounts: string[]) =>
      "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>" +
      amounts
        .map(
          (a, i) =>
            `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024010${i + 1}<TRNAMT>${a}<FITID>${i}<NAME>N${i}</STMTTRN>`,
        )
        .join("") +
      "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    const signed = parseOfxStatement(body(["-5.00", "2.00"]));
    expect(signed.accounts[0]?.transactions.map((t) => t.amount)).toEqual([-500, 200]);
    expect(signed.warnings).toEqual([]);
  });
});

describe("copied public samples (MIT)", () => {
  it.each([
    ["ofx/asgrim-ofxdata-selfclose.ofx", 5, -7000],
    ["ofx/asgrim-ofxdata-oneline-with-closing-tags.ofx", 8, -155],
    ["ofx/asgrim-ofxdata-emptyDateTime.ofx", 2, 33750],
    ["qif/actual-qif-account.qif", 1, -2500],
    ["qif/actual-tracking-number.qif", 2, -10058],
    ["csv/actual-data-payee-memo.csv", 4, -1000],
    ["csv/actual-data_utf8.csv", 3, 4250],
  ] as const)("%s → %i transactions, the first for %i cents", (file, count, firstAmount) => {
    const transactions = only(parse(file));
    expect(transactions).toHaveLength(count);
    expect(transactions[0]?.amount).toBe(firstAmount);
  });
});
