import { describe, expect, it } from "vitest";
import { readBalanceChain } from "@/server/statements/csv-balance-chain";
import { currencyOfCell, isCurrencyWord } from "@/server/statements/currency-codes";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, textFile } from "../support/statement-fixtures";

// The tenth round of real-world statement quirks, from card and bank exports of North America, the UK, Europe and
// Brazil. Every row is invented (KELDORA, ZORVEX, zero account numbers); the layouts are the banks' own.

const read = (text: string, accountType?: "credit_card" | "checking") =>
  parseStatementFile({ ...textFile(text), accountType });
const amounts = (text: string) => only(read(text)).map((t) => [t.amount, t.description]);

describe("a card's headerless export whose balance is the amount owed (TD Visa)", () => {
  // Date, description, charge, payment or credit, balance owed: up with each purchase, down with the payment.
  const text =
    "09/23/2026,KELDORA PIZZA,17.79,,733.65\n" +
    "09/24/2026,ZORVEX SUSHI,16.49,,750.14\n" +
    "09/26/2026,KELDORA SUBS 1234,11.54,,761.68\n" +
    "09/27/2026,REWARDS REDEMPTION,,34.00,727.68\n" +
    "09/28/2026,PAYMENT - THANK YOU,,733.65,-5.97\n" +
    "09/30/2026,ZORVEX GROCERY,42.10,,36.13\n";

  it("reads the purchases as money out, as the payment it thanks you for is money in", () => {
    expect(amounts(text)).toEqual([
      [-1779, "KELDORA PIZZA"],
      [-1649, "ZORVEX SUSHI"],
      [-1154, "KELDORA SUBS 1234"],
      [3400, "REWARDS REDEMPTION"],
      [73365, "PAYMENT - THANK YOU"],
      [-4210, "ZORVEX GROCERY"],
    ]);
    expect(read(text).accounts[0]?.type).toBe("credit_card");
  });

  it("keeps the balance owed as money owed, negative, with no warning that it does not follow the amounts", () => {
    for (const statement of [read(text), read(text, "credit_card")]) {
      expect(statement.accounts[0]).toMatchObject({ balance: -3613, balanceAsOf: "2026-09-30" });
      expect(statement.warnings).toEqual([]);
    }
  });

  it("still reads a bank account's export of the same layout, whose balance is money held, as before", () => {
    const chequing =
      "09/23/2026,KELDORA PIZZA,17.79,,982.21\n" +
      "09/24/2026,PAYROLL ZORVEX,,1500.00,2482.21\n" +
      "09/26/2026,KELDORA SUBS 1234,11.54,,2470.67\n" +
      "09/28/2026,TD VISA PAYMENT,733.65,,1737.02\n";
    expect(amounts(chequing)).toEqual([
      [-1779, "KELDORA PIZZA"],
      [150000, "PAYROLL ZORVEX"],
      [-1154, "KELDORA SUBS 1234"],
      [-73365, "TD VISA PAYMENT"],
    ]);
    expect(read(chequing).accounts[0]).toMatchObject({ balance: 173702 });
  });

  it("reads a balance as owed only in a card's file: a bank account's that follows only negated is a warning", () => {
    const entries = [
      { postedOn: "2026-09-23", amount: -1779, balance: 98221, pending: false, line: 2 },
      { postedOn: "2026-09-24", amount: -1649, balance: 99870, pending: false, line: 3 },
      { postedOn: "2026-09-26", amount: -1154, balance: 101024, pending: false, line: 4 },
    ];
    expect(readBalanceChain(entries, "this file", true)).toEqual({ warning: null, owed: true });
    const asBank = readBalanceChain(entries, "this file", false);
    expect(asBank.owed).toBe(false);
    expect(asBank.warning?.message).toMatch(/does not follow its amounts on 2 days/);
  });
});

describe("Venmo's monthly statement export", () => {
  it("reads the transactions past the row that holds only the beginning balance, in its own column", () => {
    const text =
      "Account Statement - (@keldora) - July 31st to September 1st 2026 ,,,,,,,,,,,,,,,,,,\n" +
      "Account Activity,,,,,,,,,,,,,,,,,,\n" +
      ",ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (fee),Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer\n" +
      ",,,,,,,,,,,,,$101.04,,,,,\n" +
      ",1000000000000000001,2026-08-07T04:11:17,Charge,Complete,Concert tickets,Kim Keldora,Sam Zorvex,+ $45.00,,,,Venmo balance,,,,Venmo,,\n" +
      ",1000000000000000002,2026-08-07T04:12:07,Standard Transfer,Issued,,,,- $85.00,,,,ZORVEX BANK *0000,,,,Venmo,,\n" +
      ',1000000000000000003,2026-08-25T02:19:41,Payment,Complete,"Dinner\nand drinks",Kim Keldora,Sam Zorvex,- $21.00,,,Venmo balance,,,,,Venmo,,\n' +
      ",,,,,,,,,,,,,,$40.04,$0.00,,$0.00,In case of errors or questions about your electronic transfers call us\n";
    expect(amounts(text)).toEqual([
      [4500, "Concert tickets"],
      [-8500, "ZORVEX BANK *0000"],
      [-2100, "Dinner / and drinks"],
    ]);
  });
});

