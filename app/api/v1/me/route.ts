// GET /api/v1/me — the signed-in user's profile and notification settings.
// PATCH /api/v1/me — change any of name, monthly_income, notify_thresholds, email_notifications,
// notify_sync_completed, time_zone.

import { getDb } from "@/db";
import { requireApiUser } from "@/server/auth";
import { apiRoute, json, readJson } from "@/server/http/api";
import { profileInput } from "@/server/identity/schemas";
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
  });
  return json(serializeMe(updated));
});

// Methods this file does not define answer 405 with the error body.
export * from "@/server/http/method-not-allowed";
