import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeStatementBytes } from "@/server/statements/decode";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only } from "../support/statement-fixtures";

// Polish, Czech, Slovak and Hungarian banks still export in ISO-8859-2 or windows-1250 (a Polish bank's MT940, a
// Czech bank's CSV). Read as windows-1252 their words turn into symbols and other letters ("OP£ATA", "výbìr"), which
// the categorizer cannot read either. Every row here is invented.

const POLISH =
  "Data;Opis;Kwota\n01.03.2024;OPŁATA ZA PROWADZENIE RACHUNKU;-6,00\n02.03.2024;Zakup kartą ŻABKA Świętokrzyska Łódź;-23,45\n" +
  "05.03.2024;Przelew przychodzący WYNAGRODZENIE ZA LUTY;5200,00\n07.03.2024;Wypłata gotówki z bankomatu Gdańsk;-200,00\n";
const CZECH =
  "Datum;Popis;Částka\n01.03.2024;Výběr z bankomatu Brno;-2000,00\n02.03.2024;Platba kartou Řeznictví Dvořák;-312,50\n" +
  "04.03.2024;Příchozí úhrada mzda za únor;42000,00\n06.03.2024;Poplatek za vedení účtu;-99,00\n";
const HUNGARIAN =
  "Dátum;Közlemény;Összeg\n2024.03.01;Számlavezetési díj;-1500\n2024.03.02;Vásárlás kártyával Győr élelmiszerbolt;-8450\n" +
  "2024.03.05;Átutalás bérkifizetés;450000\n2024.03.08;Készpénzfelvétel ATM Szőlő utca;-20000\n";

describe("Central European encodings", () => {
  it.each([
    ["Polish", "iso-8859-2", POLISH],
    ["Polish", "windows-1250", POLISH],
    ["Czech", "windows-1250", CZECH],
    ["Czech", "iso-8859-2", CZECH],
    ["Hungarian", "windows-1250", HUNGARIAN],
  ] as const)("decodes %s text written in %s", (_language, encoding, text) => {
    expect(decodeStatementBytes(iconv.encode(text, encoding)).text).toBe(text);
  });

  it("reads a Polish ISO-8859-2 export's descriptions as written, not as symbols", () => {
    const statement = parseStatementFile({
      bytes: iconv.encode(POLISH, "iso-8859-2"),
      filename: "wyciag.csv",
    });
    expect(only(statement).map((t) => [t.amount, t.description])).toEqual([
      [-600, "OPŁATA ZA PROWADZENIE RACHUNKU"],
      [-2345, "Zakup kartą ŻABKA Świętokrzyska Łódź"],
      [520000, "Przelew przychodzący WYNAGRODZENIE ZA LUTY"],
      [-20000, "Wypłata gotówki z bankomatu Gdańsk"],
    ]);
  });

  it.each([
    [
      "German",
      "Buchungstag;Verwendungszweck;Betrag\n01.03.2024;Überweisung Miete März;-900,00\n02.03.2024;Bäckerei Müller Straße;-4,50\n" +
        "03.03.2024;Gebühr für Kontoführung;-5,00\n",
    ],
    [
      "French",
      "Date;Libellé;Montant\n01/03/2024;Crédit à la consommation;-120,00\n02/03/2024;Boulangerie Dupré Frères;-4,80\n" +
        "05/03/2024;Pâtisserie Hélène, crème brûlée;-12,00\n07/03/2024;Virement reçu de Mme Lefèvre;250,00\n" +
        "08/03/2024;Élève première année, système;-30,00\n",
    ],
    [
      "Spanish",
      "Fecha;Concepto;Importe\n01/03/2024;Recibo de la compañía eléctrica;-60,00\n02/03/2024;Nómina de febrero, año 2024;1800,00\n" +
        "03/03/2024;Comisión por mantenimiento España;-3,00\n",
    ],
    [
      "Portuguese",
      "Data;Descrição;Valor\n01/03/2024;Pagamento de serviços, condomínio;-150,00\n02/03/2024;Transferência recebida João;300,00\n" +
        "03/03/2024;Padaria São José pão;-5,00\n",
    ],
    [
      "Danish",
      "Dato;Tekst;Beløb\n01-03-2024;Overførsel til opsparing;-500,00\n02-03-2024;Købmand Søndergade Århus;-120,50\n" +
        "03-03-2024;Hævning i pengeautomat Næstved;-200,00\n",
    ],
    [
      "Italian",
      "Data;Descrizione;Importo\n01/03/2024;Pagamento attività sportiva città;-20,00\n02/03/2024;Bonifico lunedì pagherò;-30,00\n",
    ],
    [
      "English with pound signs and symbols (Ł, ¹ and ³ in windows-1250)",
      "Date,Description,Amount\n01/03/2024,CASHBACK £20 TESCO,-32.50\n02/03/2024,FX FEE £1.25 ON €40,-1.25\n" +
        "03/03/2024,Café Nero ½ price,-2.10\n04/03/2024,TRANSFER £500 ™ REF 1²,-500.00\n05/03/2024,£,-1.00\n",
    ],
  ])("keeps %s in windows-1252", (_language, text) => {
    expect(decodeStatementBytes(iconv.encode(text, "windows-1252"))).toEqual({
      text,
      encoding: "windows-1252",
    });
  });
});