describe("Nationwide's midata export", () => {
  const text =
    '"Account Number:","****00000"\r\n' +
    "\r\n" +
    '"Date","Type","Merchant/Description","Debit/Credit","Balance"\r\n' +
    '"19/07/2026","Visa purchase","KELDORA COFFEE GB","-£52.00","-£2.00"\r\n' +
    '"11/07/2026","Bank credit ZORVEX LTD","**************************","+£5.00","£50.00"\r\n' +
    '"01/07/2026","Contactless Payment","KELDORA GARAGE GB","-£9.70","£45.00"\r\n' +
    "\r\n" +
    '"Arranged Overdraft Limit","20/07/2026","£100.00"\r\n';

  it("reads a column named Debit/Credit that holds signed amounts as the amount, and stops at the overdraft limit", () => {
    expect(amounts(text)).toEqual([
      [-5200, "KELDORA COFFEE GB"],
      [500, "Bank credit ZORVEX LTD"],
      [-970, "KELDORA GARAGE GB"],
    ]);
    expect(read(text).accounts[0]).toMatchObject({
      currency: "GBP",
      balance: -200,
      balanceAsOf: "2026-07-19",
    });
  });
});

describe("Banco do Brasil's statement CSV", () => {
  it("reads the signs its Tipo de Transação column writes in parentheses, and passes over the opening balance", () => {
    const text =
      "Data,Valor,Tipo de Transação,Descrição,Tipo de Serviço\n" +
      "31/07/2026,919.15,(+),Saldo Anterior,- - -\n" +
      "07/08/2026,5.42,(+),Estorno de Débito,- - -\n" +
      "07/08/2026,5.42,(-),Compra com Cartão,KELDORA *TRIP\n" +
      "08/08/2026,15.09,(-),Compra com Cartão,ZORVEX MERCADO\n" +
      "10/08/2026,250.00,(+),Pix - Recebido,Keldora Silva\n";
    expect(only(read(text)).map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2026-08-07", 542, "Estorno de Débito"],
      ["2026-08-07", -542, "Compra com Cartão"],
      ["2026-08-08", -1509, "Compra com Cartão"],
      ["2026-08-10", 25000, "Pix - Recebido"],
    ]);
  });
});

describe("mBank's MT940 history, which writes no closing balance", () => {
  it("reads a statement closed by its message's '-' without a :62F:, and says it could not be checked", () => {
    const text =
      ":20:ST260604CYC/1\r\n:25:PL00000000000000000000000000\r\n:28C:107/1\r\n:60F:C260604PLN0,00\r\n" +
      ":61:2606040604CN6979,18NTRFNONREF//EL000000-000001\r\n911-TRANSAKCJA\r\n" +
      ":86:911 TRANSAKCJA; OD: KELDORA SPOLKA Z O.O.; TYT.: FV 210F1163\r\n" +
      ":61:2606040604DN15,00NCHGNONREF//GR20260604000001\r\n794-OPLATY GRUPOWE\r\n" +
      ":86:794 OPLATY GRUPOWE; TNR: 000000000000000.000001\r\n-\r\n";
    const statement = parseStatementFile(textFile(text, "mbank.txt"));
    expect(only(statement).map((t) => t.amount)).toEqual([697918, -1500]);
    expect(statement.accounts[0]).toMatchObject({ currency: "PLN", balance: null });
    expect(statement.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/states no closing balance \(:62F:\), so its entries could not be checked/),
    ]);
  });

  it("names an outgoing transfer's payee from DLA: (to), as it names an incoming one's from OD: (from)", () => {
    const text =
      ":20:ST260604CYC/1\r\n:25:PL00000000000000000000000000\r\n:60F:C260604PLN100,00\r\n" +
      ":61:2606040604DN35,45NTRFNONREF//EL000000-000002\r\n944-PRZELEW KRAJOWY\r\n" +
      ":86:944 IBRE PRZELEW KRAJOWY; NA RACH.: 00000000000000000000000000; DLA: KELDORA KLINIKA UL. ZORVEX 14 00-000 WARSZAWA; TYT.: KONSULTACJA; TNR: 000000000000000.000002\r\n" +
      ":62F:C260604PLN64,55\r\n-\r\n";
    expect(only(parseStatementFile(textFile(text, "mbank.txt")))[0]).toMatchObject({
      amount: -3545,
      description: expect.stringMatching(/^KELDORA KLINIKA UL\. ZORVEX 14 00-000 WARSZAWA/),
    });
  });
});

describe("an MT942 saved by FinTS (HBCI) software", () => {
  it("reads '@@' as the line breaks the bank sent", () => {
    const text =
      "@@:20:STARTUMS@@:25:00000000/0000000000@@:28C:0@@:34F:EUR 999999999999,99@@:13:2604202255" +
      "@@:61:260421D12,34NMSCKREF+@@:86:177?00EURO-Überweisung?10804?20SVWZ+Rechnung 4471@@?32KELDORA GMBH" +
      "@@:90D:1EUR12,34@@:90C:0EUR0,00";
    const statement = parseStatementFile(textFile(text, "umsaetze.sta"));
    expect(statement.format).toBe("mt940");
    expect(only(statement)).toEqual([
      expect.objectContaining({
        postedOn: "2026-04-21",
        amount: -1234,
        description: expect.stringMatching(/^KELDORA GMBH/),
      }),
    ]);
  });
});

describe("Dresdner Bank's MT940 purpose tag MTLG:", () => {
  it("reads the message after MTLG: as the purpose, where it follows an end-to-end reference", () => {
    const text =
      ":20:T000000000000001\n:25:00000000/0000000000000\n:28C:00004/00001\n:60F:C260904EUR1000,00\n" +
      ":61:2609040904CR300,NTRFTFNr 40005 MSGID//0000000000000001\n" +
      ":86:159?00RETOURE?100399?20EREF+TFNR 40005 00005?21MTLG:Grund nicht s\npezifizie?22rt Reject aus SEPA-Ueberwei?23sungsauftrag?34914\n" +
      ":62F:C260904EUR1300,00\n-\n";
    expect(only(parseStatementFile(textFile(text, "dresdner.sta")))[0]).toMatchObject({
      amount: 30000,
      description: "Grund nicht spezifiziert Reject aus SEPA-Ueberweisungsauftrag",
    });
  });
});

