// GET /api/v1/me — the signed-in user's profile and notification settings.
// PATCH /api/v1/me — change any of name, monthly_income, notify_thresholds, email_notifications,
// notify_sync_completed, time_zone, budget_currency.
// DELETE /api/v1/me — delete the account and all its data; body { password } (or { confirm_email } for an
// account without a password). 204 when done.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, noContent, readJson } from "@/server/http/api";
import { clientIp } from "@/server/http/client-ip";
import { deleteAccount } from "@/server/identity/delete-account";
import { accountDeletionInput, profileInput } from "@/server/identity/schemas";
import { updateProfile } from "@/server/identity/users";
import { serializeMe } from "../_lib/serializers";

export const GET = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  return json(serializeMe(user));
});

export const PATCH = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const input = await readJson(request, profileInput);
  const updated = await updateProfile(await getDb(), user.id, {
    name: input.name,
    monthlyIncome: input.monthly_income,
    notifyThresholds: input.notify_thresholds,
    emailNotifications: input.email_notifications,
    notifySyncCompleted: input.notify_sync_completed,
    timeZone: input.time_zone,
    budgetCurrency: input.budget_currency,
  });
  return json(serializeMe(updated));
});

export const DELETE = apiRoute(async (request) => {
  const user = await requireApiUser(request);
  const input = await readJson(request, accountDeletionInput);
  await deleteAccount(await getDb(), {
    user,
    password: input.password ?? null,
    confirmEmail: input.confirm_email ?? null,
    ip: clientIp(request.headers),
  });
  return noContent();
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
