// parseAmountInput (lib/money.ts) as a zod schema, for request bodies and forms. Apart from lib/money.ts so that
// client components formatting money do not pull zod into the browser bundle.

import { z } from "zod";
import { parseAmountInput } from "./money";

/** parseAmountInput as a zod schema (for request bodies and forms): the amount in cents, or a field error. */
export const amountInput = z
  .union([z.string(), z.number()], {
    // Left out altogether is a different mistake from a value of the wrong kind: say which.
    error: (issue) =>
      issue.input === undefined ? 'is required: an amount like "412.50"' : 'must be an amount like "412.50"',
  })
  .transform((value, ctx) => {
    const parsed = parseAmountInput(value);
    if ("problem" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.problem });
      return z.NEVER;
    }
    return parsed.cents;
  });