describe("USAA's older headerless export", () => {
  it("reads the rows its status column leaves blank, where the others say posted, as pending", () => {
    const text =
      ',,"12/15/2026",,"KELDORA TV SERV            00000******0000  ","PENDING DEBIT CARD PURCHASE",-164.6\n' +
      "posted,,12/15/2026,,ZORVEX Loans,Loans,-64.46\n" +
      "posted,,12/14/2026,,KELDORA BOOKS,General Merchandise,-23.74\n" +
      'posted,,12/11/2026,,ZORVEX INC       DIRECT DEP,Paychecks/Salary,"1533.08"\n';
    expect(only(read(text)).map((t) => [t.amount, t.pending === true])).toEqual([
      [-16460, true],
      [-6446, false],
      [-2374, false],
      [153308, false],
    ]);
  });
});

describe("American Express's older headerless export, a weekday after each date", () => {
  const text =
    '06/01/2026  Mon,,"KELDORA STREAMING",,,,,10.99,,,,,,,,\n' +
    '06/02/2026  Tue,,"ZORVEX BOOKS",,,,,20.00,,,,,,,,\n' +
    '06/12/2026  Fri,,"KELDORA HOSTING",,,,,15.00,,,,,,,,\n';

  it("reads the date, and its weekday tells the month from the day", () => {
    // 1 June 2026 is a Monday and 12 June a Friday; read day-first, 6 January would be a Tuesday.
    expect(only(read(text, "credit_card")).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2026-06-01", -1099],
      ["2026-06-02", -2000],
      ["2026-06-12", -1500],
    ]);
  });

  it("does not read a weekday that is not the date's own", () => {
    const wrong = text.replace("06/12/2026  Fri", "06/12/2026  Sun");
    expect(() => read(wrong, "credit_card")).toThrow();
  });
});

describe("Lloyds' export of one row", () => {
  it("reads a date that reads both ways day-first, as a sort code column says a British or Irish bank wrote it", () => {
    const text =
      "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance,\n" +
      "07/04/2026,DEB,'00-00-00,00000000,TRANSFER FROM 00000000,,500,500\n";
    const statement = read(text);
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([["2026-04-07", 50000]]);
    // The sort code says nothing of the currency: an Irish account's is the euro.
    expect(statement.accounts[0]?.currency).toBeNull();
  });
});

describe("RBC Royal Bank's download", () => {
  it("reads a file of one row as RBC writes every file: money out negative, the month first", () => {
    const text =
      '"Account Type","Account Number","Transaction Date","Cheque Number","Description 1","Description 2",CAD$,USD$\n' +
      'Savings,00000-0000000,3/2/2026,,"DEPOSIT INTEREST",,0.08,\n';
    expect(only(read(text)).map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2026-03-02", 8, "DEPOSIT INTEREST"],
    ]);
  });

  it("reads a Visa's purchase and payment among the chequing account's rows, each account on its own", () => {
    const text =
      '"Account Type","Account Number","Transaction Date","Cheque Number","Description 1","Description 2",CAD$,USD$\n' +
      'Chequing,00000-0000000,3/2/2026,,"KELDORA GROCERY",,-42.10,\n' +
      'Chequing,00000-0000000,3/5/2026,,"PAYROLL DEPOSIT","ZORVEX INC",2100.00,\n' +
      'Visa,4500000000000000,3/4/2026,,"ZORVEX COFFEE",,-4.25,\n' +
      'Visa,4500000000000000,3/9/2026,,"PAYMENT - THANK YOU",,150.00,\n';
    const accounts = read(text).accounts.map((a) => a.transactions.map((t) => [t.postedOn, t.amount]));
    expect(accounts).toEqual([
      [
        ["2026-03-02", -4210],
        ["2026-03-05", 210000],
      ],
      [
        ["2026-03-04", -425],
        ["2026-03-09", 15000],
      ],
    ]);
  });
});

describe("Nationwide's statement export", () => {
  it("names a transfer by its type column's words, and keeps the sort code and account number as the memo", () => {
    const text =
      '"Account Name:","Keldora current ****00000"\n' +
      '"Account Balance:","£100.00"\n\n' +
      '"Date","Transaction type","Description","Paid out","Paid in","Balance"\n' +
      '"13 Jun 2026","Direct debit ZORVEX WATER BILL","ZORVEX WATER BILL","£30.00","","£200.00"\n' +
      '"13 Jun 2026","Visa purchase","ZORVEX RESTAURANT","£50.00","","£150.00"\n' +
      '"24 Jun 2026","Payment to","KELDORA GARAGE","£30.00","","£120.00"\n' +
      '"25 Jun 2026","Visa Credit","KELDORA SUPERMARKET","","£10.00","£130.00"\n' +
      '"28 Jun 2026","Transfer from KELDORA SMITH","000000 00000000","","£100.00","£230.00"\n' +
      '"20 Aug 2026","Transfer to","000000 11111111","£130.00","","£100.00"\n';
    expect(only(read(text)).map((t) => [t.amount, t.description, t.memo])).toEqual([
      [-3000, "ZORVEX WATER BILL", "Direct debit ZORVEX WATER BILL"],
      [-5000, "ZORVEX RESTAURANT", "Visa purchase"],
      [-3000, "KELDORA GARAGE", "Payment to"],
      [1000, "KELDORA SUPERMARKET", "Visa Credit"],
      [10000, "Transfer from KELDORA SMITH", "000000 00000000"],
      [-13000, "Transfer to", "000000 11111111"],
    ]);
  });
});

