import { describe, expect, it } from "vitest";
import { currentMonth, currentMonthFor, isValidTimeZone, todayIn } from "@/lib/months";

describe("this month where the user is", () => {
  // 2026-02-01 03:30 UTC is still the evening of January 31st in California.
  const eveningOf31stInCalifornia = new Date("2026-02-01T03:30:00Z");

  it("is still January in Los Angeles when UTC has turned to February", () => {
    expect(currentMonth(eveningOf31stInCalifornia)).toBe("2026-02");
    expect(currentMonthFor("America/Los_Angeles", eveningOf31stInCalifornia)).toBe("2026-01");
    expect(todayIn("America/Los_Angeles", eveningOf31stInCalifornia)).toBe("2026-01-31");
  });

  it("is already the next month east of UTC before UTC midnight", () => {
    expect(currentMonthFor("Pacific/Auckland", new Date("2026-03-31T12:00:00Z"))).toBe("2026-04");
    expect(currentMonthFor("Asia/Kolkata", new Date("2026-12-31T19:00:00Z"))).toBe("2027-01");
  });

  it("falls back to UTC for a missing or unknown zone", () => {
    expect(currentMonthFor(null, eveningOf31stInCalifornia)).toBe("2026-02");
    expect(currentMonthFor("Mars/Olympus_Mons", eveningOf31stInCalifornia)).toBe("2026-02");
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
  });
});
