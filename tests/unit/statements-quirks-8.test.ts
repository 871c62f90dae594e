import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { only, rows, textFile } from "../support/statement-fixtures";

// Real-world statement quirks of the eighth round, each reproduced by an inline file of our own (invented rows) with
// the layout a published export showed: an Indonesian bank's host-to-host CSV, and a Swiss bank's Italian export.

describe("an Indonesian bank's CSV", () => {
  // Bahasa Indonesia headers; the branch's code ("Kode Cabang") is a column of whole numbers in front of the
  // transaction's value ("Nilai Transaksi"), and "Debet Credit" says which way each went.
  const text = [
    '"Tanggal Transaksi","Tanggal Posting","Kode Cabang","Kode Transaksi","Nomor Rekening","Nomor Referensi","Currency","Nilai Transaksi","Debet Credit","Deskripsi Transaksi"',
    '"20260719 010642","20260719","303","2654:FTD","000000000001","REF0001","360","282385257","C","KELDORA PAYMENT 0026"',
    '"20260719 074443","20260719","7301","2627:TFS","000000000001","REF0002","360","1500000","D","ZORVEX BIAYA ADMIN"',
  ].join("\n");

  it("reads the amount from the transaction's value, not from the branch's code beside it", () => {
    const transactions = only(parseStatementFile(textFile(text)));
    expect(rows(transactions)).toEqual([
      ["2026-07-19", 28238525700, "KELDORA PAYMENT 0026"],
      ["2026-07-19", -150000000, "ZORVEX BIAYA ADMIN"],
    ]);
    expect(transactions.map((t) => t.externalId)).toEqual(["REF0001", "REF0002"]);
  });
});

describe("a Swiss bank's export in Italian", () => {
  it("describes each row by its booking text (Testo di contabilizzazione), not by the order's kind", () => {
    const text = [
      "Data;Data valuta;Numero di ordine;Tipo di ordine;Testo di contabilizzazione;Addebiti (CHF);Accrediti (CHF);Saldo (CHF)",
      "08.11.2026;08.11.2026;123456789;Accredito;Stipendio KELDORA SA;;5’140.72;12’249.25",
      "25.10.2026;25.10.2026;123456790;Pagamento;ZORVEX Sagl fattura 12;473.54;;7’108.53",
    ].join("\n");
    expect(rows(only(parseStatementFile(textFile(text))))).toEqual([
      ["2026-11-08", 514072, "Stipendio KELDORA SA"],
      ["2026-10-25", -47354, "ZORVEX Sagl fattura 12"],
    ]);
  });
});

describe("a category column named in a Nordic, Polish or Finnish export", () => {
  it("reads 'Kategori' and 'Kategoria' as the bank's category for each row", () => {
    const swedish = [
      "Datum;Text;Kategori;Belopp;Saldo",
      "2026-11-03;KELDORA CITY;Livsmedel;-245,50;10 254,50",
      "2026-11-05;ZORVEX AB;Restaurang;-120,00;10 134,50",
    ].join("\n");
    expect(only(parseStatementFile(textFile(swedish))).map((t) => t.bankCategory)).toEqual([
      "Livsmedel",
      "Restaurang",
    ]);
    const polish = [
      "Data operacji;Opis operacji;Kategoria;Kwota;Saldo po operacji",
      "2026-11-03;QUOBALT SP Z O O;Zakupy spożywcze;-45,10;1 254,90",
      "2026-11-04;KELDORA;Transport;-12,00;1 242,90",
    ].join("\n");
    expect(only(parseStatementFile(textFile(polish))).map((t) => t.bankCategory)).toEqual([
      "Zakupy spożywcze",
      "Transport",
    ]);
  });
});