describe("the account's number and currency stated above the table", () => {
  const table =
    '"F. Operativa","Concepto","F. Valor","Importe","Saldo","Referencia 1","Referencia 2"\n' +
    '"30/12/2026","ABONO TRANSFERENCIA DE ZORVEX LTD","30/12/2026","228.92","7888.71","",""\n' +
    '"29/12/2026","COMPRA TARJ. KELDORA","29/12/2026","-12.40","7659.79","",""\n';

  it("reads Sabadell's Cuenta (an IBAN whose check digits hold) and Divisa", () => {
    const text = `"Consulta de movimientos","",""\n"Cuenta: ","ES91 2100 0418 4502 0005 1332",""\n"Divisa: ","EUR",""\n\n${table}`;
    expect(read(text).accounts[0]).toMatchObject({
      accountNumber: "ES9121000418450200051332",
      currency: "EUR",
    });
  });

  it("reads DKB's IBAN with the account's kind after it, which names the account and its type", () => {
    const text =
      '"Kontonummer:";"DE89 3704 0044 0532 0130 00 / Girokonto";\n\n' +
      '"Kontostand vom 05.05.2026:";"1.234,56 EUR";\n\n' +
      '"Buchungstag";"Wertstellung";"Buchungstext";"Auftraggeber / Begünstigter";"Verwendungszweck";"Kontonummer";"BLZ";"Betrag (EUR)";\n' +
      '"04.05.2026";"04.05.2026";"KARTENZAHLUNG";"KELDORA MARKT";"Einkauf";"1111111111";"10010010";"-28,20";\n' +
      '"02.05.2026";"02.05.2026";"Auftrag";"ZORVEX GMBH";"Miete";"2222222222";"20020020";"-950,00";\n';
    expect(read(text).accounts[0]).toMatchObject({
      accountNumber: "DE89370400440532013000",
      name: "Girokonto",
      type: "checking",
      currency: "EUR",
      balance: 123456,
    });
  });

  it("takes no number whose check digits fail: a masked or made-up one names no account", () => {
    const text = `"Cuenta: ","ES00 0000 0000 0000 0000 0000",""\n\n${table}`;
    expect(read(text).accounts[0]?.accountNumber).toBeNull();
  });
});

describe("Boursorama's export", () => {
  it("reads its category as the bank's category and leaves the category's group out of the memo", () => {
    const text =
      "dateOp;dateVal;label;category;categoryParent;amount;comment;accountNum;accountLabel;accountbalance\n" +
      '2026-06-15;2026-06-15;"CARTE 13/06/26 KELDORA VELO CB*0000";"Transports quotidiens (métro, bus…)";"Voyages & Transports";-2,00;;00000000000;"BOURSORAMA BANQUE";0\n' +
      '2026-06-10;2026-06-10;"PRLV SEPA ZORVEX Telecom";"Téléphonie (fixe et mobile)";"Abonnements & téléphonie";-9,99;;00000000000;"BOURSORAMA BANQUE";0\n' +
      '2026-06-08;2026-06-08;"VIR SEPA KELDORA SAS";"Salaires et revenus";"Revenus";1500,00;;00000000000;"BOURSORAMA BANQUE";0\n';
    expect(only(read(text)).map((t) => [t.amount, t.memo ?? null, t.bankCategory])).toEqual([
      [-200, null, "Transports quotidiens (métro, bus…)"],
      [-999, null, "Téléphonie (fixe et mobile)"],
      [150000, null, "Salaires et revenus"],
    ]);
  });
});

describe("WeChat Pay's and Alipay's bills", () => {
  it("reads WeChat Pay's 收/支, passing over the rows it marks '/' (neutral: a card repayment, a top-up)", () => {
    const text =
      "微信支付账单明细,,,,,,,,,,,\n" +
      "----------------------微信支付账单明细列表--------------------,,,,,,,,,,,\n" +
      "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注,备注\n" +
      '2026-01-01 10:49:54,扫二维码付款,凯多拉副食品店,"饮料",支出,¥3.00,零钱通,已转账,100000000000000000000000000000000001,10000,"/","/"\n' +
      '2026-01-01 14:22:21,信用卡还款,招商银行信用卡还款,"/",/,¥7022.76,零钱通,支付成功,100000000000000000000000000000000002,1800000000000000000000000000002,"/","/"\n' +
      '2026-01-03 09:12:00,转账,佐尔维克斯,"/",收入,¥500.00,/,已存入零钱,100000000000000000000000000000000003,/,"/","/"\n' +
      '2026-01-04 18:30:10,商户消费,凯多拉餐厅,"晚餐",支出,¥86.50,招商银行(0000),支付成功,100000000000000000000000000000000004,20000,"/","/"\n';
    const statement = read(text);
    expect(only(statement).map((t) => t.amount)).toEqual([-300, 50000, -8650]);
    expect(statement.warnings.map((w) => w.message).join(" ")).toMatch(
      /^1 transaction\(s\) marked as neither/,
    );
  });

  it("reads an Alipay bill of purchases only, 支出 on every row, as money out", () => {
    const text =
      "交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注\n" +
      "2026-02-22 12:01:00,餐饮美食,凯多拉面馆,ke***@example.com,午餐,支出,19.00,余额宝,交易成功,2026022200000000000000000001,T000000000001,\n" +
      "2026-05-18 08:30:00,日用百货,佐尔维克斯超市,zo***@example.com,日用品,支出,42.50,花呗,交易成功,2026051800000000000000000002,T000000000002,\n";
    expect(only(read(text)).map((t) => t.amount)).toEqual([-1900, -4250]);
  });
});

