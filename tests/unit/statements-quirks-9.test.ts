import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, textFile } from "../support/statement-fixtures";

// The ninth round of real-world statement quirks, from Belgian and German banks' CSV layouts. Every row is invented
// (KELDORA, ZORVEX, zero account numbers); the layouts are the banks' own.

const read = (text: string) => only(parseStatementFile(textFile(text)));
const described = (text: string) => read(text).map((t) => [t.amount, t.description]);

describe("the other party's name, not its account or address", () => {
  it("reads the name beside a column of the other party's IBANs named like a payee (BNP Paribas Fortis)", () => {
    const text =
      "Volgnummer;Uitvoeringsdatum;Valutadatum;Bedrag;Valuta rekening;Rekeningnummer;Type verrichting;Tegenpartij;Naam van de tegenpartij;Mededeling;Details;Status;Reden van weigering\n" +
      "2026-0001;05/01/2026;05/01/2026;-12,40;EUR;BE00000000000000;Betaling met bankkaart;BETALING MET BANKKAART;KELDORA BAKKERIJ;000000000;MET KAART 0000 KELDORA BAKKERIJ;Geaccepteerd;\n" +
      "2026-0002;07/01/2026;07/01/2026;1850,00;EUR;BE00000000000000;Overschrijving;BE11000000000011;ZORVEX NV;loon januari;VAN BE11000000000011;Geaccepteerd;\n" +
      "2026-0003;09/01/2026;09/01/2026;-64,99;EUR;BE00000000000000;Domiciliëring;BE22000000000022;KELDORA TELECOM;factuur 12;DOMICILIERING;Geaccepteerd;\n";
    expect(described(text)).toEqual([
      [-1240, "KELDORA BAKKERIJ"],
      [185000, "ZORVEX NV"],
      [-6499, "KELDORA TELECOM"],
    ]);
  });

  it("reads a header written in camel case, CounterpartyName, as the payee (Triodos)", () => {
    const text =
      '"Date","Account","Amount","CounterpartyAccount","BIC","CounterpartyName","Address","TransactionType","Communication","Balance"\n' +
      '"02-03-2026","BE00000000000000","-45,00","BE33000000000033","ZORVBEBB","Keldora Energie","Keldorastraat 1 1000 BRUSSEL","SDD","+++000/0000/00000+++","955,00"\n' +
      '"04-03-2026","BE00000000000000","250,00","BE44000000000044","ZORVBEBB","Jan Zorvex","Zorvexlaan 2 2000 ANTWERPEN","SCT","Terugbetaling","1205,00"\n';
    expect(described(text)).toEqual([
      [-4500, "Keldora Energie"],
      [25000, "Jan Zorvex"],
    ]);
    // Its "Account" column of IBANs numbers the account; it is not the account's name.
    expect(parseStatementFile(textFile(text)).accounts[0]).toMatchObject({
      accountNumber: "BE00000000000000",
      name: null,
    });
  });

  it("reads the signs from named credit and debit columns when the amount column writes none and no balance checks it (KBC)", () => {
    const text =
      "Rekeningnummer;Rubrieknaam;Naam;Munt;Afschriftnummer;Datum;Omschrijving;Valuta;Bedrag;Saldo;credit;debet;rekeningnummer tegenpartij;BIC tegenpartij;Naam tegenpartij;Adres tegenpartij;gestructureerde mededeling;Vrije mededeling\n" +
      "BE00000000000000;Zicht;Jan;EUR;  02026002;04/02/2026;EUROPESE OVERSCHRIJVING VAN 04-02;04/02/2026;120,00;;120,00;;BE55 0000 0000 0055;ZORVBEBB;Zorvex BV;Zorvexstraat 9 9000 Gent;;factuur 7\n" +
      "BE00000000000000;Zicht;Jan;EUR;  02026001;02/02/2026;EUROPESE OVERSCHRIJVING VAN 02-02;02/02/2026;75,50;;75,50;;BE66 0000 0000 0066;ZORVBEBB;Keldora VZW;Keldoraplein 3 3000 Leuven;;terugbetaling\n";
    expect(described(text)).toEqual([
      [12000, "Zorvex BV"],
      [7550, "Keldora VZW"],
    ]);
  });
});

