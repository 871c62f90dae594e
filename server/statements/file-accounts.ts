import "server-only";

import type { ParsedAccount, ParsedStatement } from "@/server/statements/types";

// A file can hold several accounts (an OFX download of checking and savings, a Fidelity "all accounts" CSV, a
// QIF with two registers). Each gets a key the user picks it by: its account number when that is unique in
// the file, else its name, else its place in the file.

export type FileAccount = {
  key: string;
  /** How to show it: "Checking …1234 in EUR", "Roth IRA …2233", "Account 2 in the file". */
  label: string;
  account: ParsedAccount;
};

export function fileAccounts(statement: ParsedStatement): FileAccount[] {
  const labels = distinctLabels(statement.accounts);
  // The first of these that tells the file's accounts apart: the number, number and currency, the name,
  // name and currency, the currency (a multi-currency export), the place in the file.
  const candidates = (account: ParsedAccount, index: number) =>
    [
      account.accountNumber,
      account.accountNumber && account.currency ? `${account.accountNumber} ${account.currency}` : null,
      account.name,
      account.name && account.currency ? `${account.name} ${account.currency}` : null,
      account.accountNumber || account.name ? null : account.currency,
      `#${index + 1}`,
    ].filter((key): key is string => Boolean(key));
  const all = statement.accounts.map(candidates);
  return statement.accounts.map((account, index) => {
    const unique = (all[index] ?? []).find(
      (key) => all.filter((keys, other) => other !== index && keys.includes(key)).length === 0,
    );
    return { key: unique ?? `#${index + 1}`, label: labels[index]!, account };
  });
}

const TYPE_WORDS: Record<ParsedAccount["type"], string> = {
  checking: "Checking",
  savings: "Savings",
  credit_card: "Card",
  other: "Account",
};

/** "Checking …1234 in EUR": the last four digits, or as many more as it takes to tell two accounts apart. */
function distinctLabels(accounts: ParsedAccount[]): string[] {
  let digits = 4;
  const build = () =>
    accounts.map((account, index) => {
      const mask = account.accountNumber ? `…${account.accountNumber.slice(-digits)}` : null;
      const what = account.name ?? TYPE_WORDS[account.type];
      const currency = account.currency ? ` in ${account.currency}` : "";
      if (mask) return `${what} ${mask}${currency}`;
      return account.name ? `${account.name}${currency}` : `Account ${index + 1} in the file${currency}`;
    });
  let labels = build();
  while (new Set(labels).size < labels.length && digits < 34) {
    digits += 2;
    labels = build();
  }
  return labels;
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
