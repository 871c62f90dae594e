import "server-only";

import { z } from "zod";
import { accountTypes } from "@/db/schema";
import { manualAccountInput } from "@/server/accounts/schemas";
import type { ImportTarget } from "@/server/statements/upload";

// Where each of a file's accounts goes, as the import form sends it: a JSON list of
// { file_account?, account_id } or { file_account?, new_account: { name, type, currency } }.

const target = z
  .object({
    file_account: z.string().max(200).optional(),
    account_id: z.uuid("must be an account id").optional(),
    new_account: manualAccountInput.optional(),
  })
  .strict()
  .refine((t) => (t.account_id === undefined) !== (t.new_account === undefined), {
    message: "give either an account or a new account",
  })
  .transform(
    (t): ImportTarget =>
      t.account_id !== undefined
        ? { accountId: t.account_id, fileAccount: t.file_account }
        : { newAccount: t.new_account!, fileAccount: t.file_account },
  );

export const importTargetsInput = z
  .string("Choose where to import the file")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "must be a JSON list of accounts" });
      return z.NEVER;
    }
  })
  .pipe(z.array(target).min(1, "Choose at least one account to import").max(50));

/** The preview: which account the file would go into (an existing one, or the type of a new one). */
export const previewTargetInput = z.object({
  account_id: z
    .union([z.uuid("must be an account id"), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
  account_type: z
    .union([z.enum(accountTypes), z.literal("")])
    .optional()
    .transform((value) => value || undefined),
});
