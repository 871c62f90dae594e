"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { formObject, runAction } from "@/server/actions";
import { requireUser } from "@/server/auth";
import { createCategory, updateCategory } from "@/server/categorize/categories";
import { parseInput } from "@/server/errors";
import { parseId } from "@/server/http/ids";
import { profileInput, tokenNameInput } from "@/server/identity/schemas";
import { createToken, deleteToken } from "@/server/identity/tokens";
import { updateProfile } from "@/server/identity/users";

export async function updateProfileAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const form = formObject(formData);
    const thresholds = String(form.notify_thresholds ?? "")
      .split(",")
      .map((value) => value.trim())
      .filter(Boolean)
      .map(Number);
    const input = parseInput(profileInput, {
      name: String(form.name ?? "").trim() || null,
      monthly_income: String(form.monthly_income ?? "").trim() || null,
      notify_thresholds: thresholds,
      email_notifications: form.email_notifications === "on",
      time_zone: String(form.time_zone ?? "").trim() || undefined,
    });
    await updateProfile(await getDb(), user.id, {
      name: input.name,
      monthlyIncome: input.monthly_income,
      notifyThresholds: input.notify_thresholds,
      emailNotifications: input.email_notifications,
      timeZone: input.time_zone,
    });
    revalidatePath("/", "layout");
    return undefined;
  });
}

export async function createTokenAction(
  _previous: ActionResult<{ token: string; name: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ token: string; name: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { name } = parseInput(tokenNameInput, formObject(formData));
    const created = await createToken(await getDb(), user.id, name);
    revalidatePath("/settings");
    return { token: created.token, name: created.name };
  });
}

export async function deleteTokenAction(tokenId: string): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await deleteToken(await getDb(), user.id, parseId(tokenId, "That token"));
    revalidatePath("/settings");
    return undefined;
  });
}

const categoryInput = z.object({
  name: z.string("is required").trim().min(1, "is required").max(60, "must be at most 60 characters"),
  parent_id: z.uuid("choose a group"),
});

export async function createCategoryAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const input = parseInput(categoryInput, formObject(formData));
    await createCategory(await getDb(), user.id, { name: input.name, parentId: input.parent_id });
    revalidatePath("/", "layout");
    return undefined;
  });
}

const categoryChange = z.object({
  id: z.uuid(),
  name: z.string().trim().min(1, "is required").max(60, "must be at most 60 characters").optional(),
  hidden: z.boolean().optional(),
});

export async function updateCategoryAction(input: z.input<typeof categoryChange>): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const { id, ...changes } = parseInput(categoryChange, input);
    await updateCategory(await getDb(), user.id, id, changes);
    revalidatePath("/", "layout");
    return undefined;
  });
}
