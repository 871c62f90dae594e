"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { enabledOAuthProviders, signIn, signOut } from "@/auth";
import { getDb } from "@/db";
import type { ActionResult } from "@/lib/action-result";
import { text } from "@/lib/fields";
import { formObject, runAction } from "@/server/actions";
import { requireSession, requireUser } from "@/server/auth";
import { createCategory, updateCategory } from "@/server/categorize/categories";
import { parseInput } from "@/server/errors";
import { clientIp } from "@/server/http/client-ip";
import { parseId } from "@/server/http/ids";
import { deleteAccount } from "@/server/identity/delete-account";
import { setLinkIntent } from "@/server/identity/link-intent-cookie";
import {
  accountDeletionInput,
  passwordChangeInput,
  profileInput,
  tokenNameInput,
} from "@/server/identity/schemas";
import { endAllSessions } from "@/server/identity/sessions";
import { createToken, deleteToken } from "@/server/identity/tokens";
import { changePassword, updateProfile } from "@/server/identity/users";
import { notificationSettingsForm } from "@/server/notifications/inputs";

export async function updateProfileAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const form = formObject(formData);
    const input = parseInput(profileInput, {
      name: String(form.name ?? "").trim() || null,
      monthly_income: String(form.monthly_income ?? "").trim() || null,
      time_zone: String(form.time_zone ?? "").trim() || undefined,
      budget_currency: String(form.budget_currency ?? "").trim() || undefined,
    });
    await updateProfile(await getDb(), user.id, {
      name: input.name,
      monthlyIncome: input.monthly_income,
      timeZone: input.time_zone,
      budgetCurrency: input.budget_currency,
    });
    revalidatePath("/", "layout");
    return undefined;
  });
}

/** Saves the notification settings; returns the percentages as stored (sorted, each once) for the form. */
export async function updateNotificationSettingsAction(
  _previous: ActionResult<{ notifyThresholds: number[] }> | null,
  formData: FormData,
): Promise<ActionResult<{ notifyThresholds: number[] }>> {
  return runAction(async () => {
    const user = await requireUser();
    const input = parseInput(notificationSettingsForm, formObject(formData));
    const updated = await updateProfile(await getDb(), user.id, {
      notifyThresholds: input.notify_thresholds,
      emailNotifications: input.email_notifications,
      notifySyncCompleted: input.notify_sync_completed,
    });
    revalidatePath("/settings");
    return { notifyThresholds: updated.notifyThresholds };
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
  name: text({ required: "is required" })
    .trim()
    .min(1, "is required")
    .max(60, "must be at most 60 characters"),
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
  name: text().trim().min(1, "is required").max(60, "must be at most 60 characters").optional(),
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

/** Changes the password; every other browser signed in to this account is signed out. */
export async function changePasswordAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  return runAction(async () => {
    const { user, sessionId } = await requireSession();
    const form = formObject(formData);
    const input = parseInput(passwordChangeInput, {
      current_password: form.current_password || undefined,
      new_password: form.new_password,
    });
    await changePassword(await getDb(), {
      user,
      sessionId,
      currentPassword: input.current_password ?? null,
      newPassword: input.new_password,
      ip: clientIp(await headers()),
    });
    return undefined;
  });
}

/** Ends every session of this account, this browser's included. */
export async function signOutEverywhereAction(): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    await endAllSessions(await getDb(), user.id);
    await signOut({ redirectTo: "/login" });
    return undefined;
  });
}

/** Deletes the account and everything of it, then signs this browser out to the sign-in page. */
export async function deleteAccountAction(input: {
  password?: string;
  confirm_email?: string;
}): Promise<ActionResult> {
  return runAction(async () => {
    const user = await requireUser();
    const parsed = parseInput(accountDeletionInput, input);
    await deleteAccount(await getDb(), {
      user,
      password: parsed.password ?? null,
      confirmEmail: parsed.confirm_email ?? null,
      ip: clientIp(await headers()),
    });
    await signOut({ redirectTo: "/login?deleted=1" });
    return undefined;
  });
}

/** Links GitHub or Google to this account: off to the provider, back to Settings. */
export async function linkProviderAction(formData: FormData): Promise<void> {
  const { user, sessionId } = await requireSession();
  const provider = z
    .enum(enabledOAuthProviders.map((p) => p.id) as [string, ...string[]])
    .parse(formData.get("provider"));
  await setLinkIntent({ userId: user.id, sessionId });
  await signIn(provider, { redirectTo: "/settings" });
}