describe("a German cooperative bank's export (Volksbank)", () => {
  const text = [
    '"Keldora Volksbank eG"',
    "",
    '"Umsatzanzeige"',
    "",
    '"BLZ:";"00000000";;"Datum:";"24.06.2026"',
    '"Konto:";"000000000";;"Uhrzeit:";"23:21:46"',
    '"Abfrage von:";"Jan Zorvex";;"Kontoinhaber:";"Jan Zorvex"',
    "",
    '"Zeitraum:";;"von:";"27.05.2026";"bis:";',
    '"Sortiert nach:";"Buchungstag";"absteigend"',
    "",
    '"Buchungstag";"Valuta";"Auftraggeber/Zahlungsempfänger";"Empfänger/Zahlungspflichtiger";"Konto-Nr.";"IBAN";"BLZ";"BIC";"Vorgang/Verwendungszweck";"Kundenreferenz";"Währung";"Umsatz";" "',
    '"24.06.2026";"24.06.2026";"Jan Zorvex";"KELDORA DROGERIE";;"DE00000000000000000000";;"ZORVDEFF";"Basislastschrift KELDORA DROGERIE";;"EUR";"10,90";"S"',
    '"29.05.2026";"29.05.2026";"Zorvex, Jan";"Zorvex Werke GmbH";;"DE00000000000000000001";;"ZORVDEFF";"Lohn/Gehalt 05/2026";;"EUR";"3.156,31";"H"',
    '"29.05.2026";"29.05.2026";;;;;;;"Abschluss per 31.05.2026";;"EUR";"4,65";"S"',
    '"27.05.2026";;;;;;;;;"Anfangssaldo";"EUR";"1.176,91";"H"',
    '"24.06.2026";;;;;;;;;"Endsaldo";"EUR";"4.317,67";"H"',
  ].join("\n");

  it("reads the Soll/Haben column headed with a blank, and passes over the balance lines", () => {
    expect(read(text).map((t) => t.amount)).toEqual([-1090, 315631, -465]);
  });

  it("takes the closing balance line's figure for the account's balance on its day", () => {
    // 1,176.91 − 10.90 + 3,156.31 − 4.65 = 4,317.67.
    expect(parseStatementFile(textFile(text)).accounts[0]).toMatchObject({
      balance: 431767,
      balanceAsOf: "2026-06-24",
    });
  });

  it("imports the file still when its closing balance line's figure does not read as an amount", () => {
    const unreadable = text.replace('"Endsaldo";"EUR";"4.317,67";"H"', '"Endsaldo";"EUR";"siehe Auszug";"H"');
    const statement = parseStatementFile(textFile(unreadable));
    expect(only(statement).map((t) => t.amount)).toEqual([-1090, 315631, -465]);
    expect(statement.accounts[0]?.balance).toBeNull();
  });

  it("names a row with no party after its other text, not '(no description)'", () => {
    expect(read(text)[2]?.description).toBe("Abschluss per 31.05.2026");
  });

  it("takes no dated line of the preamble for another table", () => {
    expect(parseStatementFile(textFile(text)).warnings).toEqual([]);
  });
});

describe("a card's file that writes purchases positive, told by its payment rows", () => {
  it("reads Discover's layout: the payment and the statement credit are money in, the purchases money out", () => {
    const text =
      "Trans. Date,Post Date,Description,Amount,Category\n" +
      '09/02/2026,09/02/2026,"KELDORA STREAMING 866-000-0000 CA",15.49,"Services"\n' +
      '09/03/2026,09/03/2026,"ZORVEX MARKET 10234 CAMBRIDGE MA",82.17,"Supermarkets"\n' +
      '09/05/2026,09/05/2026,"DIRECTPAY FULL BALANCE",-412.33,"Payments and Credits"\n' +
      '09/06/2026,09/06/2026,"KELDORA FUEL 57444 BOSTON MA",41.02,"Gasoline"\n' +
      '09/08/2026,09/08/2026,"CASHBACK BONUS REDEMPTION PYMT/STMT CRDT",-12.50,"Awards and Rebate Credits"\n' +
      '09/09/2026,09/09/2026,"ZORVEX ONLINE RETURN",-23.99,"Merchandise"\n';
    expect(described(text).map(([amount]) => amount)).toEqual([-1549, -8217, 41233, -4102, 1250, 2399]);
  });

  it("reads a two-row Amex file and a British card's day-first file the same way", () => {
    const amex =
      "Date,Description,Amount\n03/04/2026,KELDORA*ZORVEX BURGERS,31.20\n03/07/2026,AMEX PAYMENT RECEIVED,-300.00\n";
    expect(described(amex)).toEqual([
      [-3120, "KELDORA*ZORVEX BURGERS"],
      [30000, "AMEX PAYMENT RECEIVED"],
    ]);
    const uk =
      'Date,Description,Note,Amount(GBP)\n21/09/2026,"PAYMENT RECEIVED - THANK YOU","",-42.34\n' +
      '05/09/2026,"Keldora Rail","KELDORA RAIL LONDON GBR",-8.50\n03/09/2026,"Keldora Rail","KELDORA RAIL LONDON GBR",30.00\n' +
      '01/09/2026,"Zorvex Stores","ZORVEX STORES 3297 LONDON GBR",12.34\n';
    expect(described(uk).map(([amount]) => amount)).toEqual([4234, 850, -3000, -1234]);
  });

  it("keeps a bank account's money in as money in when it says a payment was received", () => {
    const text =
      "Date,Description,Amount\n2026-03-01,PAYMENT RECEIVED: ZORVEX LTD,1500.00\n2026-03-02,KELDORA GROCER,-45.10\n" +
      "2026-03-03,KELDORA FUEL,-60.00\n";
    expect(described(text).map(([amount]) => amount)).toEqual([150000, -4510, -6000]);
  });
});

