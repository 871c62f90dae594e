import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, parse, rows, textFile, textRefusal } from "../support/statement-fixtures";

// Real-world statement quirks of the sixth round. The published files copied here are named in
// tests/fixtures/statements/NOTICE-wild-6.md; the others are reproduced by inline files of our own (invented rows).

describe("MT940 details written over several :86: fields", () => {
  it("keeps the second :86: of a Banca Transilvania line (published file)", () => {
    const transactions = only(parse("mt940/php-mt940-btrl.sta"));
    expect(transactions.map((t) => t.amount)).toEqual([98042, 41837]);
    expect(transactions[1]?.description).toBe(
      "Card 5299-2132 ID005696ER 05/04/21 Ora 08:14:25 RRN 005481324613 transf in ct.crt Transfer intern - canal electronic REF. 405ECIT210960154",
    );
  });

  it("reads Danske Bank's IBAN, BIC and address lines as one text (published file)", () => {
    const transactions = only(parse("mt940/mt940rs-danske-fi.sta"));
    expect(transactions).toHaveLength(6);
    expect(transactions[0]).toMatchObject({
      postedOn: "2009-09-30",
      amount: 23,
      description:
        "For your inform. IBAN no.: FI1111111111111111 DABADKKK 111111-11111111 DANSKE BANK HOLMENS KANAL 2-12",
    });
  });
});

describe("MT940 slash tags without /NAME/ or /REMI/", () => {
  it("shows HSBC's text after its /OCMT/ original amount instead of no description (published file)", () => {
    const [payment] = only(parse("mt940/php-mt940-hsbc.sta"));
    expect(payment).toMatchObject({ postedOn: "2012-03-29", amount: -2000000 });
    expect(payment?.description).toMatch(/^PAYMENT OF INVOICES 204011665 20401 1687 /);
    expect(payment?.description).not.toContain("USD2853");
  });

  it("shows the name and purpose lines of a Macedonian /BENM/ or /ORDP/ field (published file)", () => {
    const transactions = only(parse("mt940/php-mt940-kbs-sample2.sta"));
    expect(rows(transactions).slice(3, 5)).toEqual([
      ["2020-10-09", -863100, "EVN HOME DOO SKOPJE potrosena elektricna energija"],
      ["2020-10-09", -900000, "ZOLA - KOMERC DOOEL SKOPJE povrat na pozajmica"],
    ]);
    expect(transactions[6]).toMatchObject({ amount: 7370000 });
    expect(transactions[6]?.description).toMatch(/^HRISTO JANKOV /);
  });

  it("reads the tags that follow a line of free text, as ASN Bank writes them", () => {
    const text =
      ":20:0000000000\n:25:NL00ASNB0000000001\n:28C:8/1\n:60F:C200108EUR100,00\n" +
      ":61:2001080108D61,80NINCNL00ABNA0000000002\nbrandstofpas bv\n" +
      ":86:NL00ABNA0000000002 brandstofpas bv\n" +
      "/TRTP/Zakelijke Europese Incasso/CSID/NL00ZZZ000000000000/NAME/BR\n" +
      "ANDSTOFPAS BV/REMI/Factuur 4711 januari/IBAN/NL00ABNA0000000002/EREF/4711\n" +
      ":62F:C200108EUR38,20\n-\n";
    const [payment] = only(parseStatementFile(textFile(text, "asn.sta")));
    expect(payment).toMatchObject({
      amount: -6180,
      description: "BRANDSTOFPAS BV – Factuur 4711 januari",
    });
  });
});

