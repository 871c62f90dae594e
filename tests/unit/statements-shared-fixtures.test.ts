import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv, previewCsv } from "@/server/statements/csv";
import { decodeStatementBytes } from "@/server/statements/decode";
import { parseStatementFile, UnsupportedStatementError } from "@/server/statements/parse-file";
import { type ParsedStatement, StatementParseError } from "@/server/statements/types";

// The shared collection of real-world statement files lives outside the repository (it holds GPL test
// data that is not ours to ship), so a fresh clone runs only the copied fixtures below.
const SHARED = path.resolve(__dirname, "../../../shared/fixtures/statements");
const COPIED = path.resolve(__dirname, "../fixtures/statements");
const sharedExists = existsSync(SHARED);

type Outcome =
  | { transactions: number; accounts?: number }
  /** Refused without a mapping (an unknown CSV layout); `guessed` is what the pre-filled mapping reads. */
  | { refused: true; guessed?: number }
  | "unsupported";

const refused = (guessed?: number): Outcome => ({ refused: true, guessed });

const EXPECTED: Record<string, Outcome> = {
  // CSV: recognized bank layouts
  "csv/bcimport-mint.csv": { transactions: 7, accounts: 3 },
  "csv/bcimport-schwab-EAC_Checking_Transactions_20201223-160009.csv": { transactions: 12 },
  "csv/reds-schwab_Checking_Transactions_1234.csv": { transactions: 7 },
  "csv/reds-schwab_csv_brokerage_XX876_Transactions_20220731.csv": { transactions: 11 },
  "csv/reds-dcu-Main_Checking_Account_Transactions.csv": { transactions: 10 },
  "csv/reds-fidelity-checking-History_for_Account_X11111111.csv": { transactions: 16 },
  "csv/reds-fidelity-cma-History_for_Account_X8YYYYYYY.csv": { transactions: 11 },
  "csv/reds-fidelity_csv_all_accounts_transactions_20251204.csv": { transactions: 21, accounts: 5 },
  // CSV: no built-in layout, so the user maps the columns
  "csv/actual-utf-8-bom.csv": refused(2),
  "csv/actual-windows-1252-euro.csv": refused(1),
  "csv/actual-windows-1252.csv": refused(2),
  "csv/austrian-easybank-creditcard.csv": refused(3),
  "csv/austrian-easybank-giro.csv": refused(10),
  "csv/austrian-ing-diba.csv": refused(6),
  "csv/austrian-livebank.csv": refused(6),
  "csv/austrian-oberbank.csv": refused(5),
  "csv/austrian-raiffeisen.csv": refused(7),
  "csv/bcimport-creditcard.csv": refused(2),
  "csv/bcimport-healthequity-cash-transactions-other.csv": refused(5),
  "csv/bcimport-venmo-transactions.csv": refused(11),
  "csv/ofxstatement-dkbcc.csv": refused(7),
  "csv/reds-tdameritrade-transactions.csv": refused(15),
  "csv/reds-vanguard_529-ofxdownload_09102023.csv": refused(8),
  // QIF
  "qif/actual-data-payee-memo.qif": { transactions: 4 },
  "qif/actual-data-with-categories.qif": { transactions: 3 },
  "qif/gnucash-cbb-export.qif": { transactions: 9 },
  "qif/gnucash-divx.qif": { transactions: 4, accounts: 2 },
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
  "ofx/ofxparse-error_message.ofx": refused(),
  "ofx/ofxparse-failnice-date_missing.ofx": { transactions: 0 },
  "ofx/ofxparse-failnice-decimal_error.ofx": { transactions: 0 },
  "ofx/ofxparse-fidelity-brokerage.ofx": { transactions: 2 },
  "ofx/ofxparse-multiple_accounts.ofx": { transactions: 0, accounts: 2 },
  "ofx/ofxparse-ofx-v102-empty-tags.ofx": { transactions: 1 },
  "ofx/ofxparse-signon_fail.ofx": refused(),
  "ofx/ofxparse-suncorp.ofx": { transactions: 1 },
  "ofx/ofxparse-td_ameritrade.ofx": { transactions: 0 },
  "ofx/ofxparse-vanguard.ofx": { transactions: 0 },
  "ofx/ofxtools-br_nubank_cc.ofx": { transactions: 6 },
  "ofx/ofxtools-profrs.ofx": refused(),
  "ofx/reds-ofxstatementGenerated.n26.ofx": { transactions: 1 },
  "qfx/actual-1252.qfx": { transactions: 1 },
  "qfx/actual-8859-1.qfx": { transactions: 1 },
  "qfx/actual-html-vals.qfx": { transactions: 2 },
  "qfx/ofxparse-chase_cc.qfx": { transactions: 1 },
  "qfx/reds-ally-transactions.qfx": { transactions: 2 },
  "qfx/reds-capitalone-360Checking.qfx": { transactions: 4 },
  "qfx/reds-etrade_09092023.qfx": { transactions: 0 },
  "qfx/reds-no_seclist.qfx": { transactions: 0 },
  // Formats not read yet
  "camt/actual-camt.latin1.xml": "unsupported",
  "mt940/actual-data.sta": "unsupported",
};