describe("British and American exports' own marks", () => {
  it("drops the apostrophe Excel keeps a figure as text with (NatWest)", () => {
    const text =
      "Date, Type, Description, Value, Balance, Account Name, Account Number\n" +
      '01/09/2026,POS,"\'4321 01SEP26 KELDORA STORES 3297 , LONDON GB",-12.34,1000.00,"\'MR J ZORVEX","\'600000-00000000"\n' +
      '03/09/2026,BAC,"ZORVEX LTD , SALARY",2000.00,3000.00,"\'MR J ZORVEX","\'600000-00000000"\n';
    const statement = parseStatementFile(textFile(text));
    expect(statement.accounts[0]?.accountNumber).toBe("600000-00000000");
    expect(only(statement).map((t) => t.description)).toEqual([
      "4321 01SEP26 KELDORA STORES 3297 , LONDON GB",
      "ZORVEX LTD , SALARY",
    ]);
  });

  it("keeps a name that starts with an apostrophe, and a text in single quotes, as written", () => {
    const text =
      "Date,Description,Amount\n2026-03-01,'s-Hertogenbosch Keldora,-5.00\n2026-03-02,'Zorvex Bakkerij',-3.00\n2026-03-03,Keldora,-1.00\n";
    expect(described(text).map(([, description]) => description)).toEqual([
      "'s-Hertogenbosch Keldora",
      "Zorvex Bakkerij",
      "Keldora",
    ]);
  });

  it("passes over a failed payment in a Status column of the export's own words (Cash App)", () => {
    const text =
      "Transaction ID,Date,Transaction Type,Currency,Amount,Fee,Net Amount,Status,Notes,Name of sender/receiver\n" +
      "ca1,2026-09-05 20:11:04 EDT,Sent P2P,USD,-$40.00,$0,-$40.00,PAYMENT SENT,tickets,Jan Zorvex\n" +
      "ca2,2026-09-09 08:00:00 EDT,Received P2P,USD,$40.00,$0,$40.00,PAYMENT DEPOSITED,gas money,Kim Keldora\n" +
      "ca3,2026-09-21 11:00:00 EDT,Sent P2P,USD,-$12.00,$0,-$12.00,FAILED,lunch,Jan Zorvex\n";
    const statement = parseStatementFile(textFile(text));
    expect(only(statement).map((t) => t.amount)).toEqual([-4000, 4000]);
    expect(statement.warnings.map((w) => w.message)).toEqual([
      "1 declined or reverted transaction(s) were not imported: no money moved.",
    ]);
  });
});

describe("Revolut's pockets", () => {
  it("reads each Product as an account of its own, so a move to the savings vault is not one account's pair", () => {
    const text =
      "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n" +
      "CARD_PAYMENT,Current,2026-09-01 10:00:00,2026-09-02 09:00:00,Keldora Market,-12.34,0.00,GBP,COMPLETED,987.66\n" +
      "TRANSFER,Current,2026-09-06 10:00:00,2026-09-06 10:00:01,To Savings Vault,-200.00,0.00,GBP,COMPLETED,787.66\n" +
      "TRANSFER,Savings,2026-09-06 10:00:00,2026-09-06 10:00:01,To Savings Vault,200.00,0.00,GBP,COMPLETED,200.00\n";
    const statement = parseStatementFile(textFile(text));
    expect(
      statement.accounts.map((a) => [a.name, a.type, a.currency, a.balance, a.transactions.length]),
    ).toEqual([
      ["Current", "checking", "GBP", 78766, 2],
      ["Savings", "savings", "GBP", 20000, 1],
    ]);
    expect(statement.warnings).toEqual([]);
  });
});

