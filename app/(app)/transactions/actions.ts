"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { runAction } from "@/server/actions";
import { requireUser } from "@/server/auth";
import { parseInput } from "@/server/errors";
import {
  previewSellerChange,
  snapshotForUndo,
  undoCategoryChange,
} from "@/server/transactions/category-undo";
import { recategorizeTransaction } from "@/server/transactions/recategorize";

const recategorizeInput = z.object({
  transactionId: z.guid("That transaction was not found."),
  categoryId: z.guid("Choose a category"),
  applyToSeller: z.boolean().default(false),
});

// A category change shows on every page that counts money.
function revalidateMoneyPages() {
  revalidatePath("/transactions");
  revalidatePath("/transactions/review");
  revalidatePath("/dashboard");
  revalidatePath("/categories/[id]", "page");
}

/**
 * Files a transaction (or, with applyToSeller, every one from its seller) under the category the user chose.
 * Returns how many changed and a token that undoes it.
 */
export async function recategorizeTransactionAction(
  input: unknown,
): Promise<ActionResult<{ changed: number; kept: number; undoToken: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { transactionId, categoryId, applyToSeller } = parseInput(recategorizeInput, input);
    const db = await getDb();
    const undoToken = await snapshotForUndo(db, user.id, transactionId, applyToSeller, categoryId);
    const { changed, kept } = await recategorizeTransaction(db, user.id, transactionId, {
      categoryId,
      applyToSeller,
    });
    revalidateMoneyPages();
    return { changed, kept, undoToken };
  });
}

/** How many past transactions "apply to all from this seller" would move, for the dialog's preview. */
export async function previewSellerChangeAction(
  input: unknown,
): Promise<ActionResult<{ merchant: string; count: number }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { transactionId, categoryId } = parseInput(recategorizeInput, input);
    return previewSellerChange(await getDb(), user.id, transactionId, categoryId);
  });
}

const undoInput = z.object({ token: z.string().min(1).max(2_000_000) });

/** Puts back what the last category change changed. */
export async function undoCategoryChangeAction(input: unknown): Promise<ActionResult<{ restored: number }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { token } = parseInput(undoInput, input);
    const restored = await undoCategoryChange(await getDb(), user.id, token);
    revalidateMoneyPages();
    return { restored };
  });
}
