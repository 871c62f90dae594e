import { describe, expect, it } from "vitest";
import { addDays, dayNumber } from "@/server/demo-bank/dates";
import { type DemoTransaction, historyStart } from "@/server/demo-bank/history";
import { fullHistory, KINDS, TODAY, USERS } from "../support/demo-history";

function named(transactions: DemoTransaction[], name: string): DemoTransaction[] {
  return transactions.filter((t) => t.name === name);
}

function monthsOf(transactions: DemoTransaction[]): string[] {
  return transactions.map((t) => t.postedOn.slice(0, 7));
}

/** The calendar months wholly inside the served window on TODAY. */
function fullMonths(today = TODAY): string[] {
  const months = new Set<string>();
  for (let day = historyStart(today); day <= today; day = addDays(day, 1)) months.add(day.slice(0, 7));
  return [...months].slice(1, -1);
}

describe("demoHistory checking cadence", () => {
  const checking = fullHistory("user-1", "checking");

  it("pays rent exactly once a month, on the 1st", () => {
    const rent = named(checking, "RENT - PARKSIDE APTS");
    expect(rent.every((t) => t.postedOn.endsWith("-01") && t.amount < 0)).toBe(true);
    expect(new Set(rent.map((t) => t.amount)).size).toBe(1);
    const firsts = [...new Set(monthsOf(checking))].filter((m) => `${m}-01` >= historyStart(TODAY));
    expect(firsts.length).toBe(6);
    expect(monthsOf(rent)).toEqual(firsts);
  });

  it("pays ACME payroll every 14 days, between 2,850.00 and 3,100.00", () => {
    for (const userId of USERS) {
      const pay = named(fullHistory(userId, "checking"), "ACME CORP PAYROLL");
      expect(pay.length).toBeGreaterThanOrEqual(13);
      expect(pay.every((t) => t.type === "DIRECTDEP" && t.amount >= 285_000 && t.amount <= 310_000)).toBe(
        true,
      );
      for (let i = 1; i < pay.length; i++) {
        expect(dayNumber(pay[i]!.postedOn) - dayNumber(pay[i - 1]!.postedOn)).toBe(14);
      }
      // No gap at the edges of the window either.
      expect(dayNumber(pay[0]!.postedOn) - dayNumber(historyStart(TODAY))).toBeLessThan(14);
      expect(dayNumber(TODAY) - dayNumber(pay.at(-1)!.postedOn)).toBeLessThan(14);
    }
  });

  it("pays each utility and earns interest once in every full month", () => {
    for (const name of ["PG&E WEB ONLINE", "COMCAST CABLE COMM", "VERIZON WIRELESS", "INTEREST PAYMENT"]) {
      const months = monthsOf(named(checking, name));
      for (const month of fullMonths())
        expect(
          months.filter((m) => m === month),
          name,
        ).toHaveLength(1);
    }
    const interest = named(checking, "INTEREST PAYMENT");
    expect(interest.every((t) => t.type === "INT" && t.amount >= 1 && t.amount <= 99)).toBe(true);
  });

  it("pays the card's autopay from checking on the day the card receives it, for the same amount", () => {
    const card = fullHistory("user-1", "credit_card");
    const autopay = named(checking, "DEMO REWARDS CARD AUTOPAY");
    const received = named(card, "PAYMENT THANK YOU");
    expect(autopay.length).toBeGreaterThanOrEqual(5);
    expect(autopay.map((t) => [t.postedOn, -t.amount])).toEqual(received.map((t) => [t.postedOn, t.amount]));
    // It pays the previous month's charges: the purchases and refunds transacted in that month.
    const february = card.filter(
      (t) => t.transactedOn.startsWith("2026-02") && t.name !== "PAYMENT THANK YOU",
    );
    const marchPayment = received.find((t) => t.postedOn === "2026-03-15");
    const februaryPayment = fullHistory("user-1", "credit_card", "2026-03-20").find(
      (t) => t.postedOn === "2026-03-15" && t.name === "PAYMENT THANK YOU",
    );
    expect(marchPayment).toBeUndefined();
    expect(februaryPayment?.amount).toBe(-february.reduce((sum, t) => sum + t.amount, 0));
  });

  it("includes ATM withdrawals, checks and Venmo or Zelle transfers", () => {
    const all = USERS.flatMap((userId) => fullHistory(userId, "checking"));
    expect(all.some((t) => t.name.startsWith("ATM WITHDRAWAL") && t.type === "ATM" && t.amount < 0)).toBe(
      true,
    );
    expect(all.some((t) => t.type === "CHECK" && /^CHECK \d+$/.test(t.name) && t.amount < 0)).toBe(true);
    expect(all.some((t) => /^(VENMO|ZELLE)/.test(t.name) && t.type === "XFER")).toBe(true);
  });
});