describe("Central European and German column names", () => {
  it("reads Fio's counter-account name as the payee, never its bank's name", () => {
    const text =
      '"ID operace";"Datum";"Objem";"Měna";"Protiúčet";"Název protiúčtu";"Kód banky";"Název banky";"KS";"VS";"SS";"Poznámka";"Zpráva pro příjemce";"Typ"\n' +
      '"1";"13.07.2026";"29760";"CZK";"27-000001";"ZORVEX SPRÁVA";"0710";"Keldorská národní banka";"";"000";"224";"ZORVEX";"dávka";"Bezhotovostní příjem"\n' +
      '"2";"15.07.2026";"32892";"CZK";"000000001";"KELDORA BIOTECH";"0300";"Zorvexská banka, a.s.";"0138";"9";"";"KELDORA";"mzda";"Bezhotovostní příjem"\n' +
      '"3";"16.07.2026";"-1250";"CZK";"000000002";"KELDORA ENERGIE";"0100";"Keldorská banka, a.s.";"";"77";"";"";"záloha";"Bezhotovostní platba"\n';
    expect(described(text).map(([, description]) => description)).toEqual([
      "ZORVEX SPRÁVA",
      "KELDORA BIOTECH",
      "KELDORA ENERGIE",
    ]);
  });

  it("takes a Volksbank export's IBAN for the account number, and its name for the account's name", () => {
    const text =
      '"Bezeichnung Auftragskonto";"IBAN Auftragskonto";"BIC Auftragskonto";"Bankname Auftragskonto";"Buchungstag";"Valutadatum";"Name Zahlungsbeteiligter";"IBAN Zahlungsbeteiligter";"BIC (SWIFT-Code) Zahlungsbeteiligter";"Buchungstext";"Verwendungszweck";"Betrag";"Waehrung"\n' +
      '"Girokonto";"DE00000000000000000000";"ZORVDEFF";"Keldora Volksbank";"03.01.2026";"03.01.2026";"Zorvex Streaming B.V.";"NL00ZORV0000000000";"ZORVNL2A";"SEPA-Lastschrift";"Abonnement";"-12,99";"EUR"\n' +
      '"Girokonto";"DE00000000000000000000";"ZORVDEFF";"Keldora Volksbank";"05.01.2026";"05.01.2026";"Keldora Musik AB";"SE00KELD0000000000";"KELDSESS";"SEPA-Lastschrift";"Premium";"-9,99";"EUR"\n';
    const statement = parseStatementFile(textFile(text));
    expect(statement.accounts.map((a) => [a.accountNumber, a.name])).toEqual([
      ["DE00000000000000000000", "Girokonto"],
    ]);
    expect(only(statement).map((t) => t.description)).toEqual(["Zorvex Streaming B.V.", "Keldora Musik AB"]);
  });

  it("reads mBank's title as the description and the kind of operation as the memo", () => {
    const text =
      "#Data księgowania;#Data operacji;#Opis operacji;#Tytuł;#Nadawca/Odbiorca;#Numer konta;#Kwota;#Saldo po operacji;\n" +
      '2026-07-05;2026-07-05;ZAKUP PRZY UŻYCIU KARTY;"KELDORA             /WROCLAW";"  ";\'\';-240,00;137,93;\n' +
      '2026-07-20;2026-07-20;BLIK ZAKUP E-COMMERCE;"ZORVEX SKLEP";"  ";\'\';-21,34;116,59;\n';
    expect(read(text).map((t) => [t.amount, t.description, t.memo])).toEqual([
      // The padding is kept as written: it marks where the name field ends.
      [-24000, "KELDORA             /WROCLAW", "ZAKUP PRZY UŻYCIU KARTY"],
      [-2134, "ZORVEX SKLEP", "BLIK ZAKUP E-COMMERCE"],
    ]);
  });
});

describe("a headerless export of several of the holder's accounts (Rabobank's older CSV)", () => {
  it("reads the account on each row from the column that repeats a few IBANs", () => {
    const row = (account: string, date: string, side: string, amount: string, name: string, text: string) =>
      `"${account}","EUR","${date}","${side}","${amount}","","${name}","${date}","ba","","${text}","","","","","","","",""`;
    const text = [
      row("NL00RABO0000000001", "20260104", "D", "15.11", "", "Keldora Market 1368 ROTTERDAM"),
      row("NL00RABO0000000001", "20260105", "C", "55.00", "Jan Zorvex", "Eten en drinken"),
      row("NL00RABO0000000002", "20260106", "D", "57.06", "", "Overboeking spaarrekening"),
      row("NL00RABO0000000001", "20260107", "D", "9.99", "", "Zorvex Streaming"),
      row("NL00RABO0000000002", "20260108", "C", "1.27", "", "Rente"),
      row("NL00RABO0000000001", "20260109", "D", "30.00", "", "Keldora Tankstation"),
    ].join("\n");
    const statement = parseStatementFile(textFile(text));
    expect(statement.accounts.map((a) => [a.accountNumber, a.transactions.map((t) => t.amount)])).toEqual([
      ["NL00RABO0000000001", [-1511, 5500, -999, -3000]],
      ["NL00RABO0000000002", [-5706, 127]],
    ]);
  });
});

