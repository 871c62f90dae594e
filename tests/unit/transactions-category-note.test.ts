import { describe, expect, it } from "vitest";
import { cellNote, sourceLabel } from "@/app/(app)/transactions/_components/types";
import { BETWEEN_PEOPLE_REASON } from "@/server/categorize/engine";

describe("the line under a transaction's category", () => {
  it("says why the category was chosen", () => {
    expect(cellNote({ source: "business_words", categoryName: "Bars", reason: "The name says “pub”" })).toBe(
      "The name says “pub”",
    );
    expect(cellNote({ source: "user", categoryName: "Bars", reason: null })).toBe("Categorized by you");
  });

  it("under Uncategorized, says why Tally left it so, as a sentence and without repeating the category", () => {
    expect(cellNote({ source: null, categoryName: null, reason: BETWEEN_PEOPLE_REASON })).toBe(
      "A payment between people, so only you know what it was for",
    );
  });

  it("in the editor, names the state and the reason together", () => {
    expect(sourceLabel(null, null, BETWEEN_PEOPLE_REASON)).toBe(`Uncategorized: ${BETWEEN_PEOPLE_REASON}`);
    expect(sourceLabel(null, null, null)).toBe("Uncategorized");
  });
});
