// How long reading a statement file takes before an upload is answered (the whole file is read then), for a
// CSV close to the 10 MB limit and a large OFX, with the heap they need.
// Usage: npm run bench:statements -- [--csv-rows=120000] [--ofx-rows=40000] [--runs=3]

import { parseStatementFile } from "@/server/statements/parse-file";

function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = hit ? Number(hit.slice(name.length + 3)) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const CSV_ROWS = arg("csv-rows", 120_000);
const OFX_ROWS = arg("ofx-rows", 40_000);
const RUNS = arg("runs", 3);

const pad = (n: number) => String(n).padStart(2, "0");

// A German-style CSV (semicolons, decimal commas, a running balance), which exercises detection in full.
function csvFile(rows: number): Uint8Array {
  const lines = ["Buchungstag;Valuta;Empfänger;Verwendungszweck;Betrag;Saldo;Währung"];
  let balance = 1_000_000;
  for (let i = 0; i < rows; i++) {
    const cents = (i % 7 === 0 ? 1 : -1) * (((i * 37) % 50_000) + 1);
    balance += cents;
    const date = `${pad(1 + (i % 28))}.${pad(1 + (Math.floor(i / 28) % 12))}.2024`;
    const money = (c: number) =>
      `${c < 0 ? "-" : ""}${Math.floor(Math.abs(c) / 100)},${pad(Math.abs(c) % 100)}`;
    lines.push(
      `${date};${date};Händler ${i % 500} GmbH;Kartenzahlung ${i};${money(cents)};${money(balance)};EUR`,
    );
  }
  return new TextEncoder().encode(lines.join("\n"));
}

function ofxFile(rows: number): Uint8Array {
  const transactions: string[] = [];
  for (let i = 0; i < rows; i++) {
    transactions.push(
      `<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024${pad(1 + (i % 12))}${pad(1 + (i % 28))}<TRNAMT>-${(i % 1000) + 1}.25` +
        `<FITID>F${i}<NAME>MERCHANT ${i % 500} SOMEWHERE CA<MEMO>POS PURCHASE ${i}</STMTTRN>`,
    );
  }
  const text =
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>" +
    "</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS>" +
    "<CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>42<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>\n" +
    `${transactions.join("\n")}\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n`;
  return new TextEncoder().encode(text);
}

function measure(label: string, bytes: Uint8Array, filename: string): void {
  const times: number[] = [];
  let rows = 0;
  let peak = 0;
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const statement = parseStatementFile({ bytes, filename, accountType: "checking" });
    times.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    rows = statement.accounts.reduce((n, a) => n + a.transactions.length, 0);
  }
  const best = Math.min(...times);
  const mb = bytes.length / 1024 / 1024;
  console.log(
    `${label}: ${mb.toFixed(1)} MB, ${rows.toLocaleString("en-US")} rows — best of ${RUNS} ${best.toFixed(0)} ms ` +
      `(${(mb / (best / 1000)).toFixed(1)} MB/s, ${Math.round(rows / (best / 1000)).toLocaleString("en-US")} rows/s), ` +
      `runs ${times.map((t) => t.toFixed(0)).join(" / ")} ms, heap growth ≤ ${(peak / 1024 / 1024).toFixed(0)} MB`,
  );
}

measure("CSV", csvFile(CSV_ROWS), "umsaetze.csv");
measure("OFX", ofxFile(OFX_ROWS), "statement.ofx");