describe("State Bank of India's statement CSV", () => {
  it("keeps the value date out of the memo and reads the Ref No./Cheque No. column's words as the memo", () => {
    const text =
      "Txn Date,Value Date,Description,Ref No./Cheque No.,        Debit,Credit,Balance\n" +
      '28-May-26,28-May-26,   TO TRANSFER-UPI/DR/000000000001/KELDORA/UTIB/keldora@apl/Request--,TRANSFER TO 0000000000001,"1,025.00", ,"28,743.60"\n' +
      '30-May-26,30-May-26,   BY TRANSFER-UPI/000000000002/REVERSAL--,TRANSFER FROM 0000000000002, ,42.91,"28,786.51"\n' +
      '04-Jun-26,04-Jun-26,   BY TRANSFER-INB Salary ZORVEX--,ITV0000000               TRANSFER FROM 00000000001, ,"20,000.00","48,786.51"\n' +
      '05-Jun-26,05-Jun-26,   TO TRANSFER-UPI/DR/000000000003/ZORVEX/YESB/zorvex@yb/Paymen--,TRANSFER TO 0000000000003,70, ,"48,716.51"\n' +
      '07-Jun-26,07-Jun-26,   TO TRANSFER-UPI/DR/000000000004/KELDORA/UTIB/keldora@apl/Request--,TRANSFER TO 0000000000004,16.51, ,"48,700.00"\n' +
      '09-Jun-26,09-Jun-26,   BY TRANSFER-UPI/000000000005/KELDORA--,TRANSFER FROM 0000000000005, ,300.00,"49,000.00"\n' +
      ",,,,,,\n" +
      "Sl No.,Balance in the account,Rate of Interest,,,,\n";
    expect(only(read(text)).map((t) => [t.postedOn, t.amount, t.memo, t.checkNumber ?? null])).toEqual([
      ["2026-05-28", -102500, "TRANSFER TO 0000000000001", null],
      ["2026-05-30", 4291, "TRANSFER FROM 0000000000002", null],
      ["2026-06-04", 2000000, "ITV0000000               TRANSFER FROM 00000000001", null],
      ["2026-06-05", -7000, "TRANSFER TO 0000000000003", null],
      ["2026-06-07", -1651, "TRANSFER TO 0000000000004", null],
      ["2026-06-09", 30000, "TRANSFER FROM 0000000000005", null],
    ]);
  });
});

describe("a Swedish bank's export headed by its month", () => {
  it("reads 'September 2026' as a header's name, not as 20 September, and the balance's decimal comma", () => {
    const text =
      "September 2026;Transaktionsdatum;Belopp;Saldo\n" +
      "KELDORA;2026-09-29;-1000;28148,13\n" +
      "ZORVEX;2026-09-28;-556;29148,13\n" +
      "Trams;2026-09-28;-100;29704,13\n";
    const statement = read(text);
    expect(only(statement).map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2026-09-29", -100000, "KELDORA"],
      ["2026-09-28", -55600, "ZORVEX"],
      ["2026-09-28", -10000, "Trams"],
    ]);
    expect(statement.accounts[0]?.balance).toBe(2814813);
  });
});

describe("a card's QIF that writes purchases positive (Halifax)", () => {
  const qif = (amounts: string[]) =>
    `!Type:CCard\n${amounts.map((amount, k) => `D${10 + k}/06/2026\nPKELDORA SHOP ${k}\nT${amount}\n^\n`).join("")}`;

  it("reads its purchases as money out and its refund as money in, and says so", () => {
    const statement = parseStatementFile(
      textFile(qif(["18.72", "14.75", "10.30", "-28.00", "64.51"]), "card.qif"),
    );
    expect(only(statement).map((t) => t.amount)).toEqual([-1872, -1475, -1030, 2800, -6451]);
    expect(statement.warnings.map((w) => w.message).join(" ")).toMatch(
      /writes its purchases as positive amounts/,
    );
  });

  it("leaves Quicken's own card register, charges negative, as written", () => {
    const statement = parseStatementFile(
      textFile(qif(["-18.72", "-14.75", "-10.30", "28.00", "-64.51"]), "card.qif"),
    );
    expect(only(statement).map((t) => t.amount)).toEqual([-1872, -1475, -1030, 2800, -6451]);
    expect(statement.warnings).toEqual([]);
  });
});

