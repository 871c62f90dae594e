import { describe, expect, it } from "vitest";
import { addDays, dayNumber } from "@/server/demo-bank/dates";
import {
  type DemoTransaction,
  demoBalance,
  demoHistory,
  HISTORY_DAYS,
  historyStart,
} from "@/server/demo-bank/history";
import { fullHistory, KINDS, TODAY, USERS } from "../support/demo-history";

describe("demoHistory determinism", () => {
  it("returns identical output for the same user and different output for different users", () => {
    for (const kind of KINDS) {
      expect(fullHistory("user-1", kind)).toEqual(fullHistory("user-1", kind));
      const other = fullHistory("user-2", kind).map((t) => [t.name, t.amount, t.postedOn]);
      expect(fullHistory("user-1", kind).map((t) => [t.name, t.amount, t.postedOn])).not.toEqual(other);
    }
  });

  it("keeps every posted transaction identical when asked again ten days later", () => {
    for (const kind of KINDS) {
      const later = fullHistory("user-1", kind, addDays(TODAY, 10));
      // Ten more days also drop ten of the oldest off the served window, so compare what both serve.
      const overlap = (t: DemoTransaction) =>
        t.postedOn <= TODAY && t.postedOn >= historyStart(addDays(TODAY, 10));
      expect(later.filter(overlap).length).toBeGreaterThan(200 / (kind === "checking" ? 4 : 1));
      expect(later.filter(overlap)).toEqual(fullHistory("user-1", kind).filter(overlap));
      // The newer days bring new transactions for a daily refresh to fetch.
      expect(later.some((t) => t.postedOn > TODAY)).toBe(true);
    }
  });

  it("returns the same transactions for a sub-range as the full history filtered to it", () => {
    const range = { start: "2026-01-13", end: "2026-02-02" };
    for (const kind of KINDS) {
      const expected = fullHistory("user-1", kind).filter(
        (t) => t.postedOn >= range.start && t.postedOn <= range.end,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(demoHistory("user-1", kind, range, TODAY)).toEqual(expected);
    }
  });
});

describe("demoHistory window", () => {
  it("never returns anything posted after today or before the served history", () => {
    for (const kind of KINDS) {
      const history = demoHistory("user-1", kind, { start: "2025-01-01", end: "2026-12-31" }, TODAY);
      expect(history.every((t) => t.postedOn <= TODAY && t.postedOn >= historyStart(TODAY))).toBe(true);
      expect(history[0]?.postedOn.slice(0, 7)).toBe(historyStart(TODAY).slice(0, 7));
      const postedOn = history.map((t) => t.postedOn);
      expect(postedOn).toEqual([...postedOn].sort());
    }
    expect(dayNumber(TODAY) - dayNumber(historyStart(TODAY))).toBe(HISTORY_DAYS);
  });

  it("returns nothing for a range after today or an inverted range", () => {
    expect(demoHistory("user-1", "credit_card", { start: "2026-03-11", end: "2026-04-01" }, TODAY)).toEqual(
      [],
    );
    expect(demoHistory("user-1", "checking", { start: "2026-02-10", end: "2026-02-01" }, TODAY)).toEqual([]);
  });

  it("rejects malformed dates", () => {
    expect(() => demoHistory("user-1", "checking", { start: "2026-02-30", end: TODAY }, TODAY)).toThrow(
      RangeError,
    );
    expect(() =>
      demoHistory("user-1", "checking", { start: "2026-01-01", end: TODAY }, "03/10/2026"),
    ).toThrow();
    expect(() => demoBalance("user-1", "checking", "2026-3-10")).toThrow(RangeError);
  });
});

describe("demoHistory late postings", () => {
  it("posts card purchases 0–4 days after they happen, some of them late", () => {
    const card = fullHistory("user-1", "credit_card");
    const lags = card.map((t) => dayNumber(t.postedOn) - dayNumber(t.transactedOn));
    expect(Math.min(...lags)).toBe(0);
    expect(Math.max(...lags)).toBe(4);
    expect(lags.filter((lag) => lag > 0).length).toBeGreaterThan(card.length / 2);
  });

  it("shows a purchase that happened before today but posts after it only once its posting day comes", () => {
    const later = fullHistory("user-1", "credit_card", addDays(TODAY, 4));
    const pending = later.filter((t) => t.transactedOn <= TODAY && t.postedOn > TODAY);
    expect(pending.length).toBeGreaterThan(0);
    const fitidsToday = new Set(fullHistory("user-1", "credit_card").map((t) => t.fitid));
    for (const t of pending) {
      expect(fitidsToday.has(t.fitid)).toBe(false);
      expect(
        demoHistory("user-1", "credit_card", { start: TODAY, end: t.postedOn }, t.postedOn),
      ).toContainEqual(t);
    }
  });
});

describe("demoHistory FITIDs", () => {
  it("are unique per account, named by account, transacted day and position", () => {
    for (const userId of USERS) {
      for (const kind of KINDS) {
        const history = fullHistory(userId, kind, addDays(TODAY, 30));
        expect(new Set(history.map((t) => t.fitid)).size).toBe(history.length);
        for (const t of history) {
          const prefix = kind === "checking" ? "CHK" : "CRD";
          expect(t.fitid).toBe(`${prefix}${t.transactedOn.replaceAll("-", "")}-${t.fitid.slice(-2)}`);
        }
      }
    }
  });
});

describe("demoHistory volume", () => {
  it("produces 60–90 checking and 250–400 card transactions over six months", () => {
    for (const userId of USERS) {
      for (const today of [TODAY, "2025-08-31", "2026-12-15"]) {
        expect(fullHistory(userId, "checking", today).length).toBeGreaterThanOrEqual(60);
        expect(fullHistory(userId, "checking", today).length).toBeLessThanOrEqual(90);
        expect(fullHistory(userId, "credit_card", today).length).toBeGreaterThanOrEqual(250);
        expect(fullHistory(userId, "credit_card", today).length).toBeLessThanOrEqual(400);
      }
    }
  });
});

describe("demoBalance", () => {
  it("moves by exactly what posted in between", () => {
    for (const userId of USERS.slice(0, 3)) {
      for (const kind of KINDS) {
        const before = demoBalance(userId, kind, addDays(historyStart(TODAY), -1));
        const posted = fullHistory(userId, kind).reduce((sum, t) => sum + t.amount, 0);
        expect(demoBalance(userId, kind, TODAY)).toBe(before + posted);
      }
    }
  });

  it("keeps checking in credit and the card owing", () => {
    for (const userId of USERS) {
      for (let day = historyStart(TODAY); day <= TODAY; day = addDays(day, 7)) {
        expect(demoBalance(userId, "checking", day)).toBeGreaterThan(0);
        expect(demoBalance(userId, "credit_card", day)).toBeLessThan(0);
      }
    }
  });

  it("changes day by day by that day's postings, across a month end and an autopay day", () => {
    for (const kind of KINDS) {
      let balance = demoBalance("user-2", kind, "2026-01-25");
      for (let day = "2026-01-26"; day <= "2026-02-20"; day = addDays(day, 1)) {
        balance += demoHistory("user-2", kind, { start: day, end: day }, TODAY).reduce(
          (sum, t) => sum + t.amount,
          0,
        );
        expect(demoBalance("user-2", kind, day), `${kind} ${day}`).toBe(balance);
      }
    }
  });
});
