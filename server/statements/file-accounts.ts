import "server-only";

import type { ParsedAccount, ParsedStatement } from "@/server/statements/types";

// A file can hold several accounts (an OFX download of checking and savings, a Fidelity "all accounts" CSV, a
// QIF with two registers). Each gets a key the user picks it by: its account number when that is unique in
// the file, else its name, else its place in the file.

export type FileAccount = {
  key: string;
  /** How to show it: "Checking …1234", "Roth IRA (…2233)", "Account 2 in the file". */
  label: string;
  account: ParsedAccount;
};

export function fileAccounts(statement: ParsedStatement): FileAccount[] {
  const numbers = statement.accounts.map((a) => a.accountNumber ?? "");
  return statement.accounts.map((account, index) => {
    const number = account.accountNumber ?? "";
    const uniqueNumber = number !== "" && numbers.filter((n) => n === number).length === 1;
    const key = uniqueNumber
      ? number
      : number !== ""
        ? `${number} ${account.currency ?? index + 1}`
        : account.name
          ? account.name
          : `#${index + 1}`;
    return { key, label: labelFor(account, index), account };
  });
}

function labelFor(account: ParsedAccount, index: number): string {
  const mask = account.accountNumber ? `…${account.accountNumber.slice(-4)}` : null;
  const name = account.name ?? null;
  const currency = account.currency ? ` in ${account.currency}` : "";
  if (name && mask) return `${name} (${mask})${currency}`;
  if (name) return `${name}${currency}`;
  if (mask) return `Account ${mask}${currency}`;
  return `Account ${index + 1} in the file${currency}`;
}

export type AccountChoice =
  | { ok: true; chosen: FileAccount }
  | { ok: false; reason: "empty" | "several" | "unknown_key"; candidates: FileAccount[] };

/**
 * Which account in the file goes into the target account: the one the user picked, else the one with the
 * target's number, else the only one (or the only one with transactions).
 */
export function chooseFileAccount(
  statement: ParsedStatement,
  target: { fileAccount?: string | null; accountNumber?: string | null },
): AccountChoice {
  const all = fileAccounts(statement);
  if (target.fileAccount) {
    const picked = all.find((candidate) => candidate.key === target.fileAccount);
    return picked ? { ok: true, chosen: picked } : { ok: false, reason: "unknown_key", candidates: all };
  }
  const byNumber = target.accountNumber
    ? all.filter((candidate) => candidate.account.accountNumber === target.accountNumber)
    : [];
  if (byNumber.length === 1) return { ok: true, chosen: byNumber[0]! };
  if (all.length === 1) return { ok: true, chosen: all[0]! };
  const withRows = all.filter((candidate) => candidate.account.transactions.length > 0);
  if (withRows.length === 1) return { ok: true, chosen: withRows[0]! };
  if (withRows.length === 0) return { ok: false, reason: "empty", candidates: all };
  return { ok: false, reason: "several", candidates: withRows };
}
