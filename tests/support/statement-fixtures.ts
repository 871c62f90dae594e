// Reading the committed statement fixtures the way an upload would be read.

import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { CsvMapping } from "@/server/statements/csv";
import { parseStatementFile } from "@/server/statements/parse-file";
import type { AccountType, ParsedStatement, ParsedTransaction } from "@/server/statements/types";

export const FIXTURES = path.resolve(__dirname, "../fixtures/statements");

export function parse(
  file: string,
  options: {
    csvMapping?: CsvMapping | Partial<CsvMapping>;
    qifDateOrder?: "MDY" | "DMY";
    accountType?: AccountType;
  } = {},
) {
  const bytes = readFileSync(path.join(FIXTURES, file));
  return parseStatementFile({ bytes, filename: path.basename(file), ...options });
}

/** The transactions of a statement that must hold exactly one account. */
export function only(statement: ParsedStatement): ParsedTransaction[] {
  expect(statement.accounts).toHaveLength(1);
  return statement.accounts[0]?.transactions ?? [];
}
