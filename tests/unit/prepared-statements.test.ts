// Which statement texts the Postgres client prepares: the hot ones, within a bound, so that a process
// running for weeks does not keep a prepared statement for every distinct `in (…)` list it ever sent.

import { describe, expect, it } from "vitest";
import { prepareAdmission } from "@/db/prepared-statements";

describe("prepareAdmission", () => {
  it("prepares a text from its second use on, and a one-off text never", () => {
    const admission = prepareAdmission();
    expect(admission.admit("select 1 where id = $1")).toBe(false);
    expect(admission.admit("select 1 where id = $1")).toBe(true);
    expect(admission.admit("select 1 where id = $1")).toBe(true);
    expect(admission.admit("select 2 where id in ($1, $2)")).toBe(false);
  });

  it("stops preparing new texts at its limit and keeps preparing the ones it has", () => {
    const admission = prepareAdmission({ maxPrepared: 2 });
    for (const text of ["a", "a", "b", "b"]) admission.admit(text);
    expect([admission.admit("c"), admission.admit("c")]).toEqual([false, false]);
    expect([admission.admit("a"), admission.admit("b")]).toEqual([true, true]);
  });

  it("forgets one-off texts past its bound, so a text seen once long ago starts over", () => {
    const admission = prepareAdmission({ maxSeenOnce: 3 });
    admission.admit("old");
    for (const text of ["x1", "x2", "x3"]) admission.admit(text);
    expect(admission.admit("old")).toBe(false);
    expect(admission.admit("old")).toBe(true);
  });
});