describe("HDFC Bank's delimited card statement", () => {
  it("reads fields separated by '~', and stops at the reward points' table below the transactions", () => {
    const text =
      "Name~KELDORA ZORVEX                             \n" +
      "Statement Date~12/05/2026 \n" +
      "Total Amount Due~1,386.00 \n" +
      "Credit limit~50,000.00 \n\n" +
      "Account Summary \n" +
      "Opening Bal~-~Payment / Credit~+~Purchases / Debits~+~Finance Charges~=~Total Dues \n" +
      "0.00~-~0.00~+~1,385.61~+~0.00~=~1,386.00 \n\n" +
      "Card No: 0000 00XX XXXX 0000 \n\n" +
      "Transaction type~Primary / Addon Customer Name~DATE~Description~AMT~Debit / Credit \n" +
      "Domestic~KELDORA ZORVEX~28/04/2026 16:08:48~UPI-ZORVEX TEA~26.00~ \n" +
      "Domestic~KELDORA ZORVEX~30/04/2026 12:55:32~UPI-KELDORA BHAVAN~359.61~ \n" +
      "Domestic~KELDORA ZORVEX~12/05/2026 09:18:46~UPI-ZORVEX FUELS~1,000.00~ \n\n" +
      "Opening Bal~Base + Bonus Reward Points Earned~Disbursed~Adjusted/Lapsed~Closing Balance \n" +
      "0~10~0~0~10 \n\n" +
      "IGST~CGST~SGST~Reversal~Total \n" +
      "0.00~0.00~0.00~0.00~0.00 \n";
    const statement = read(text);
    expect(only(statement).map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2026-04-28", -2600, "UPI-ZORVEX TEA"],
      ["2026-04-30", -35961, "UPI-KELDORA BHAVAN"],
      ["2026-05-12", -100000, "UPI-ZORVEX FUELS"],
    ]);
    expect(statement.accounts[0]?.type).toBe("credit_card");
  });
});

describe("Swiss and business exports", () => {
  it("reads Migros Bank's card amounts padded to three decimals as francs and cents, not thousands", () => {
    const text =
      "TransactionId,CardId,Date,ValutaDate,Amount,Currency,OriginalAmount,OriginalCurrency,MerchantName,MerchantPlace,MerchantCountry,StateType,Details,Type,Exchange Rate\n" +
      "TRX0000000000000000001,000000ABCDEF0000,2026-06-21 13:11:50,2026-06-23 00:00:00,53.100,CHF,53.100,CHF,KELDORA MARKT,Zürich,CHE,BOOKED,Einkauf,merchant,1.000000\n" +
      "TRX0000000000000000002,000000ABCDEF0000,2026-06-20 09:02:10,2026-06-22 00:00:00,12.850,CHF,15.340,USD,ZORVEX STORE,New York,USA,BOOKED,Einkauf,merchant,0.837934\n" +
      "TRX0000000000000000003,000000ABCDEF0000,2026-06-19 18:40:00,2026-06-21 00:00:00,240.000,CHF,240.000,CHF,KELDORA HOTEL,Bern,CHE,BOOKED,Hotel,merchant,1.000000\n";
    expect(only(read(text, "credit_card")).map((t) => t.amount)).toEqual([-5310, -1285, -24000]);
  });

  it("reads Revolut Business's Amount, not its Orig amount, and the day's closing balance by its figures", () => {
    const text =
      "Date started (UTC),Date completed (UTC),ID,Type,State,Description,Reference,Payer,Card number,Orig currency,Orig amount,Payment currency,Amount,Total amount,Fee,Fee currency,Balance,Account\n" +
      "30/09/2026,30/09/2026,00000000-0000-0000-0000-000000000001,TRANSFER,COMPLETED,To ZORVEX GMBH,Invoice 12,KELDORA LTD,,EUR,2921.97,EUR,-2921.97,-2921.97,0,EUR,101577.66,EUR Main\n" +
      "30/09/2026,30/09/2026,00000000-0000-0000-0000-000000000002,CARD_PAYMENT,COMPLETED,KELDORA SOFTWARE,,KELDORA LTD,4000********0000,EUR,149.98,EUR,-149.98,-149.98,0,EUR,104499.63,EUR Main\n";
    const statement = read(text);
    expect(only(statement).map((t) => t.amount)).toEqual([-292197, -14998]);
    expect(statement.accounts[0]).toMatchObject({ balance: 10157766, balanceAsOf: "2026-09-30" });
  });

  it("asks nothing of dates whose day and month are one number (01-01-2026)", () => {
    const text =
      "Date,Description,Amount\n" +
      "01-01-2026,KELDORA COFFEE,-4.33\n" +
      "01-01-2026,ZORVEX BOOKS,-12.00\n" +
      "01-01-2026,Salary KELDORA LTD,1500.00\n";
    expect(only(read(text)).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2026-01-01", -433],
      ["2026-01-01", -1200],
      ["2026-01-01", 150000],
    ]);
  });
});

describe("Intesa Sanpaolo's card list", () => {
  it("reads the card's rows as a card's, with no warning of another table over the dated lines above it", () => {
    const text =
      ",,,,,,,,\n" +
      ",,Intestatario carta:,KELDORA ZORVEX,,,,,\n" +
      ",,Numero carta,0000 **** **** 0000,,,,,\n" +
      ",,Conto di riferimento:,00000000,,,,,\n" +
      ",,,,,,,,\n" +
      ",,Disponibilità residua al:,27.12.2026,998.01,,,,\n" +
      ",,,,,,,,\n" +
      ",,Sbilancio alla data:,27.12.2026,139.53,,,,\n" +
      ",,,,,,,,\n" +
      "Operazioni contabilizzate,,,,,,,,\n" +
      ",,,,,,,,\n" +
      "Data contabile,Data operazione,Descrizione,Accrediti in valuta,Accrediti,Addebiti in valuta,Addebiti,,\n" +
      "28.11.2026,27.11.2026,KELDORA KRABS,,,1.99,1.99,,\n" +
      "28.10.2026,27.10.2026,KELDORA KRABS,,,1.99,1.99,,\n" +
      "02.10.2026,01.10.2026,ZORVEX VIAGGI,,,135.55,135.55,,\n";
    const statement = read(text);
    expect(only(statement).map((t) => t.amount)).toEqual([-199, -199, -13555]);
    expect(statement.accounts[0]?.type).toBe("credit_card");
    expect(statement.warnings).toEqual([]);
  });
});

