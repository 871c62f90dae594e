"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/actions";
import { requireUser } from "@/server/auth";
import { parseInput } from "@/server/errors";
import { recategorizeTransaction } from "@/server/transactions/recategorize";

const recategorizeInput = z.object({
  transactionId: z.guid("is not a transaction"),
  categoryId: z.guid("Choose a category"),
  applyToSeller: z.boolean().default(false),
});

/** Files a transaction (or, with applyToSeller, every one from its seller) under the category the user chose. */
export async function recategorizeTransactionAction(
  input: unknown,
): Promise<ActionResult<{ changed: number; kept: number }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { transactionId, categoryId, applyToSeller } = parseInput(recategorizeInput, input);
    const { changed, kept } = await recategorizeTransaction(await getDb(), user.id, transactionId, {
      categoryId,
      applyToSeller,
    });
    revalidatePath("/transactions");
    revalidatePath("/dashboard");
    return { changed, kept };
  });
}
