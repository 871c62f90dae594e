import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { parseId } from "@/server/http/ids";

describe("parseId", () => {
  it("passes a UUID through", () => {
    expect(parseId("3f2a9c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b")).toBe("3f2a9c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b");
  });

  it.each([["1 or 1=1"], [""], [42], [null], [{ id: "x" }], [["3f2a9c4e-1b2d-4e5f-8a9b-0c1d2e3f4a5b"]]])(
    "answers %j with a 404 naming the thing, as for any unknown id",
    (value) => {
      let thrown: unknown;
      try {
        parseId(value, "That sync");
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect(thrown).toMatchObject({ code: "not_found", status: 404, message: "That sync was not found." });
    },
  );
});
