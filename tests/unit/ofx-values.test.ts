import { describe, expect, it } from "vitest";
import { parseOfxAmount } from "@/server/ofx/amounts";
import { formatOfxDateTime, parseOfxDate } from "@/server/ofx/dates";
import { chooseDescription } from "@/server/ofx/payee";

describe("parseOfxDate", () => {
  it.each([
    ["20131215", "2013-12-15", "2013-12-15T00:00:00.000Z"],
    ["20090523122017", "2009-05-23", "2009-05-23T12:20:17.000Z"],
    ["20090401122017.000[-5:EST]", "2009-04-01", "2009-04-01T17:20:17.000Z"],
    ["20130525225731.913", "2013-05-25", "2013-05-25T22:57:31.913Z"],
    ["20200101120000[0:GMT]", "2020-01-01", "2020-01-01T12:00:00.000Z"],
    ["20150102170000.000[+0:UTC]", "2015-01-02", "2015-01-02T17:00:00.000Z"],
    // The label lies; the number is right.
    ["20240331230000[-3:GMT]", "2024-03-31", "2024-04-01T02:00:00.000Z"],
    ["20150225000000.000[-4:EST]", "2015-02-25", "2015-02-25T04:00:00.000Z"],
    ["20240101120000[+5.30:IST]", "2024-01-01", "2024-01-01T06:30:00.000Z"],
    // Midnight Eastern written as 05:00 unzoned: the calendar date stays as written.
    ["20230228050000.000", "2023-02-28", "2023-02-28T05:00:00.000Z"],
    ["20180804093914:014", "2018-08-04", "2018-08-04T09:39:14.014Z"],
  ])("reads %s", (raw, date, instant) => {
    const parsed = parseOfxDate(raw);
    expect(parsed?.date).toBe(date);
    expect(parsed?.instant.toISOString()).toBe(instant);
  });

  it.each(["", "20120231", "201120000000", "20230310048208.398", "2024131", "2024-01-05", "20240105[-5:EST"])(
    "rejects %j",
    (raw) => {
      expect(parseOfxDate(raw)).toBeNull();
    },
  );

  it("writes request timestamps in UTC", () => {
    expect(formatOfxDateTime(new Date("2024-01-05T14:30:00.123Z"))).toBe("20240105143000.123[0:GMT]");
  });
});

describe("parseOfxAmount", () => {
  it.each([
    ["-6.60", -660],
    ["0.01", 1],
    ["-100", -10000],
    ["111", 11100],
    ["-30.000", -3000],
    ["-3.77000", -377],
    ["+75.6000", 7560],
    ["+00000000000050.0000", 5000],
    ["-00000000000050.0100", -5001],
    ["$120", 12000],
    ["-$7.50", -750],
    ["12,34", 1234],
    [" -5.00 ", -500],
    // A Brazilian bank's balance with its real's sign and Brazilian separators; other dollars' signs.
    ["R$ 5.326,43", 532643],
    ["US$12.50", 1250],
    ["-C$ 3.00", -300],
  ])("reads %j as %i cents", (raw, cents) => {
    expect(parseOfxAmount(raw)).toBe(cents);
  });

  it.each(["", " ", "abc", "1.2.3", "ABC$5", null])("reads %j as no amount", (raw) => {
    expect(parseOfxAmount(raw)).toBeNull();
  });
});

describe("chooseDescription", () => {
  it("prefers NAME, and MEMO when NAME is missing or a number", () => {
    expect(chooseDescription("MCDONALD'S #112", "POS MERCHANDISE;MCDONALD'S #112", null)).toBe(
      "MCDONALD'S #112",
    );
    expect(chooseDescription(null, "Deposit from ACME PAYROLL", null)).toBe("Deposit from ACME PAYROLL");
    expect(
      chooseDescription("000000000000000", "PREAUTHORIZED DEBIT;B.C. HYDRO;Electronic Funds Transfer", null),
    ).toBe("B.C. HYDRO");
  });

  it("keeps a memo with a semicolon whole when its first part is not a bank's transaction kind", () => {
    expect(chooseDescription(null, "Rent; thanks", null)).toBe("Rent; thanks");
  });

  it("uses the longer MEMO when it continues a cut-off NAME, and PAYEE/NAME when NAME is absent", () => {
    expect(
      chooseDescription("PATIENT FIRST TOKEN 01/22 PURCHA", "PATIENT FIRST TOKEN 01/22 PURCHASE VA", null),
    ).toBe("PATIENT FIRST TOKEN 01/22 PURCHASE VA");
    expect(chooseDescription(null, null, "City Power")).toBe("City Power");
    expect(chooseDescription(null, null, null)).toBe("");
    // A NAME of numbers only (a UK transfer's sort code and account number), with no MEMO: better than nothing.
    expect(chooseDescription("000000 00000000", null, null)).toBe("000000 00000000");
  });

  it("reads the seller on from MEMO where a NAME cut at 32 characters ends with the start of it (U.S. Bank)", () => {
    expect(
      chooseDescription(
        "VISA PURCHASE (NON-PIN) KELDORAS",
        "Download from usbank.com. KELDORAS PIZZA F0412SEATTLE WA",
        null,
      ),
    ).toBe("VISA PURCHASE (NON-PIN) KELDORAS PIZZA F0412SEATTLE WA");
    expect(
      chooseDescription(
        "VISA PURCHASE (NON-PIN) RECUR ZO",
        "Download from usbank.com. ZORVEX FITNESS 800-555-0100MN",
        null,
      ),
    ).toBe("VISA PURCHASE (NON-PIN) RECUR ZORVEX FITNESS 800-555-0100MN");
    // A NAME under the cap is whole; a MEMO that does not go on from it says something else.
    expect(
      chooseDescription(
        "ELECTRONIC DEPOSIT Zorvex Inc",
        "Download from usbank.com. Zorvex Inc Payroll",
        null,
      ),
    ).toBe("ELECTRONIC DEPOSIT Zorvex Inc");
    expect(
      chooseDescription(
        "INTERNET BANKING TRANSFER WITHDR",
        "Download from usbank.com. 000000000000000",
        null,
      ),
    ).toBe("INTERNET BANKING TRANSFER WITHDR");
  });
});
