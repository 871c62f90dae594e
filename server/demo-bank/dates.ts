import "server-only";

// Calendar arithmetic on plain YYYY-MM-DD strings through a UTC day number, so no time zone or DST can move a
// day. The Demo Bank works in bank calendar days only; there is no time of day anywhere in it.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

// Each statement request regenerates months of ledger, turning the same few hundred days into numbers and back
// hundreds of thousands of times: a third of the Demo Bank's time went to parsing and formatting dates. Both
// directions are remembered; only real dates get in, so the maps hold the days ever asked about (a few years').
const numberOfDay = new Map<string, number>();
const dayOfNumber = new Map<number, string>();

/** Days since 1970-01-01. Throws on anything that is not a real YYYY-MM-DD date. */
export function dayNumber(day: string): number {
  const known = numberOfDay.get(day);
  if (known !== undefined) return known;
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${day}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls 2026-02-30 over to March; a rolled-over date was not a real one.
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`Not a calendar date: ${day}`);
  numberOfDay.set(day, ms / MS_PER_DAY);
  return ms / MS_PER_DAY;
}

export function dayFromNumber(n: number): string {
  let day = dayOfNumber.get(n);
  if (day === undefined) {
    day = new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
    dayOfNumber.set(n, day);
  }
  return day;
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** The day of the month, 1–31. */
export function dayOfMonth(day: string): number {
  return Number(day.slice(8, 10));
}

export function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function monthEnd(day: string): string {
  const next = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 1));
  return dayFromNumber(next.getTime() / MS_PER_DAY - 1);
}

/** The first day of the month before the one `day` is in. */
export function previousMonthStart(day: string): string {
  return monthStart(addDays(monthStart(day), -1));
}

/** Every day from `start` to `end`, both inclusive; empty when start is after end. */
export function eachDay(start: string, end: string): string[] {
  const days: string[] = [];
  for (let n = dayNumber(start); n <= dayNumber(end); n++) days.push(dayFromNumber(n));
  return days;
}

export function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}