describe("Zürcher Kantonalbank's export", () => {
  it("describes a row by its Buchungstext, not by the reference codes beside it", () => {
    const text =
      '"Datum";"Buchungstext";"Zahlungszweck";"Whg";"Betrag Detail";"ZKB-Referenz";"Referenznummer";"Belastung CHF";"Gutschrift CHF";"Valuta";"Saldo CHF"\n' +
      '"02.06.2026";"Kontoführungsgebühr";"";"";"";"X01KU0000PA3V3UX-5";"";"8.00";"";"31.05.2026";"71744.19"\n' +
      '"28.05.2026";"Einkauf KELDORA MARKT";"";"";"";"C41KG0000G5XGU5R-5";"";"42.00";"";"28.05.2026";"71752.19"\n' +
      '"25.05.2026";"Gutschrift ZORVEX AG Lohn";"";"";"";"M50NI0000HEXDRQ-5";"";"";"5000.00";"25.05.2026";"71794.19"\n';
    expect(only(read(text)).map((t) => [t.amount, t.description])).toEqual([
      [-800, "Kontoführungsgebühr"],
      [-4200, "Einkauf KELDORA MARKT"],
      [500000, "Gutschrift ZORVEX AG Lohn"],
    ]);
  });
});

describe("Chase's card activity with a return, a payment and an adjustment", () => {
  it("reads each row's own sign; the Type column's kinds (a Return among the Sales) are no debit/credit marks", () => {
    const text =
      "Transaction Date,Post Date,Description,Category,Type,Amount,Memo\n" +
      "12/08/2026,12/08/2026,KELDORA TIMES,Bills & Utilities,Sale,-4.00,\n" +
      "12/07/2026,12/08/2026,SQ *ZORVEX STREET FOOD,Food & Drink,Sale,-52.25,\n" +
      "12/05/2026,12/06/2026,KELDORA OUTFITTERS,Shopping,Return,81.94,\n" +
      "12/04/2026,12/04/2026,Payment Thank You-Mobile,,Payment,500.00,\n" +
      Array.from(
        { length: 9 },
        (_, k) => `12/0${k + 1}/2026,12/0${k + 1}/2026,ZORVEX GROCERY ${k},Groceries,Sale,-6${k}.30,\n`,
      ).join("");
    expect(only(read(text)).map((t) => t.amount)).toEqual([
      -400, -5225, 8194, 50000, -6030, -6130, -6230, -6330, -6430, -6530, -6630, -6730, -6830,
    ]);
  });
});

describe("Wells Fargo's headerless export with checks", () => {
  it("reads the fourth column as the check number, never as an amount", () => {
    // A month's amounts as a real export runs them; one check among them.
    const amounts =
      "-3.02 -3.56 -30.10 -9.99 -12.95 -7.85 -20.00 -100.00 -20.80 -55.64 -14.64 -196.42 -44.95 -44.95 -300.00 -40.00 " +
      "-15.14 -239.00 1200.00 -8.50 -53.30 -9.99 700.00 -123.11 -375.81 -130.00 -125.00 -100.00 -82.00 -229.91";
    const text = amounts
      .split(" ")
      .map((amount, k) => {
        const check = k === 25 ? "1504" : "";
        return `"03/${String(30 - k).padStart(2, "0")}/2026","${amount}","*","${check}","KELDORA ROW ${k}"\n`;
      })
      .join("");
    const rows = only(read(text));
    expect(rows[18]?.amount).toBe(120000);
    expect(rows[25]).toMatchObject({ amount: -13000, checkNumber: "1504" });
    expect(rows.reduce((sum, t) => sum + t.amount, 0)).toBe(-49663);
  });
});

describe("a Venmo export resaved from a spreadsheet", () => {
  it("reads a row whose funding source slid past the named columns where it stands", () => {
    const text =
      "ID,Datetime,Type,Status,Note,From,To,Amount,Funding Source,Destination,,,,,,\n" +
      "3.18E+18,1/5/2026,Charge,Complete,december insurance,Kim Keldora,Sam Zorvex,-4.18,Venmo balance,,,,,,,\n" +
      "3.19E+18,1/13/2026,Charge,Complete,groceries,Lee Keldora,Sam Zorvex,-10.00,Venmo balance,,,,,,,\n" +
      "3.25E+18,4/23/2026,Payment,Complete,phone bill,Lee Keldora,Sam Zorvex,20.00,,,Venmo balance,,,,,\n" +
      "3.26E+18,4/24/2026,Charge,Complete,lunch,Sam Zorvex,Kim Keldora,-5.50,,Venmo balance,,,,,,\n";
    const statement = parseStatementFile({
      ...textFile(text),
      csvMapping: { signConvention: "negative_is_out" },
    });
    expect(only(statement).map((t) => [t.postedOn, t.amount])).toEqual([
      ["2026-01-05", -418],
      ["2026-01-13", -1000],
      ["2026-04-23", 2000],
      ["2026-04-24", -550],
    ]);
  });
});

describe("Bank of America's checking download", () => {
  it('passes over its dated opening line, "Beginning balance as of", which carries the balance as its amount', () => {
    const text =
      "Date,Description,Amount,Running Bal.\n" +
      '01/01/2026,Beginning balance as of 01/01/2026,"2,577.96","2,577.96"\n' +
      '01/05/2026,"KELDORA BANK Credit Card Bill Payment","-129.97","2,447.99"\n' +
      '01/31/2026,"ZORVEX UNIV DES:PAYROLL ID:XXXXX6995 INDN:ROE,JANE CO ID:XXXXX45517 PPD","54.00","2,501.99"\n';
    const statement = read(text);
    expect(only(statement).map((t) => t.amount)).toEqual([-12997, 5400]);
    expect(statement.accounts[0]).toMatchObject({ balance: 250199 });
    expect(statement.warnings).toEqual([]);
  });
});

