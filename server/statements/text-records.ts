import "server-only";

import { hintFor, type Role } from "@/server/statements/csv-header-names";
import type { CsvRow } from "@/server/statements/csv-tokenize";

// Santander UK's "Text" download writes no columns at all: one "Key: value" line per field, a blank line
// between transactions, and a short "From: … to …" / "Account: …" block above them:
//
//   Date: 29/12/2012
//   Description: CARD PAYMENT TO WWW.JUST EAT.CO.UK,10.45 GBP, RATE 1.00/GBP ON 26-12-2012
//   Amount: -10.45 GBP
//   Balance: 3472.63 GBP
//
// Such a file is turned into the table it stands for (a header of the keys, a row per transaction), so
// column detection, the mapping screen and the import read it like any CSV.

const FIELD = /^(\p{L}[\p{L} .]{0,30}?)\s*:\s?(.*)$/u;
const DATE_ROLES = new Set<Role>(["date", "postedDate", "transactionDate", "valueDate"]);
const MONEY_ROLES = new Set<Role>(["amount", "debit", "credit"]);

type Field = { key: string; value: string; line: number };

const SAMPLE_LINES = 50;

/** The table a "Key: value" record file stands for, or null when the text is not one. */
export function recordsAsRows(text: string): CsvRow[] | null {
  const lines = text.split("\n");
  const blocks: Field[][] = [];
  let block: Field[] = [];
  let fieldLines = 0;
  let otherLines = 0;
  // A delimited file has no "Key: value" lines at all; prose with a colon here and there has few.
  const tooFewFields = () => fieldLines < 4 || otherLines * 5 > fieldLines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") {
      if (block.length > 0) blocks.push(block);
      block = [];
      continue;
    }
    const match = FIELD.exec(line);
    if (match) {
      fieldLines++;
      block.push({ key: (match[1] ?? "").trim(), value: (match[2] ?? "").trim(), line: i + 1 });
    } else {
      otherLines++;
      // A value that wraps onto a line of its own belongs to the field above it.
      const last = block.at(-1);
      if (last) last.value = `${last.value} ${line}`;
    }
    // Every CSV upload passes here first: its first lines settle it, without reading the rest of the file.
    if (fieldLines + otherLines === SAMPLE_LINES && tooFewFields()) return null;
  }
  if (block.length > 0) blocks.push(block);
  if (tooFewFields()) return null;

  const isTransaction = (fields: Field[]) => {
    const roles = fields.map((f) => hintFor(f.key));
    return (
      roles.some((r) => r !== null && DATE_ROLES.has(r)) &&
      roles.some((r) => r !== null && MONEY_ROLES.has(r))
    );
  };
  const transactions = blocks.filter(isTransaction);
  if (transactions.length === 0) return null;

  const keys: string[] = [];
  for (const fields of transactions) for (const { key } of fields) if (!keys.includes(key)) keys.push(key);
  const header: CsvRow = { line: transactions[0]?.[0]?.line ?? 1, cells: keys };
  return [
    header,
    ...transactions.map((fields) => ({
      line: fields[0]?.line ?? 1,
      cells: keys.map((key) => fields.find((f) => f.key === key)?.value ?? ""),
    })),
  ];
}
