import "server-only";

import type { Money } from "@/server/statements/csv-money";
import type { ColumnProfile } from "@/server/statements/csv-profile";
import type { SignQuestion } from "@/server/statements/csv-sign";
import type { CsvRow } from "@/server/statements/csv-tokenize";
import { type DateFormat, parseDateCell } from "@/server/statements/dates";

// "03/04/2024" reads both ways, so when every date fits both orders, the file decides: the order under which
// its rows are sorted; then the one under which its dates lie close together (a statement covers weeks, and
// "05/01 … 05/12" is twelve days in May, not a year of fifth days); then its other habits (a decimal comma,
// a currency of a country that writes the day first, named in the cells, the header or a currency column);
// and only then the US habit.
export function chooseDateFormat(
  rows: CsvRow[],
  bodyRows: number[],
  posted: ColumnProfile,
  money: Money,
  fileCurrency: string | null = null,
  otherDates: ColumnProfile | undefined = undefined,
): DateFormat {
  return decideDateFormat(rows, bodyRows, posted, money, fileCurrency, otherDates).format;
}

/**
 * The question to ask when nothing in the file tells the order of its dates: a file of one day's rows, or one
 * row ("10/02/2018"), with no decimal comma and no currency. The US order is only a guess there, and a wrong
 * one moves every transaction to another month.
 */
export function dateOrderQuestion(
  rows: CsvRow[],
  bodyRows: number[],
  posted: ColumnProfile,
  money: Money,
  fileCurrency: string | null = null,
  otherDates: ColumnProfile | undefined = undefined,
): SignQuestion | null {
  const decision = decideDateFormat(rows, bodyRows, posted, money, fileCurrency, otherDates);
  if (decision.decided) return null;
  const dayFirst = decision.candidates.find((format) => format.startsWith("DD"));
  const monthFirst = decision.candidates.find((format) => format.startsWith("MM"));
  if (!dayFirst || !monthFirst) return null;
  // A date whose day and month are one number ("01-01-2023") reads the same both ways: it asks nothing, and a file
  // of only such dates needs no answer.
  const example = bodyRows
    .map((i) => rows[i]?.cells[posted.index] ?? "")
    .find((cell) => {
      const asDay = parseDateCell(cell, dayFirst)?.postedOn;
      return asDay !== undefined && asDay !== parseDateCell(cell, monthFirst)?.postedOn;
    });
  if (!example) return null;
  const spell = (format: DateFormat) => {
    const date = parseDateCell(example, format)?.postedOn;
    return date ? SPELLED.format(new Date(`${date}T00:00:00Z`)) : null;
  };
  const [asDay, asMonth] = [spell(dayFirst), spell(monthFirst)];
  if (!asDay || !asMonth) return null;
  return {
    prompt: `Is “${example}” ${asDay} or ${asMonth}?`,
    reason:
      "Every date in this file reads both ways, day first or month first, and nothing else in it says which.",
    options: [
      { label: `${asDay}: the day comes first`, patch: { dateFormat: dayFirst } },
      { label: `${asMonth}: the month comes first`, patch: { dateFormat: monthFirst } },
    ],
  };
}

const SPELLED = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function decideDateFormat(
  rows: CsvRow[],
  bodyRows: number[],
  posted: ColumnProfile,
  money: Money,
  fileCurrency: string | null,
  otherDates?: ColumnProfile,
): { format: DateFormat; decided: boolean; candidates: DateFormat[] } {
  const fallback = posted.dateFormat ?? "MM/DD/YYYY";
  const decided = (format: DateFormat) => ({ format, decided: true, candidates: [format] });
  if (posted.tiedDateFormats.length < 2) return decided(fallback);
  // The file's other date column is written the same way: "9/1/13" beside a purchase date of "8/31/13" is month-first.
  const otherCells = otherDates
    ? bodyRows.map((i) => rows[i]?.cells[otherDates.index] ?? "").filter((cell) => cell !== "")
    : [];
  const readsOthers = posted.tiedDateFormats.filter((format) =>
    otherCells.every((cell) => parseDateCell(cell, format) !== null),
  );
  const tied = readsOthers.length > 0 ? readsOthers : posted.tiedDateFormats;
  if (tied.length < 2) return decided(tied[0] ?? fallback);
  const cells = bodyRows.map((i) => rows[i]?.cells[posted.index] ?? "").filter((cell) => cell !== "");
  const read = (format: DateFormat) => cells.map((cell) => parseDateCell(cell, format)?.postedOn ?? "");
  const sorted = tied.filter((format) => isSorted(read(format)));
  let candidates = sorted.length > 0 ? sorted : tied;
  if (candidates.length > 1) {
    const spans = candidates.map((format) => ({ format, days: spanInDays(read(format)) }));
    const narrowest = spans.reduce((a, b) => (b.days < a.days ? b : a));
    if (spans.every((s) => s === narrowest || s.days >= narrowest.days * 3 + 7))
      candidates = [narrowest.format];
  }
  if (candidates.length === 1) return decided(candidates[0]!);
  const amount = money.amount ?? money.debit ?? money.credit;
  const currency = amount?.cellCurrency ?? fileCurrency ?? "";
  const european = amount?.separator === "," || DAY_FIRST_CURRENCIES.has(currency);
  const dayFirst = candidates.find((format) => format.startsWith("DD"));
  const monthFirst = candidates.find((format) => format.startsWith("MM"));
  if (european && dayFirst) return decided(dayFirst);
  // The dollar (and no currency at all) leans to the US habit, but only rows spread over days show it.
  const spread = new Set(read(monthFirst ?? candidates[0]!)).size > 1;
  return { format: monthFirst ?? candidates[0]!, decided: spread || currency === "USD", candidates };
}

// Currencies of countries whose banks write the day before the month (Starling's "Amount (GBP)", a Revolut
// "Currency" column of EUR). The dollar is left out: the US writes the month first.
const DAY_FIRST_CURRENCIES = new Set(
  "EUR GBP CHF AUD NZD INR ZAR SEK NOK DKK ISK PLN CZK HUF RON BGN BRL ARS CLP COP PEN MYR SGD HKD IDR THB VND TRY RUB UAH ILS AED SAR EGP NGN KES PKR LKR BDT".split(
    " ",
  ),
);

function spanInDays(dates: string[]): number {
  const times = dates.filter((d) => d !== "").map((d) => Date.parse(`${d}T00:00:00Z`));
  if (times.length < 2) return 0;
  return (Math.max(...times) - Math.min(...times)) / 86_400_000;
}

function isSorted(dates: string[]): boolean {
  let ascending = true;
  let descending = true;
  for (let i = 1; i < dates.length; i++) {
    if (dates[i]! < dates[i - 1]!) ascending = false;
    if (dates[i]! > dates[i - 1]!) descending = false;
  }
  return ascending || descending;
}
