import { describe, expect, it } from "vitest";
import { parseStatementFile } from "@/server/statements/parse-file";
import { textFile } from "../support/statement-fixtures";

// A CSV's running balance checks the amounts Tally read from it: a file whose balance column does not follow its
// amounts is imported with a warning that says where, as an MT940 statement whose entries miss its closing balance
// is. Every row here is invented.

const warningsOf = (text: string) => parseStatementFile(textFile(text)).warnings;

describe("a CSV's running balance", () => {
  it("says nothing when every day's balance follows from the one before (oldest first)", () => {
    const text =
      "Date,Description,Amount,Balance\n2026-03-01,KELDORA CAFE,-4.50,995.50\n2026-03-02,ZORVEX PAYROLL,2000.00,2995.50\n" +
      "2026-03-04,KELDORA GROCERY,-120.25,2875.25\n";
    expect(warningsOf(text)).toEqual([]);
  });

  it("says nothing for a newest-first file, nor for one day's rows listed in another order than the balance's", () => {
    const text =
      "Date,Description,Amount,Balance\n2026-03-04,KELDORA GROCERY,-120.25,2875.25\n" +
      // On the 2nd the pay came in before the coffee, but the bank lists the coffee first with the day's end balance.
      "2026-03-02,KELDORA CAFE,-4.50,2995.50\n2026-03-02,ZORVEX PAYROLL,2000.00,3000.00\n" +
      "2026-03-01,KELDORA BOOKS,-20.00,1000.00\n";
    expect(warningsOf(text)).toEqual([]);
  });

  it("says so, with the day and the figures, when a balance does not follow from the amounts", () => {
    const text =
      "Date,Description,Amount,Balance\n2026-03-01,KELDORA CAFE,-4.50,995.50\n2026-03-02,ZORVEX PAYROLL,2000.00,2995.50\n" +
      // 2,995.50 less 120.25 is 2,875.25: the file's 2,675.25 is 200.00 off.
      "2026-03-04,KELDORA GROCERY,-120.25,2675.25\n2026-03-05,KELDORA CAFE,-5.00,2670.25\n";
    const [warning, ...others] = warningsOf(text);
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ line: 4 });
    expect(warning?.message).toContain("on one day");
    expect(warning?.message).toContain("On 2026-03-04 the balance before plus that day's amounts is 2875.25");
    expect(warning?.message).toContain("the file says 2675.25");
  });

  it("leaves a pending row without a balance out of the chain", () => {
    const text =
      "Date,Description,Amount,Balance,Status\n2026-03-01,KELDORA CAFE,-4.50,995.50,Posted\n" +
      "2026-03-02,KELDORA GROCERY,-60.00,,Pending\n2026-03-03,ZORVEX PAYROLL,2000.00,2995.50,Posted\n";
    expect(warningsOf(text)).toEqual([]);
  });
});