describe("MT940 lines and details with little text", () => {
  const statement = (lines: string) =>
    `:20:STMT\n:25:DABADKKK/0000-00-00000\n:28C:00001/001\n:60F:C240301SEK1000,00\n${lines}:62F:C240301SEK500,00\n`;

  it("describe a line without :86: by its owner's reference, as Danske Bank writes them", () => {
    const text = statement(":61:2403010301DK300,00NMSCDBT.Hyra mars\n:61:2403010301DK200,00NMSCNONREF\n");
    expect(rows(only(parseStatementFile(textFile(text, "danske.sta"))))).toEqual([
      ["2024-03-01", -30000, "DBT.Hyra mars"],
      ["2024-03-01", -20000, "(no description)"],
    ]);
  });

  it("drop a purpose that is only a dash (Kontist's ?20-) and show the payer alone", () => {
    const text =
      ":20:EXPORT\n:25:DE00110101000000000001\n:28C:2024/03\n:60F:C240301EUR0,00\n" +
      ":61:2403040304C25,00NTRFNONREF\n:86:166?20-?30NTSBDEB1XXX?31DE00100110010000000001?32Erika Beispiel\n" +
      ":62F:C240304EUR25,00\n";
    const [payment] = only(parseStatementFile(textFile(text, "kontist.sta")));
    expect(payment).toMatchObject({ amount: 2500, description: "Erika Beispiel", memo: null });
  });

  it("name Knab's other party from REK:/NAAM: (published file)", () => {
    expect(rows(only(parse("mt940/zilverline-knab.txt")))).toEqual([
      ["2014-10-24", 100000, "BEDRIJF VOF"],
      ["2014-10-24", 1000, "STICHTING DERDEN JAAP JANSSEN – DIT IS EEN OMSCHRIJVING DIE BEST WEL LANG IS"],
    ]);
  });

  it("keep Triodos's BIC and IBAN subfields out of the purpose (published file)", () => {
    const [payment] = only(parse("mt940/zilverline-triodos-multiline.txt"));
    expect(payment?.amount).toBe(-12228);
    expect(payment?.description).toMatch(
      /^RABO BETAALVERZOEK ORDERNUMMER NL26RABO1234567890 \/ TRANSACTIENUMMER/,
    );
  });
});

describe("Japanese bank CSVs", () => {
  const shiftJis = (text: string, filename = "meisai.csv") => ({
    bytes: new Uint8Array(iconv.encode(text, "shift_jis")),
    filename,
  });

  it("decodes a Shift_JIS file of kanji without kana, as Shinsei Bank exports it", () => {
    const text =
      '"取引日","摘要","出金金額","入金金額","残高"\n' +
      '"2024/03/01","振込手数料","220","","9780"\n' +
      '"2024/03/05","給与振込","","250000","259780"\n' +
      '"2024/03/08","口座振替","5500","","254280"\n';
    const transactions = only(parseStatementFile(shiftJis(text)));
    expect(rows(transactions)).toEqual([
      ["2024-03-01", -22000, "振込手数料"],
      ["2024-03-05", 25000000, "給与振込"],
      ["2024-03-08", -550000, "口座振替"],
    ]);
  });

  it("tells 出金金額(円) from 入金金額(円) by their names, as Sumishin SBI Net Bank exports them", () => {
    // No balance to check the pair against: only the names say which column is money out.
    const text =
      '"日付","内容","出金金額(円)","入金金額(円)","メモ"\n' +
      '"2024/02/26","振込＊ヤマダ",,"30,000","-"\n' +
      '"2024/02/11","ＡＴＭ　コンビニ","12,000",,"-"';
    const statement = parseStatementFile(shiftJis(text));
    expect(rows(only(statement))).toEqual([
      ["2024-02-26", 3000000, "振込＊ヤマダ"],
      ["2024-02-11", -1200000, "ＡＴＭ　コンビニ"],
    ]);
  });

  it("reads the yen sign Shift_JIS writes on the backslash byte", () => {
    const text =
      '"番号","取扱日付","お支払金額","お預り金額","取引区分","残高","摘要"\n' +
      '"001","2024年4月1日","","\\8,000","振込入金","\\8,000","ﾔﾏﾀﾞ"\n' +
      '"002","2024年4月3日","\\2,500","","出金","\\5,500","ATM"\n';
    expect(rows(only(parseStatementFile(shiftJis(text))))).toEqual([
      ["2024-04-01", 800000, "ﾔﾏﾀﾞ"],
      ["2024-04-03", -250000, "ATM"],
    ]);
  });

  it("refuses dates without a year (JA Bank's 4月30日) and says so", () => {
    const text =
      '"番号","取扱日付","お支払金額","お預り金額","残高","摘要"\n' +
      '"001","4月30日","","\\7,000","\\7,000","ﾌﾘｺﾐ"\n' +
      '"002","4月30日","\\4,600","","\\2,400","NSS"\n';
    expect(textRefusal(text).message).toMatch(/dates in this file have no year \("4月30日"\)/);
  });
});

