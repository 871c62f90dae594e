import "server-only";

import type { Account } from "@/db/schema";
import { newId } from "@/lib/ids";
import { AppError } from "@/server/errors";
import type { CsvMapping, RememberedMapping } from "@/server/statements/csv";
import { currentCurrencyCode } from "@/server/statements/currency-codes";
import { decodeStatementBytes } from "@/server/statements/decode";
import { type AccountChoice, chooseFileAccount } from "@/server/statements/file-accounts";
import { readStatementFile, UnsupportedStatementError } from "@/server/statements/parse-file";
import type { QifDateOrder } from "@/server/statements/qif";
import {
  type ParsedAccount,
  type ParsedStatement,
  StatementNeedsAnswerError,
  StatementParseError,
} from "@/server/statements/types";

// The checks an uploaded statement passes before it is accepted: the file reads whole, each target names a
// distinct account in the file with something to import, and the currencies agree. Every refusal is an
// AppError in the user's words, with the field to fix.

export type ReadOptions = { csvMapping?: unknown; qifDateOrder?: QifDateOrder };

export type NewAccountInput = { name: string; type: Account["type"]; currency: string };

/** Where one of the file's accounts goes: an account the user has, or a new one created with the import. */
export type ImportTarget = { fileAccount?: string } & (
  | { accountId: string; newAccount?: undefined }
  | { newAccount: NewAccountInput; accountId?: undefined }
);

export type ImportPlan = {
  syncId: string;
  accountId: string;
  newAccount: NewAccountInput | null;
  accountNumber: string | null;
  fileAccount: string;
  objectKey: string;
};

/** One import per target, after checking that each names a distinct account in the file with rows in it. */
export function planImports(
  statement: ParsedStatement,
  targets: ImportTarget[],
  existing: Map<string, Account>,
): ImportPlan[] {
  const plans: ImportPlan[] = [];
  const usedKeys = new Set<string>();
  const usedAccounts = new Set<string>();
  for (const target of targets) {
    const account = target.accountId ? existing.get(target.accountId) : undefined;
    const choice = chooseFileAccount(statement, {
      fileAccount: target.fileAccount,
      accountNumber: account?.accountNumber,
    });
    if (!choice.ok) throw accountChoiceError(choice);
    const { key, account: parsed } = choice.chosen;
    if (parsed.transactions.length === 0 && parsed.balance === null) {
      throw new AppError("statement_unreadable", "This file has no transactions in it.", {
        fields: { file: "has no transactions" },
      });
    }
    if (usedKeys.has(key) || (account && usedAccounts.has(account.id))) {
      throw new AppError(
        "invalid_input",
        "Each account in the file can go into one account, and each account take one.",
      );
    }
    usedKeys.add(key);
    if (account) usedAccounts.add(account.id);
    checkCurrency(parsed, account, target.newAccount);
    plans.push({
      syncId: newId(),
      accountId: account?.id ?? newId(),
      newAccount: target.newAccount ?? null,
      accountNumber: parsed.accountNumber,
      fileAccount: key,
      objectKey: "",
    });
  }
  return plans;
}

export function accountChoiceError(choice: Extract<AccountChoice, { ok: false }>): AppError {
  if (choice.reason === "empty") {
    return new AppError("statement_unreadable", "This file has no transactions in it.", {
      fields: { file: "has no transactions" },
    });
  }
  const list = choice.candidates.map(
    (c) => `${c.label} (${plural(c.account.transactions.length)}): “${c.key}”`,
  );
  if (choice.reason === "unknown_key") {
    return new AppError(
      "invalid_input",
      `The file has no account by that name. It holds: ${list.join("; ")}.`,
      {
        fields: { file_account: "is not an account in this file" },
      },
    );
  }
  return new AppError(
    "statement_unreadable",
    `This file holds ${choice.candidates.length} accounts: ${list.join("; ")}. Choose which one goes into this account.`,
    { fields: { file_account: "choose one of the file's accounts" } },
  );
}

const plural = (n: number) => `${n} transaction${n === 1 ? "" : "s"}`;

/** A file that states its currency goes only into an account kept in that currency. */
function checkCurrency(
  parsed: ParsedAccount,
  account: Account | undefined,
  created: NewAccountInput | undefined,
): void {
  const stated = parsed.currency;
  if (!stated) return;
  // An account someone created as RUR is kept in roubles all the same; the file says RUB for them.
  const currency = currentCurrencyCode(account?.currency ?? created?.currency ?? "");
  if (currency === stated) return;
  const name = account ? `“${account.name}”` : "the new account";
  throw new AppError(
    "statement_unreadable",
    `This file is in ${stated}, but ${name} is kept in ${currency}. Import it into an account in ${stated}.`,
    {
      fields: account ? { file: `is in ${stated}` } : { currency: `must be ${stated}, the file's currency` },
    },
  );
}

export function readUploadedStatement(
  file: { bytes: Uint8Array; filename: string },
  options: ReadOptions,
  context: { accountType?: Account["type"] | null; rememberedCsv?: RememberedMapping | null } = {},
): { statement: ParsedStatement; csv: { mapping: CsvMapping; text: string } | null } {
  try {
    const read = readStatementFile({ bytes: file.bytes, filename: file.filename, ...options, ...context });
    return {
      statement: read.statement,
      csv: read.csv ? { mapping: read.csv.mapping, text: decodeStatementBytes(file.bytes).text } : null,
    };
  } catch (error) {
    if (error instanceof UnsupportedStatementError)
      throw new AppError("unsupported_media_type", error.message);
    if (error instanceof StatementNeedsAnswerError) {
      throw new AppError("statement_unreadable", error.message, {
        fields: {
          // The file's one question: which way the money goes, the order of its dates, or whether its
          // amounts are in cents.
          csv_mapping: `must answer: ${error.question.prompt}`,
        },
      });
    }
    if (error instanceof StatementParseError) {
      // The parsers' messages already say where ("Line 14: the amount …").
      const where = error.line && !/\bline \d/i.test(error.message) ? `Line ${error.line}: ` : "";
      throw new AppError("statement_unreadable", `This file could not be read. ${where}${error.message}`, {
        fields: { file: `${where}${error.message}` },
      });
    }
    throw error;
  }
}
