// The rule that decides which pending row a posted row settles, and which pending rows a statement dropped.

import { describe, expect, it } from "vitest";
import {
  type IncomingRow,
  planPending,
  type StoredPending,
  settles,
  similarDescriptions,
} from "@/server/sync/pending";

const stored = (id: string, overrides: Partial<StoredPending> = {}): StoredPending => ({
  id,
  externalId: `fp:${id}`,
  postedOn: "2026-03-10",
  amount: -450,
  description: "SQ *BLUE BOTTLE COF",
  sellerKey: "blue bottle coffee",
  ...overrides,
});
const incoming = (externalId: string, overrides: Partial<IncomingRow> = {}): IncomingRow => ({
  externalId,
  postedOn: "2026-03-11",
  amount: -450,
  description: "SQ *BLUE BOTTLE COFFEE SAN FRANCISCO CA",
  pending: false,
  ...overrides,
});
const allNew = () => true;

describe("which pending row a posted row settles", () => {
  it("the coffee that posts a day later, with fuller text and no id, settles its pending row", () => {
    const plan = planPending([stored("p1")], [incoming("fp:posted")], null, allNew);
    expect(plan.settled).toEqual([{ incoming: 0, pendingId: "p1" }]);
  });

  it("a tip of up to 30% is the same purchase; more is not, and neither is a smaller amount", () => {
    const pending = stored("p1", { amount: -2000 });
    expect(settles({ postedOn: "2026-03-12", amount: -2600, description: "SQ *BLUE BOTTLE" }, pending)).toBe(
      true,
    );
    expect(settles({ postedOn: "2026-03-12", amount: -2601, description: "SQ *BLUE BOTTLE" }, pending)).toBe(
      false,
    );
    expect(settles({ postedOn: "2026-03-12", amount: -1999, description: "SQ *BLUE BOTTLE" }, pending)).toBe(
      false,
    );
    expect(settles({ postedOn: "2026-03-12", amount: 2000, description: "SQ *BLUE BOTTLE" }, pending)).toBe(
      false,
    );
  });

  it("posts from the day before to a week after the pending date", () => {
    const pending = stored("p1");
    const at = (postedOn: string) => settles({ postedOn, amount: -450, description: "BLUE BOTTLE" }, pending);
    expect([at("2026-03-08"), at("2026-03-09"), at("2026-03-17"), at("2026-03-18")]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it("needs similar text: another seller with the same amount on the same day is a different purchase", () => {
    expect(similarDescriptions("SQ *BLUE BOTTLE COF", "SQ *BLUE BOTTLE COFFEE #12 OAKLAND CA")).toBe(true);
    expect(similarDescriptions("STARBUCKS STORE 05432", "STARBUCKS")).toBe(true);
    expect(similarDescriptions("SHELL OIL 5744", "CHEVRON 0093345")).toBe(false);
    const plan = planPending(
      [stored("p1")],
      [incoming("fp:x", { description: "PHILZ COFFEE TRUCK" })],
      null,
      allNew,
    );
    expect(plan.settled).toEqual([]);
  });

  it("two identical coffees that both post settle one pending row each", () => {
    const plan = planPending(
      [stored("p1"), stored("p2", { externalId: "fp:p1#1" })],
      [incoming("fp:a"), incoming("fp:a#1")],
      null,
      allNew,
    );
    expect(plan.settled).toHaveLength(2);
    expect(new Set(plan.settled.map((pair) => pair.pendingId))).toEqual(new Set(["p1", "p2"]));
    expect(new Set(plan.settled.map((pair) => pair.incoming))).toEqual(new Set([0, 1]));
  });

  it("of two identical coffees, the one the bank still lists as pending is left alone", () => {
    const plan = planPending(
      [stored("p1"), stored("p2", { externalId: "fp:p1#1" })],
      [incoming("fp:p1", { pending: true, postedOn: "2026-03-10" }), incoming("fp:a")],
      null,
      allNew,
    );
    expect(plan.sameId).toEqual([{ incoming: 0, pendingId: "p1" }]);
    expect(plan.settled).toEqual([{ incoming: 1, pendingId: "p2" }]);
  });

  it("prefers the same amount: a tipped lunch and a plain one settle the right way round", () => {
    const plan = planPending(
      [stored("lunch", { amount: -2000 }), stored("coffee", { amount: -2300, externalId: "fp:c" })],
      [incoming("fp:x", { amount: -2300 }), incoming("fp:y", { amount: -2400 })],
      null,
      allNew,
    );
    expect(plan.settled).toContainEqual({ incoming: 0, pendingId: "coffee" });
    expect(plan.settled).toContainEqual({ incoming: 1, pendingId: "lunch" });
  });

  it("a posted row already in Tally settles nothing", () => {
    const plan = planPending([stored("p1")], [incoming("fp:old")], null, () => false);
    expect(plan.settled).toEqual([]);
  });

  it("the same id updates the pending row whether the bank now says posted or still pending", () => {
    const plan = planPending([stored("p1", { externalId: "fitid:9" })], [incoming("fitid:9")], null, allNew);
    expect(plan.sameId).toEqual([{ incoming: 0, pendingId: "p1" }]);
    expect(plan.settled).toEqual([]);
  });
});

describe("which pending rows a statement dropped", () => {
  it("a pending row inside the statement's dates that it no longer lists, and nothing settled, is removed", () => {
    const plan = planPending(
      [stored("gone"), stored("old", { postedOn: "2026-02-01", externalId: "fp:old" })],
      [incoming("fp:other", { description: "RENT", amount: -150000 })],
      { from: "2026-03-01", to: "2026-03-31" },
      allNew,
    );
    expect(plan.vanished).toEqual(["gone"]);
  });

  it("keeps pending rows when the statement's dates are unknown or end before them", () => {
    expect(planPending([stored("p1")], [], null, allNew).vanished).toEqual([]);
    expect(
      planPending([stored("p1")], [], { from: "2026-01-01", to: "2026-03-09" }, allNew).vanished,
    ).toEqual([]);
    expect(planPending([stored("p1")], [], { from: "2026-03-01", to: null }, allNew).vanished).toEqual([
      "p1",
    ]);
  });
});
