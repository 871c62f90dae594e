import "server-only";

// OFX dates: YYYYMMDD[HHMMSS[.XXX]][[±H[H][.MM]][:TZ]]. Posting dates keep the calendar date as written:
// banks write local midnight as "…050000.000" or with a UTC label, and converting would move it a day.
// The zone label is often wrong (Nubank "[-3:GMT]", Fidelity "[-4:EST]"), so only the number counts.

export type OfxDateTime = {
  /** The calendar date as the bank wrote it, YYYY-MM-DD. */
  date: string;
  /** The moment it names, using the offset number (UTC when there is none, as the spec says). */
  instant: Date;
  offsetMinutes: number | null;
};

const OFX_DATE =
  /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:(\d{2})(?:[.:](\d+))?)?)?\s*(?:\[\s*([+-]?\d{1,2})(?:\.(\d{1,2}))?\s*(?::\s*[A-Za-z]*\s*)?\])?$/;

/** Null for anything that is not a real date and time (31 February, minute 82, 12 digits run together). */
export function parseOfxDate(raw: string): OfxDateTime | null {
  const match = OFX_DATE.exec(raw.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", offsetHours, offsetMins] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  // A leap second (60) is legal; Date would roll it into the next minute, so clamp it.
  const second = Math.min(Number(s), 59);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || Number(s) > 60) return null;

  let offsetMinutes: number | null = null;
  if (offsetHours !== undefined) {
    const hours = Number(offsetHours);
    const minutes = Number((offsetMins ?? "0").padEnd(2, "0"));
    if (Math.abs(hours) > 14 || minutes > 59) return null;
    offsetMinutes = (offsetHours.startsWith("-") ? -1 : 1) * (Math.abs(hours) * 60 + minutes);
  }
  const millis = Number(fraction.slice(0, 3).padEnd(3, "0"));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - (offsetMinutes ?? 0) * 60_000;
  return { date: `${y}-${mo}-${d}`, instant: new Date(utc), offsetMinutes };
}

const CALENDAR_PART = /^(\d{4})(\d{2})(\d{2})(?:\d{0,6}(?:[.:]\d*)?)?\s*(?:\[[^\]]*\])?$/;

/**
 * The calendar date of a posting, YYYY-MM-DD: the eight date digits must name a real day. A malformed time
 * after them (Capital One's minute 82) does not matter, because a posting date is kept as a day; null for
 * anything else (31 February, twelve digits run together, an empty value).
 */
export function parseOfxCalendarDate(raw: string): string | null {
  // Most banks write the bare eight digits: read those without building the moment (a statement has thousands).
  if (raw.length === 8 && EIGHT_DIGITS.test(raw)) return realCalendarDate(raw);
  const full = parseOfxDate(raw);
  if (full) return full.date;
  const match = CALENDAR_PART.exec(raw.trim());
  if (!match) return null;
  return realCalendarDate(`${match[1]}${match[2]}${match[3]}`);
}

const EIGHT_DIGITS = /^\d{8}$/;

/** "20240229" → "2024-02-29"; null when the digits name no real day. */
function realCalendarDate(digits: string): string | null {
  const y = digits.slice(0, 4);
  const mo = digits.slice(4, 6);
  const d = digits.slice(6, 8);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month)) return null;
  return `${y}-${mo}-${d}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** "20240105" from a Date's UTC calendar day: request ranges are whole days. */
export function formatOfxDate(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll("-", "");
}

/** "20240105143000.000[0:GMT]": a request or server timestamp, always written in UTC. */
export function formatOfxDateTime(date: Date): string {
  const iso = date.toISOString(); // 2024-01-05T14:30:00.000Z
  return `${iso.slice(0, 10).replaceAll("-", "")}${iso.slice(11, 19).replaceAll(":", "")}.${iso.slice(20, 23)}[0:GMT]`;
}

/** "2024-01-05" → "20240105". */
export function isoDateToOfx(isoDate: string): string {
  return isoDate.replaceAll("-", "");
}