describe("a balance stated above the table with its date in the words", () => {
  it("reads Crédit Agricole's 'Solde au <date> <amount> €' line", () => {
    const text = [
      "Téléchargement du 05/03/2026;",
      "",
      "M. JAN ZORVEX;",
      "Compte de Dépôt carte n° 00000000000;",
      "Solde au 05/03/2026 2 345,67 €",
      ";",
      "Date;Libellé;Débit euros;Crédit euros;",
      '01/02/2026;"VIR SEPA RECU /DE KELDORA SAS /MOTIF SALAIRE";;3 200,00;',
      '03/02/2026;"PRLV SEPA ZORVEX MOBILE";19,99;;',
      '15/02/2026;"CB KELDORA BOULANGERIE";4,80;;',
    ].join("\n");
    expect(parseStatementFile(textFile(text)).accounts[0]).toMatchObject({
      balance: 234567,
      balanceAsOf: "2026-03-05",
    });
  });

  it("reads Fio's 'Koncový stav účtu k <date>: <amount> CZK', not its opening one", () => {
    const text = [
      '"Výpis č. 7/2026 z účtu ""0000000000/2010"""',
      '"Počáteční stav účtu k 01.07.2026: 382,38 CZK"',
      '"Koncový stav účtu k 31.07.2026: 22984,38 CZK"',
      "",
      '"ID operace";"Datum";"Objem";"Měna";"Název protiúčtu";"Zpráva pro příjemce"',
      '"1";"13.07.2026";"29760";"CZK";"ZORVEX SPRÁVA";"dávka"',
      '"2";"16.07.2026";"-7158";"CZK";"KELDORA ENERGIE";"záloha"',
    ].join("\n");
    expect(parseStatementFile(textFile(text)).accounts[0]).toMatchObject({
      balance: 2298438,
      balanceAsOf: "2026-07-31",
    });
  });
});

describe("a file of two accounts one after the other, each in date order", () => {
  it("reads the rows' order from most steps, so Revolut's fee is found by its balance and taken with the amount", () => {
    const text =
      "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n" +
      "Topup,Current,2026-07-01 08:00:00,2026-07-01 08:00:04,Top-up by *0000,5000.00,0.00,CZK,COMPLETED,5000.00\n" +
      "Card Payment,Current,2026-07-03 06:44:16,2026-07-03 13:57:52,Keldora Streaming,-339.00,0.00,CZK,COMPLETED,4661.00\n" +
      "Transfer,Current,2026-07-12 14:30:34,2026-07-12 14:30:38,To Jan Zorvex,-1000.00,7.00,CZK,COMPLETED,3654.00\n" +
      "Card Payment,Current,2026-07-20 09:32:29,2026-07-20 10:51:53,Zorvex Cafe,-54.00,0.00,CZK,COMPLETED,3600.00\n" +
      "CASHBACK,Savings,2024-06-19 21:00:30,2024-06-20 07:01:53,Plan Cashback,0.17,0.00,CZK,COMPLETED,0.17\n" +
      "Transfer,Savings,2024-06-20 11:10:43,2024-06-20 11:10:43,To CZK,-0.17,0.00,CZK,COMPLETED,0.00\n";
    const statement = parseStatementFile(textFile(text));
    expect(statement.accounts[0]?.transactions.map((t) => t.amount)).toEqual([
      500000, -33900, -100700, -5400,
    ]);
    expect(statement.warnings).toEqual([]);
  });
});

describe("a short file whose kind column names one debit and one credit", () => {
  it("reads the signs they agree on without asking (Wealthfront's cash account)", () => {
    const text =
      "Transaction date,Description,Type,Amount\n9/25/2026,Keldora Bank (Account ****0000),Withdrawal,-1000.00\n" +
      "9/1/2026,August interest,Interest payment,40.00\n8/15/2026,Zorvex Investment Account,Transfer,-500.00\n" +
      "8/1/2026,July interest,Interest payment,35.00\n7/31/2026,Keldora Bank (Account ****0000),Deposit,5000.00\n";
    expect(described(text).map(([amount]) => amount)).toEqual([-100000, 4000, -50000, 3500, 500000]);
  });
});
