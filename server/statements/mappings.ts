import "server-only";

import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { csvMappings } from "@/db/schema";
import type { RememberedMapping } from "@/server/statements/csv";

// The CSV mapping each account last used, so the next file from the same bank needs no questions.

export async function getRememberedMapping(
  db: Database,
  userId: string,
  accountId: string,
): Promise<RememberedMapping | null> {
  const [row] = await db
    .select({ remembered: csvMappings.remembered })
    .from(csvMappings)
    .where(and(eq(csvMappings.userId, userId), eq(csvMappings.accountId, accountId)))
    .limit(1);
  return (row?.remembered as RememberedMapping | undefined) ?? null;
}

export async function saveRememberedMapping(
  db: Database,
  input: { userId: string; accountId: string; remembered: RememberedMapping },
): Promise<void> {
  await db
    .insert(csvMappings)
    .values(input)
    .onConflictDoUpdate({
      target: [csvMappings.userId, csvMappings.accountId],
      set: { remembered: input.remembered, updatedAt: sql`now()` },
      // The account is the user's (checked by the caller); never overwrite another user's row.
      setWhere: eq(csvMappings.userId, input.userId),
    });
}
