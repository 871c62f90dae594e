import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { crowdVotes, type User, users } from "@/db/schema";
import { CROWD_RECOUNT_BATCH, crowdRecountRequested, statementsPurgeRequested } from "@/inngest/events";
import { enqueueEvents } from "@/inngest/outbox";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { AppError } from "@/server/errors";
import { authenticateWithPassword, normalizeEmail } from "./users";

/**
 * Deletes a user's account and everything Tally keeps of it, after they show it is them: their password, or
 * for an account without one (signed up with GitHub or Google), their e-mail address typed again.
 *
 * One statement removes the user's row, and with it (foreign keys, on delete cascade) their bank logins and
 * encrypted passwords, accounts, transactions, syncs, budgets, categories, rules, notices, sessions and
 * tokens. What lives elsewhere goes by jobs the same transaction asks for: the raw statements in the object
 * store, and the crowd's answers that counted their votes, recounted without them. The cached figures are
 * dropped at once. Jobs still queued for the user find nothing and end.
 */
export async function deleteAccount(
  db: Database,
  input: { user: User; password: string | null; confirmEmail: string | null; ip: string | null },
): Promise<void> {
  const { user } = input;
  if (user.passwordHash) {
    try {
      await authenticateWithPassword(db, { email: user.email, password: input.password ?? "", ip: input.ip });
    } catch (error) {
      if (error instanceof AppError && error.code === "unauthorized") {
        throw new AppError("invalid_input", "That is not your password. Nothing was deleted.", {
          fields: { password: "is not your password" },
        });
      }
      throw error;
    }
  } else if (normalizeEmail(input.confirmEmail ?? "") !== user.email) {
    throw new AppError("invalid_input", "Type your e-mail address to confirm. Nothing was deleted.", {
      fields: { confirm_email: "is not your e-mail address" },
    });
  }

  await db.transaction(async (tx) => {
    const votes = await tx
      .select({ sellerKey: crowdVotes.sellerKey })
      .from(crowdVotes)
      .where(eq(crowdVotes.userId, user.id));
    await tx.delete(users).where(eq(users.id, user.id));
    // What lives outside these tables is cleaned up by jobs asked for in this transaction: a crash after the
    // commit cannot leave the statements stored, nor the crowd counting the votes of someone who left.
    await enqueueEvents(tx, [
      statementsPurgeRequested({ userId: user.id }),
      ...chunks(
        votes.map((vote) => vote.sellerKey),
        CROWD_RECOUNT_BATCH,
      ).map((sellerKeys, part) =>
        crowdRecountRequested({ sellerKeys }, { id: `crowd-recount:user-deleted:${user.id}:${part}` }),
      ),
    ]);
  });
  await invalidateUserReads(user.id);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
