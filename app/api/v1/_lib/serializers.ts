// The API's snake_case shapes, shared by the route handlers.

import type { z } from "zod";
import type { Account, Sync, User } from "@/db/schema";
import { centsFromNumeric, formatDecimal } from "@/lib/money";
import { accountMask } from "@/server/accounts/accounts";
import type { ConnectionWithAccounts } from "@/server/accounts/connections";
import type {
  accountResponse,
  connectionResponse,
  syncResponse,
  transactionResponse,
} from "@/server/accounts/schemas";
import { userTimeZone } from "@/server/identity/time-zone";
import type { TokenSummary } from "@/server/identity/tokens";
import { describeSync } from "@/server/sync/syncs";
import type { TransactionRow } from "@/server/transactions/list";

export const serializeMe = (user: User) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  monthly_income: user.monthlyIncome,
  // Null until the first budget or income pins it; budgets follow the main currency until then.
  budget_currency: user.budgetCurrency,
  notify_thresholds: user.notifyThresholds,
  email_notifications: user.emailNotifications,
  notify_sync_completed: user.notifySyncCompleted,
  // The zone Tally uses for "this month": the user's, or UTC until their browser reports one.
  time_zone: userTimeZone(user),
});

export const serializeToken = (token: TokenSummary) => ({
  id: token.id,
  name: token.name,
  created_at: token.createdAt.toISOString(),
  last_used_at: token.lastUsedAt?.toISOString() ?? null,
});

export const serializeAccount = (account: Account): z.infer<typeof accountResponse> => ({
  id: account.id,
  connection_id: account.connectionId,
  name: account.name,
  type: account.type,
  mask: accountMask(account),
  currency: account.currency,
  balance: account.balance,
  last_synced_at: account.lastSyncedAt?.toISOString() ?? null,
});

// Deliberately lists fields one by one: a connection row holds the encrypted password and the login.
export const serializeConnection = (
  connection: ConnectionWithAccounts,
): z.infer<typeof connectionResponse> => ({
  id: connection.id,
  institution: { id: connection.institutionId, name: connection.institutionName },
  status: connection.status,
  last_synced_at: connection.lastSyncedAt?.toISOString() ?? null,
  last_error: connection.lastError,
  accounts: connection.accounts.map(serializeAccount),
});

export const serializeSync = (sync: Sync): z.infer<typeof syncResponse> => ({
  id: sync.id,
  status: sync.status,
  imported: sync.imported,
  duplicates: sync.duplicates,
  pending: sync.pending,
  settled: sync.settled,
  removed: sync.removed,
  summary: describeSync(sync),
  error: sync.error,
  started_at: sync.startedAt?.toISOString() ?? null,
  finished_at: sync.finishedAt?.toISOString() ?? null,
});

export const serializeTransaction = (row: TransactionRow): z.infer<typeof transactionResponse> => ({
  id: row.id,
  account_id: row.accountId,
  posted_on: row.postedOn,
  seller: row.description,
  merchant: row.merchant,
  memo: row.memo,
  amount: formatDecimal(centsFromNumeric(row.amount)),
  currency: row.currency,
  pending: row.pending,
  category: row.categoryId && row.categoryName ? { id: row.categoryId, name: row.categoryName } : null,
  category_source: row.categorySource,
  category_reason: row.categoryReason,
  // false for a check, a transfer or a fee: "apply_to_seller" has no seller to apply to.
  has_seller: row.sellerKey !== "",
});