describe("a card's export in Spanish that writes purchases positive (American Express México)", () => {
  it("reads the payment it thanks you for, GRACIAS POR SU PAGO, as money in and the purchases as money out", () => {
    const text =
      "Fecha,Fecha de Compra,Descripción,Titular de la Tarjeta,Cuenta,Importe\n" +
      "19 Oct 2026,18 Oct 2026,KELDORA RESTAURANTE,KIM ZORVEX,-00000,850.00\n" +
      "17 Oct 2026,16 Oct 2026,ZORVEX SUPERMERCADO,KIM ZORVEX,-00000,1234.50\n" +
      "14 Oct 2026,14 Oct 2026,GRACIAS POR SU PAGO EN BBVA,KIM ZORVEX,-00000,-10000.00\n" +
      "12 Oct 2026,11 Oct 2026,KELDORA GASOLINERA,KIM ZORVEX,-00000,600.00\n";
    expect(only(read(text)).map((t) => t.amount)).toEqual([-85000, -123450, 1000000, -60000]);
  });
});

describe("Chase's older card export, a purchase date beside the posting date", () => {
  it("reads both dates month-first when the purchase date can only be read so", () => {
    const text =
      "Type,Trans Date,Post Date,Description,Amount\n" + "Sale,8/31/26,9/1/26,KELDORA MARKET #0685,-54.8\n";
    expect(only(read(text)).map((t) => [t.postedOn, t.transactedOn, t.amount])).toEqual([
      ["2026-09-01", "2026-08-31", -5480],
    ]);
  });
});

describe("a card's file in two currencies named in words (Uruguay: Pesos and Dólares)", () => {
  it("knows a currency's name, and no word an object's prototype holds", () => {
    expect(["Dólares", "Pesos", "EUR", "constructor", "toString"].map(currencyOfCell)).toEqual([
      "USD",
      null,
      "EUR",
      null,
      null,
    ]);
    expect(["Pesos", "constructor", "toString"].map(isCurrencyWord)).toEqual([true, false, false]);
  });

  it("keeps each currency's rows in an account of their own instead of adding dollars to pesos", () => {
    const text =
      "Tarjeta,Nombre,Tipo,Fecha,Moneda,Importe,No. de cuota\n" +
      '**** 0000,KELDORA PEAJE,Comun,28/10/26,Pesos,"156,00",\n' +
      '**** 0000,ZORVEX SUPERMERCADO,Comun,29/10/26,Pesos,"2.560,00",\n' +
      '**** 0000,KELDORA STREAMING,Comun,29/10/26,Dólares,"12,43",\n' +
      '**** 0000,REDUC. IVA LEY 17934,,01/11/26,Pesos,"-60,49",\n' +
      '**** 0000,RECIBO DE PAGO,,03/11/26,Dólares,"-146,27",\n' +
      '**** 0000,ZORVEX FARMACIA,Comun,04/11/26,Pesos,"890,00",\n' +
      '**** 0000,KELDORA CAFE,Comun,05/11/26,Pesos,"310,00",\n' +
      '**** 0000,ZORVEX LIBROS,Comun,06/11/26,Pesos,"1.200,00",\n';
    const statement = read(text, "credit_card");
    expect(statement.accounts.map((a) => [a.currency, a.transactions.map((t) => t.amount)])).toEqual([
      [null, [-15600, -256000, 6049, -89000, -31000, -120000]],
      ["USD", [-1243, 14627]],
    ]);
  });
});

describe("Credit Suisse's export", () => {
  it("takes the account's currency from the balance stated above the table", () => {
    const text =
      "Erstellt am 02.10.2026 16:27:47 CEST\n" +
      "Buchungen suchen\n" +
      'Konto,"Firmenkonto KELDORA"\n' +
      "Saldo,18'367.58 CHF\n" +
      "Buchungen\n" +
      "Buchungsdatum,Text,Belastung,Gutschrift\n" +
      '29.09.2026,"ZORVEX AG",26.95,\n' +
      '28.09.2026,"KELDORA GMBH",,1500.00\n' +
      '27.09.2026,"ZORVEX MARKT",112.40,\n';
    expect(read(text).accounts[0]).toMatchObject({ currency: "CHF", balance: 1836758 });
  });
});

describe("Société Générale's export", () => {
  it('dates the balance stated above the table by its own line, "Solde au", not by the last row', () => {
    const text =
      '"SG KELDORA      "\n' +
      '"Solde au";"08/08/2026"\n' +
      '"Solde";"2 275,29";"EUR"\n\n' +
      '"Date de l\'opération";"Libellé";"Détail de l\'écriture";"Montant de l\'opération";"Devise"\n' +
      '"22/02/2026";"CARTE X0000 21/02 ZORVEX";"PAIEMENT PAR CARTE";"-10,00";"EUR"\n' +
      '"17/02/2026";"VIR RECU KELDORA";"VIREMENT RECU";"250,00";"EUR"\n' +
      '"15/02/2026";"PRLV SEPA ZORVEX ENERGIE";"PRELEVEMENT";"-54,20";"EUR"\n';
    expect(read(text).accounts[0]).toMatchObject({ balance: 227529, balanceAsOf: "2026-08-08" });
  });
});
