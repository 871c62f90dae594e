import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { crowdVotes, type User, users } from "@/db/schema";
import { invalidateUserReads } from "@/server/cache/user-reads";
import { refreshCrowdTop } from "@/server/categorize/votes";
import { AppError } from "@/server/errors";
import { getObjectStore, statementPrefix } from "@/server/storage";
import { authenticateWithPassword, normalizeEmail } from "./users";

/**
 * Deletes a user's account and everything Tally keeps of it, after they show it is them: their password, or
 * for an account without one (signed up with GitHub or Google), their e-mail address typed again.
 *
 * One statement removes the user's row, and with it (foreign keys, on delete cascade) their bank logins and
 * encrypted passwords, accounts, transactions, syncs, budgets, categories, rules, notices, sessions and
 * tokens. Then what lives elsewhere: the raw statements in the object store, the cached figures, and the
 * crowd's answers that counted their votes, recounted without them. Jobs still queued for the user find
 * nothing and end.
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

  const votedSellers = await db.transaction(async (tx) => {
    const votes = await tx
      .select({ sellerKey: crowdVotes.sellerKey })
      .from(crowdVotes)
      .where(eq(crowdVotes.userId, user.id));
    await tx.delete(users).where(eq(users.id, user.id));
    return votes.map((vote) => vote.sellerKey);
  });
  for (const sellerKey of votedSellers) await refreshCrowdTop(db, sellerKey);
  await invalidateUserReads(user.id);
  await getObjectStore().deletePrefix(statementPrefix({ userId: user.id }));
}
