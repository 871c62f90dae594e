// The API's snake_case shapes, shared by the route handlers.

import type { User } from "@/db/schema";
import type { TokenSummary } from "@/server/identity/tokens";

export const serializeMe = (user: User) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  monthly_income: user.monthlyIncome,
  notify_thresholds: user.notifyThresholds,
  email_notifications: user.emailNotifications,
});

export const serializeToken = (token: TokenSummary) => ({
  id: token.id,
  name: token.name,
  created_at: token.createdAt.toISOString(),
  last_used_at: token.lastUsedAt?.toISOString() ?? null,
});