describe("a Chinese bill whose sellers' names are short", () => {
  it("describes WeChat Pay rows by 交易对方 (the other party), not by the longer 商品 text", () => {
    // trim21/china-beancount-importers' WeChat bill: two-to-four-character names beside long product notes.
    const text =
      "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n" +
      "2024-05-02 08:10:00,商户消费,美团,美团订单-外卖早餐套餐两份,支出,¥23.50,零钱,支付成功,4200000011\t,M0011\t,/\n" +
      "2024-05-02 18:40:00,扫二维码付款,张三,收款方备注:二维码收款付款方留言:饭钱,支出,¥60.00,零钱,已转账,4200000012\t,/\t,/\n" +
      "2024-05-03 09:00:00,商户消费,滴滴出行,滴滴快车-行程费用结算,支出,¥18.20,零钱,支付成功,4200000013\t,M0013\t,/\n" +
      "2024-05-04 12:00:00,二维码收款,李四,收款方备注:二维码收款,收入,¥100.00,零钱,已收钱,4200000014\t,/\t,/\n";
    expect(rows(only(parseStatementFile(textFile(text, "微信支付账单.csv"))))).toEqual([
      ["2024-05-02", -2350, "美团"],
      ["2024-05-02", -6000, "张三"],
      ["2024-05-03", -1820, "滴滴出行"],
      ["2024-05-04", 10000, "李四"],
    ]);
  });
});

describe('the ISO code "XXX", which names no currency', () => {
  it('leaves a camt.053 account\'s currency unstated when every amount says Ccy="XXX"', () => {
    // kedder/ofxstatement-iso20022's gcamp6 sample (a Swiss PostFinance account) writes every amount this way.
    const amount = (value: string) => `<Amt Ccy="XXX">${value}</Amt><CdtDbtInd>CRDT</CdtDbtInd>`;
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>' +
      "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2024-02-01T10:00:00Z</CreDtTm></GrpHdr><Stmt><Id>S1</Id>" +
      "<Acct><Id><IBAN>CH0000000000000000001</IBAN></Id></Acct>" +
      `<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>${amount("0.00")}<Dt><Dt>2024-01-01</Dt></Dt></Bal>` +
      `<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp>${amount("250.00")}<Dt><Dt>2024-01-31</Dt></Dt></Bal>` +
      `<Ntry>${amount("250.00")}<Sts>BOOK</Sts><BookgDt><Dt>2024-01-15</Dt></BookgDt>` +
      "<AddtlNtryInf>Account Transfer</AddtlNtryInf></Ntry></Stmt></BkToCstmrStmt></Document>\n";
    const statement = parseStatementFile(textFile(xml, "camt053.xml"));
    expect(statement.accounts[0]?.currency).toBeNull();
    expect(rows(only(statement))).toEqual([["2024-01-15", 25000, "Account Transfer"]]);
  });

  it("leaves an MT940 account's currency unstated when its balances say XXX", () => {
    const text =
      ":20:STMT\n:25:000000001\n:28C:1/1\n:60F:C240101XXX0,00\n" +
      ":61:2401150115C250,00NTRFNONREF\n:86:Account Transfer\n:62F:C240131XXX250,00\n";
    expect(parseStatementFile(textFile(text, "statement.sta")).accounts[0]?.currency).toBeNull();
  });
});

describe("a QIF file with notes above its first header", () => {
  it("skips the # lines and reads the register, whatever the file is called", () => {
    // isaacharrisholt/quiffen's test.qif opens with two "###" lines copied from Wikipedia.
    const qif =
      "### Exported from my budget ###\n### keep for the tax return ###\n\n" +
      "!Type:Bank\nD3/02'2024\nT-42.10\nPCorner Grocery\nLFood:Groceries\n^\n" +
      "D3/05'2024\nT1,250.00\nPPayroll\n^\n";
    for (const filename of ["export.qif", "export.txt"]) {
      expect(rows(only(parseStatementFile(textFile(qif, filename))))).toEqual([
        ["2024-03-02", -4210, "Corner Grocery"],
        ["2024-03-05", 125000, "Payroll"],
      ]);
    }
  });
});
