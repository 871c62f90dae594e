"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { monthParam } from "@/lib/months";
import { runAction } from "@/server/actions";
import { requireUser } from "@/server/auth";
import { resetBudget, setBudget } from "@/server/budgets/budgets";
import { budgetPutInput } from "@/server/budgets/inputs";
import { parseInput } from "@/server/errors";
import { parseId } from "@/server/http/ids";

const target = z.object({ month: monthParam });

/** Sets a category's or group's budget (and/or rollover) from the viewed month on. */
export async function setBudgetAction(input: {
  categoryId: string;
  month: string;
  amount?: string | null;
  rollover?: boolean;
}): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const categoryId = parseId(input.categoryId, "That category");
    const { month } = parseInput(target, { month: input.month });
    // The amount is optional here (a rollover toggle keeps it); when given it is checked like the API's.
    const change = parseInput(budgetPutInput.partial(), {
      ...(input.amount !== undefined && { amount: input.amount }),
      ...(input.rollover !== undefined && { rollover: input.rollover }),
    });
    await setBudget(await getDb(), user, categoryId, {
      month,
      amount: change.amount,
      rollover: change.rollover,
    });
    revalidatePath("/budgets");
    revalidatePath("/dashboard");
    return undefined;
  });
}

/** Back to the recommendation from the viewed month on. */
export async function resetBudgetAction(input: { categoryId: string; month: string }): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const categoryId = parseId(input.categoryId, "That category");
    const { month } = parseInput(target, { month: input.month });
    await resetBudget(await getDb(), user, categoryId, { month });
    revalidatePath("/budgets");
    revalidatePath("/dashboard");
    return undefined;
  });
}
