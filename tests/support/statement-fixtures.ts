// Reading the committed statement fixtures the way an upload would be read.

import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import type { CsvMapping } from "@/server/statements/csv";
import { parseStatementFile } from "@/server/statements/parse-file";
import {
  type AccountType,
  type ParsedStatement,
  type ParsedTransaction,
  StatementParseError,
} from "@/server/statements/types";

export const FIXTURES = path.resolve(__dirname, "../fixtures/statements");

export type FixtureOptions = {
  csvMapping?: CsvMapping | Partial<CsvMapping>;
  qifDateOrder?: "MDY" | "DMY";
  accountType?: AccountType;
};

export function parse(file: string, options: FixtureOptions = {}) {
  const bytes = readFileSync(path.join(FIXTURES, file));
  return parseStatementFile({ bytes, filename: path.basename(file), ...options });
}

/** The transactions of a statement that must hold exactly one account. */
export function only(statement: ParsedStatement): ParsedTransaction[] {
  expect(statement.accounts).toHaveLength(1);
  return statement.accounts[0]?.transactions ?? [];
}

/** The refusal a fixture must produce; fails the test when the file is read or fails another way. */
export function refusal(file: string, options: FixtureOptions = {}): StatementParseError {
  try {
    parse(file, options);
  } catch (error) {
    if (error instanceof StatementParseError) return error;
    throw error;
  }
  throw new Error(`${file} was not refused`);
}

/** Each transaction as [date, cents, description]: what the statement tests compare. */
export const rows = (transactions: ParsedTransaction[]) =>
  transactions.map((t) => [t.postedOn, t.amount, t.description]);

/** A statement file written inline in a test, as an upload hands it to the reader. */
export const textFile = (text: string, filename = "export.csv") => ({
  bytes: new TextEncoder().encode(text),
  filename,
});

/** The refusal an inline file must produce; fails the test when the file is read or fails another way. */
export function textRefusal(text: string, filename?: string): StatementParseError {
  try {
    parseStatementFile(textFile(text, filename));
  } catch (error) {
    if (error instanceof StatementParseError) return error;
    throw error;
  }
  throw new Error("the file was read");
}