describe("demoHistory card content and signs", () => {
  const card = fullHistory("user-1", "credit_card");

  it("has purchases negative, payments and refunds positive", () => {
    for (const t of card) {
      if (t.type === "POS" || t.type === "DEBIT") expect(t.amount).toBeLessThan(0);
      else expect(t.type).toBe("CREDIT");
      if (t.type === "CREDIT") expect(t.amount).toBeGreaterThan(0);
    }
    expect(card.every((t) => Number.isInteger(t.amount) && t.amount !== 0)).toBe(true);
  });

  it("refunds an earlier purchase at the same seller for the same amount", () => {
    const refunds = USERS.flatMap((userId) => {
      const history = fullHistory(userId, "credit_card");
      return history.filter((t) => t.memo === "RETURN").map((refund) => ({ refund, history }));
    });
    let matched = 0;
    for (const { refund, history } of refunds) {
      expect(refund.amount).toBeGreaterThan(0);
      expect(refund.type).toBe("CREDIT");
      // The purchase may predate the served window (returns come at most 25 days later); inside, it must be there.
      if (dayNumber(refund.transactedOn) - 25 <= dayNumber(historyStart(TODAY))) continue;
      const purchase = history.find(
        (t) => t.name === refund.name && t.amount === -refund.amount && t.transactedOn < refund.transactedOn,
      );
      expect(purchase, refund.fitid).toBeDefined();
      matched++;
    }
    expect(matched).toBeGreaterThanOrEqual(5);
  });

  it("charges each subscription once a month on a fixed day", () => {
    for (const name of ["NETFLIX.COM", "SPOTIFY USA", "PLANET FITNESS"]) {
      const charges = named(card, name);
      expect(new Set(charges.map((t) => t.transactedOn.slice(8))).size).toBe(1);
      expect(new Set(charges.map((t) => t.amount)).size).toBe(1);
      const months = charges.map((t) => t.transactedOn.slice(0, 7));
      for (const month of fullMonths())
        expect(
          months.filter((m) => m === month),
          name,
        ).toHaveLength(1);
    }
  });

  it("uses every seller in the catalogue", () => {
    const names = new Set(card.map((t) => t.name));
    for (const seller of [
      "TRADER JOE S #123",
      "WHOLEFDS MKT 10234",
      "SAFEWAY #1234",
      "SHELL OIL 57444",
      "CHEVRON 0093345",
      "SQ *BLUE BOTTLE COFFEE",
      "STARBUCKS STORE 05432",
      "CHIPOTLE 1234",
      "NETFLIX.COM",
      "SPOTIFY USA",
      "UBER *TRIP",
      "LYFT *RIDE",
      "TARGET 00012345",
      "COSTCO WHSE #0123",
      "CVS/PHARMACY #04567",
      "PLANET FITNESS",
      "PAYMENT THANK YOU",
    ]) {
      expect(names, seller).toContain(seller);
    }
    const amazon = [...names].filter((name) => /^AMZN Mktp US\*[A-Z0-9]{6}$/.test(name));
    expect(amazon.length).toBeGreaterThan(5);
    expect([...names].filter((name) => name.startsWith("TST* ")).length).toBeGreaterThanOrEqual(3);
  });
});

describe("demoHistory names", () => {
  it("fit the 32 characters OFX NAME allows, so nothing is cut off", () => {
    for (const userId of USERS) {
      for (const kind of KINDS) {
        expect(fullHistory(userId, kind).filter((t) => t.name.length > 32)).toEqual([]);
      }
    }
  });
});
