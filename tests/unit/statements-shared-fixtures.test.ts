import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CsvMappingPatch } from "@/server/statements/csv-mapping";
import { parseStatementFile, UnsupportedStatementError } from "@/server/statements/parse-file";
import {
  type ParsedStatement,
  StatementNeedsAnswerError,
  StatementParseError,
} from "@/server/statements/types";

// The shared collection of real-world statement files lives outside the repository (it holds GPL test
// data that is not ours to ship), so a fresh clone runs only the copied fixtures below. It sits next to the
// repository (../shared), or next to the folder of worktrees (../../shared).
const REPO = path.resolve(__dirname, "../..");
const SHARED =
  [
    path.resolve(REPO, "../shared/fixtures/statements"),
    path.resolve(REPO, "../../shared/fixtures/statements"),
  ].find((candidate) => existsSync(candidate)) ?? path.resolve(REPO, "../shared/fixtures/statements");
const COPIED = path.resolve(__dirname, "../fixtures/statements");
const sharedExists = existsSync(SHARED);

type Outcome =
  /** Read without any help from the user, into a checking account. */
  | { transactions: number; accounts?: number; pending?: number }
  /** Read without a mapping once the user answers the one question the file cannot (the sign). */
  | { asks: CsvMappingPatch; transactions: number }
  /** Refused whole, with a reason. */
  | { refused: RegExp }
  | "unsupported";

const EXPECTED: Record<string, Outcome> = {
  // CSV: every one is read by content; three cannot say which way their unsigned amounts go.
  "csv/actual-utf-8-bom.csv": { asks: { signConvention: "positive_is_out" }, transactions: 2 },
  "csv/actual-windows-1252-euro.csv": { asks: { signConvention: "negative_is_out" }, transactions: 1 },
  "csv/actual-windows-1252.csv": { transactions: 2 },
  "csv/austrian-easybank-creditcard.csv": { transactions: 3 },
  "csv/austrian-easybank-giro.csv": { transactions: 10 },
  "csv/austrian-ing-diba.csv": { transactions: 6 },
  "csv/austrian-livebank.csv": { transactions: 6 },
  "csv/austrian-oberbank.csv": { transactions: 5 },
  "csv/austrian-raiffeisen.csv": { transactions: 7 },
  "csv/bcimport-creditcard.csv": { transactions: 2 },
  "csv/bcimport-healthequity-cash-transactions-other.csv": { transactions: 5 },
  "csv/bcimport-mint.csv": { transactions: 7, accounts: 3 },
  "csv/bcimport-schwab-EAC_Checking_Transactions_20201223-160009.csv": { transactions: 12 },
  "csv/bcimport-venmo-transactions.csv": { transactions: 11 },
  "csv/ofxstatement-dkbcc.csv": { transactions: 7, pending: 2 },
  "csv/reds-dcu-Main_Checking_Account_Transactions.csv": { transactions: 10 },
  "csv/reds-fidelity-checking-History_for_Account_X11111111.csv": { transactions: 16 },
  "csv/reds-fidelity-cma-History_for_Account_X8YYYYYYY.csv": { transactions: 11 },
  "csv/reds-fidelity_csv_all_accounts_transactions_20251204.csv": { transactions: 21, accounts: 5 },
  "csv/reds-schwab_Checking_Transactions_1234.csv": { transactions: 7, pending: 3 },
  "csv/reds-schwab_csv_brokerage_XX876_Transactions_20220731.csv": { transactions: 11 },
  "csv/reds-tdameritrade-transactions.csv": { transactions: 15 },
  "csv/reds-vanguard_529-ofxdownload_09102023.csv": {
    asks: { signConvention: "negative_is_out" },
    transactions: 8,
  },
  // QIF
  "qif/actual-data-payee-memo.qif": { transactions: 4 },
  "qif/actual-data-with-categories.qif": { transactions: 3 },
  "qif/gnucash-cbb-export.qif": { transactions: 9 },
  // The opening balance is the account's starting balance, not a transaction.
  "qif/gnucash-divx.qif": { transactions: 3, accounts: 2 },
  "qif/gnucash-quicktest.qif": { transactions: 0, accounts: 0 },
  "qif/gnucash-web.qif": { transactions: 7 },
  // OFX / QFX (through server/ofx/parse.ts)
  "ofx/actual-data-multi-decimal.ofx": { transactions: 2 },
  "ofx/bcimport-amex.ofx": { transactions: 3 },
  "ofx/bcimport-checking-emptyledgerbal.ofx": { transactions: 3 },
  "ofx/bcimport-checking2.ofx": { transactions: 13 },
  "ofx/bcimport-vanguard_xfer_in.ofx": { transactions: 0 },
  "ofx/ofxparse-account_listing_aggregation.ofx": { transactions: 0, accounts: 0 },
  "ofx/ofxparse-anzcc.ofx": { transactions: 1 },
  "ofx/ofxparse-bank_medium.ofx": { transactions: 3 },
  "ofx/ofxparse-error_message.ofx": { refused: /could not produce the statement \(code 2000\)/ },
  "ofx/ofxparse-failnice-date_missing.ofx": { refused: /^Line 33: .* has no posting date/ },
  "ofx/ofxparse-failnice-decimal_error.ofx": { refused: /^Line 36: .*not a real date: "201120000000"/ },
  "ofx/ofxparse-fidelity-brokerage.ofx": { transactions: 2 },
  "ofx/ofxparse-multiple_accounts.ofx": { transactions: 0, accounts: 2 },
  "ofx/ofxparse-ofx-v102-empty-tags.ofx": { transactions: 1 },
  "ofx/ofxparse-signon_fail.ofx": { refused: /refused the sign-on \(code 15500\)/ },
  "ofx/ofxparse-suncorp.ofx": { transactions: 1 },
  "ofx/ofxparse-td_ameritrade.ofx": { transactions: 0 },
  "ofx/ofxparse-vanguard.ofx": { transactions: 0 },
  "ofx/ofxtools-br_nubank_cc.ofx": { transactions: 6 },
  "ofx/ofxtools-profrs.ofx": { refused: /refused the sign-on \(code 15500\)/ },
  "ofx/reds-ofxstatementGenerated.n26.ofx": { transactions: 1 },
  "qfx/actual-1252.qfx": { transactions: 1 },
  "qfx/actual-8859-1.qfx": { transactions: 1 },
  "qfx/actual-html-vals.qfx": { transactions: 2 },
  "qfx/ofxparse-chase_cc.qfx": { transactions: 1 },
  "qfx/reds-ally-transactions.qfx": { transactions: 2 },
  "qfx/reds-capitalone-360Checking.qfx": { transactions: 4 },
  "qfx/reds-etrade_09092023.qfx": { transactions: 0 },
  "qfx/reds-no_seclist.qfx": { transactions: 0 },
  // CAMT and MT940 (their figures are checked one by one below)
  "camt/actual-camt.latin1.xml": { transactions: 2 },
  "mt940/actual-data.sta": { transactions: 6 },
};

