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

  it("names a row with no party after its other text, not '(no description)'", () => {
    expect(read(text)[2]?.description).toBe("Abschluss per 31.05.2026");
  });

  it("takes no dated line of the preamble for another table", () => {
    expect(parseStatementFile(textFile(text)).warnings).toEqual([]);
  });
});