type Result = { statement: ParsedStatement } | { error: unknown };

function attempt(read: () => ParsedStatement): Result {
  try {
    return { statement: read() };
  } catch (error) {
    return { error };
  }
}

function readFile(file: string): Result {
  return attempt(() => parseStatementFile({ bytes: readFileSync(file), filename: path.basename(file) }));
}

/** What the mapping screen would import if the user accepted its pre-filled guess. */
function readWithGuess(file: string): Result {
  const text = decodeStatementBytes(readFileSync(file)).text;
  const mapping = previewCsv(text).mapping;
  if (!mapping) return { error: new Error("no mapping guessed") };
  return attempt(() => parseCsv(text, mapping));
}

const count = (statement: ParsedStatement) =>
  statement.accounts.reduce((n, a) => n + a.transactions.length, 0);

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

describe.runIf(sharedExists)("every shared statement fixture", () => {
  it("has an expected outcome in the table, and the table names no missing file", () => {
    expect(listFiles(SHARED)).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.keys(EXPECTED)).toHaveLength(60);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name} → ${typeof expected === "string" ? expected : "refused" in expected ? "refused" : `${expected.transactions} transactions`}`, () => {
      const file = path.join(SHARED, name);
      const result = readFile(file);
      expectOnlyKnownErrors(result);
      if (expected === "unsupported") {
        expect("error" in result && result.error).toBeInstanceOf(UnsupportedStatementError);
      } else if ("refused" in expected) {
        expect("error" in result && result.error).toBeInstanceOf(StatementParseError);
        if (expected.guessed !== undefined) {
          const guessed = readWithGuess(file);
          expectOnlyKnownErrors(guessed);
          expect("statement" in guessed && count(guessed.statement)).toBe(expected.guessed);
        }
      } else {
        expect("statement" in result, "error" in result ? String(result.error) : "").toBe(true);
        if ("statement" in result) {
          expect(count(result.statement)).toBe(expected.transactions);
          if (expected.accounts !== undefined)
            expect(result.statement.accounts).toHaveLength(expected.accounts);
        }
      }
    });
  }
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
    const shouldRefuse = path.basename(name).startsWith("tally-refused-");
    it(`${name} ${shouldRefuse ? "is refused with its line" : "yields transactions"}`, () => {
      const file = path.join(COPIED, name);
      let result = readFile(file);
      expectOnlyKnownErrors(result);
      if (shouldRefuse) {
        expect(
          "error" in result && result.error instanceof StatementParseError && result.error.line,
        ).toBeGreaterThan(1);
        return;
      }
      // Files without a built-in layout go through the mapping screen's guess, as a user would.
      if ("error" in result && name.endsWith(".csv")) result = readWithGuess(file);
      expectOnlyKnownErrors(result);
      expect("statement" in result && count(result.statement)).toBeGreaterThan(0);
    });
  }
});
