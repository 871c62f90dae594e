import "server-only";

import type { Database } from "@/db";
import type { Cents } from "@/lib/money";
import { getAccount } from "@/server/accounts/accounts";
import { AppError } from "@/server/errors";
import { type CsvPreview, parseCsv, previewCsv } from "@/server/statements/csv";
import { decodeStatementBytes } from "@/server/statements/decode";
import { fileAccounts } from "@/server/statements/file-accounts";
import { getRememberedMapping } from "@/server/statements/mappings";
import { detectStatementFormat, MAX_STATEMENT_BYTES } from "@/server/statements/parse-file";
import { type AccountType, type ParsedStatement, StatementParseError } from "@/server/statements/types";
import { type ReadOptions, readUploadedStatement } from "@/server/statements/upload";

// What the import form shows before anything is imported: the accounts in the file (so the user can say
// where each goes), how a CSV's columns were read and the first rows as Tally will import them (so a wrong
// sign or date order is seen before it is stored), and what is still needed (the one sign question).

export type FileAccountSummary = {
  key: string;
  label: string;
  name: string | null;
  type: AccountType;
  currency: string | null;
  transactions: number;
  pending: number;
  balance: Cents | null;
};

export type SampleRow = { postedOn: string; description: string; amount: Cents; pending: boolean };

export type StatementPreview = {
  format: ParsedStatement["format"];
  accounts: FileAccountSummary[];
  csv: CsvPreview | null;
  /** The first rows as they will be imported, once nothing is left to ask. */
  sample: SampleRow[];
  /** What stops the import as the file stands: a mapping to finish, a row to fix. */
  problem: string | null;
  warnings: string[];
};

const SAMPLE_SIZE = 5;

export async function previewStatementUpload(
  db: Database,
  userId: string,
  file: { bytes: Uint8Array; filename: string },
  options: ReadOptions & { accountId?: string | null; accountType?: AccountType | null },
): Promise<StatementPreview> {
  if (file.bytes.length > MAX_STATEMENT_BYTES) {
    throw new AppError("payload_too_large", "Statement files can be at most 10 MB.");
  }
  const account = options.accountId ? await getAccount(db, userId, options.accountId) : null;
  const accountType = account?.type ?? options.accountType ?? null;
  const text = decodeStatementBytes(file.bytes).text;
  if (detectStatementFormat(text, file.filename) !== "csv") {
    const { statement } = readUploadedStatement(
      file,
      { qifDateOrder: options.qifDateOrder },
      { accountType },
    );
    return { ...summarize(statement), csv: null, problem: null };
  }

  let csv: CsvPreview;
  try {
    csv = previewCsv(text, {
      mapping: options.csvMapping,
      accountType,
      remembered: account ? await getRememberedMapping(db, userId, account.id) : null,
    });
  } catch (error) {
    if (error instanceof StatementParseError) throw new AppError("invalid_input", error.message);
    throw error;
  }
  if (!csv.mapping) {
    return { format: "csv", accounts: [], csv, sample: [], problem: csv.problem, warnings: [] };
  }
  try {
    // Read with the mapping in force; while the sign is still to be asked, only to list the accounts.
    const statement = parseCsv(text, { mapping: csv.mapping });
    const summary = summarize(statement);
    return { ...summary, csv, sample: csv.question ? [] : summary.sample, problem: null };
  } catch (error) {
    if (!(error instanceof StatementParseError)) throw error;
    return { format: "csv", accounts: [], csv, sample: [], problem: error.message, warnings: [] };
  }
}

function summarize(statement: ParsedStatement): Omit<StatementPreview, "csv" | "problem"> {
  const accounts = fileAccounts(statement);
  const first = accounts.find((a) => a.account.transactions.length > 0)?.account;
  return {
    format: statement.format,
    accounts: accounts.map(({ key, label, account }) => ({
      key,
      label,
      name: account.name ?? null,
      type: account.type,
      currency: account.currency,
      transactions: account.transactions.length,
      pending: account.transactions.filter((t) => t.pending).length,
      balance: account.balance,
    })),
    sample: (first?.transactions ?? []).slice(0, SAMPLE_SIZE).map((t) => ({
      postedOn: t.postedOn,
      description: t.description,
      amount: t.amount,
      pending: t.pending ?? false,
    })),
    warnings: statement.warnings.map((w) => w.message),
  };
}