type Result = { statement: ParsedStatement } | { error: unknown };

function readFile(file: string, csvMapping?: CsvMappingPatch): Result {
  try {
    const bytes = readFileSync(file);
    return {
      statement: parseStatementFile({
        bytes,
        filename: path.basename(file),
        accountType: "checking",
        csvMapping,
      }),
    };
  } catch (error) {
    return { error };
  }
}

const count = (statement: ParsedStatement) =>
  statement.accounts.reduce((n, a) => n + a.transactions.length, 0);
const pendingCount = (statement: ParsedStatement) =>
  statement.accounts.reduce((n, a) => n + a.transactions.filter((t) => t.pending).length, 0);

function expectOnlyKnownErrors(result: Result): void {
  if ("error" in result) {
    // Never a TypeError or a RangeError: a file Tally cannot read is refused with a message.
    const known =
      result.error instanceof StatementParseError || result.error instanceof UnsupportedStatementError;
    expect(known, String(result.error)).toBe(true);
  }
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".md"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

function describeOutcome(expected: Outcome): string {
  if (expected === "unsupported") return "unsupported";
  if ("refused" in expected) return "refused with its reason";
  if ("asks" in expected) return `asks one question, then ${expected.transactions} transactions`;
  return `${expected.transactions} transactions`;
}

describe.runIf(sharedExists)("every shared statement fixture", () => {
  it("has an expected outcome in the table, and the table names no missing file", () => {
    expect(listFiles(SHARED)).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.keys(EXPECTED)).toHaveLength(60);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name} → ${describeOutcome(expected)}`, () => {
      const file = path.join(SHARED, name);
      const result = readFile(file);
      expectOnlyKnownErrors(result);
      if (expected === "unsupported") {
        expect("error" in result && result.error).toBeInstanceOf(UnsupportedStatementError);
      } else if ("refused" in expected) {
        expect("error" in result && result.error).toBeInstanceOf(StatementParseError);
        expect("error" in result && (result.error as Error).message).toMatch(expected.refused);
      } else if ("asks" in expected) {
        // Detected without a mapping: only the sign is asked, and the answer alone imports the file.
        expect("error" in result && result.error).toBeInstanceOf(StatementNeedsAnswerError);
        const answered = readFile(file, expected.asks);
        expectOnlyKnownErrors(answered);
        expect("statement" in answered && count(answered.statement)).toBe(expected.transactions);
      } else {
        expect("statement" in result, "error" in result ? String(result.error) : "").toBe(true);
        if ("statement" in result) {
          expect(count(result.statement)).toBe(expected.transactions);
          if (expected.accounts !== undefined)
            expect(result.statement.accounts).toHaveLength(expected.accounts);
          expect(pendingCount(result.statement)).toBe(expected.pending ?? 0);
        }
      }
    });
  }
});

describe.runIf(sharedExists)("the shared CAMT and MT940 files, figure by figure", () => {
  it("reads the Latin-1 camt.052 report: umlauts, CRDT and DBIT, the bank's references", () => {
    const result = readFile(path.join(SHARED, "camt/actual-camt.latin1.xml"));
    if (!("statement" in result)) throw result.error;
    const [account] = result.statement.accounts;
    expect(account).toMatchObject({
      accountNumber: "DE00000000000000000000",
      currency: "EUR",
      balance: null,
    });
    expect(account?.transactions.map((t) => [t.externalId, t.postedOn, t.amount, t.description])).toEqual([
      ["2025090900000000", "2025-09-09", 10000, "M-Überschusssparen"],
      [
        "2025090900000001",
        "2025-09-09",
        -500,
        "Grüße aus München – Restaurant Schrödingers Katze und Café Ünique",
      ],
    ]);
  });

  it("reads the MT940 file: its three kinds of :86: details and its closing balance", () => {
    const result = readFile(path.join(SHARED, "mt940/actual-data.sta"));
    if (!("statement" in result)) throw result.error;
    const [account] = result.statement.accounts;
    // 1500.00 opening, then the six lines: 1500.00 - 42.50 + 1200.00 - 89.99 - 15.00 - 24.80 - 31.00.
    expect(account).toMatchObject({
      accountNumber: "FR7630006000011234567890189",
      currency: "EUR",
      balance: 150000 - 4250 + 120000 - 8999 - 1500 - 2480 - 3100,
      balanceAsOf: "2025-08-06",
    });
    expect(account?.transactions.map((t) => [t.postedOn, t.amount, t.description])).toEqual([
      ["2025-08-01", -4250, "Boulangerie L'Étoile – Facture 2025-0042"],
      ["2025-08-02", 120000, "Employeur Acme SARL – Salaire août 2025"],
      ["2025-08-03", -8999, "MÜLLER GMBH – Rechnung 4711"],
      ["2025-08-04", -1500, "RETRAIT GUICHET AUTOMATIQUE"],
      ["2025-08-05", -2480, "A44?Librairie Gibert Joseph Virement en ligne"],
      ["2025-08-06", -3100, "B32?TREMBLAY, MARIE Paiement mobile"],
    ]);
    expect(result.statement.warnings).toEqual([]);
  });
});

describe("copied statement fixtures", () => {
  it("reports whether the shared fixtures were found", () => {
    if (!sharedExists)
      console.log(`Shared statement fixtures not found at ${SHARED}; only tests/fixtures are checked.`);
    expect(existsSync(COPIED)).toBe(true);
  });

  const copied = listFiles(COPIED).filter((name) => /\.(csv|qif)$/.test(name));

  it("includes the CSV and QIF fixtures", () => {
    expect(copied.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of copied) {
    const base = path.basename(name);
    const kind = base.startsWith("tally-refused-")
      ? "is refused with its line"
      : base.startsWith("tally-unreadable-")
        ? "is refused with a reason"
        : "yields transactions without a mapping";
    it(`${name} ${kind}`, () => {
      const file = path.join(COPIED, name);
      let result = readFile(file);
      expectOnlyKnownErrors(result);
      if (base.startsWith("tally-refused-")) {
        expect(
          "error" in result && result.error instanceof StatementParseError && result.error.line,
        ).toBeGreaterThan(1);
        return;
      }
      if (base.startsWith("tally-unreadable-")) {
        expect("error" in result && result.error).toBeInstanceOf(StatementParseError);
        return;
      }
      // A file that cannot say which way its amounts go is read once the question is answered.
      if ("error" in result && result.error instanceof StatementNeedsAnswerError) {
        result = readFile(file, { signConvention: "negative_is_out" });
      }
      expectOnlyKnownErrors(result);
      expect("statement" in result && count(result.statement)).toBeGreaterThan(0);
    });
  }
});
