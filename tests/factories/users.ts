import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { users } from "@/db/schema";
import { createToken } from "@/server/identity/tokens";
import { createUser } from "@/server/identity/users";

export const TEST_PASSWORD = "correct horse battery";

/** A signed-up user with an API token, active now unless said otherwise. */
export async function createTestUser(
  db: Database,
  options: { label?: string; activeDaysAgo?: number | null } = {},
) {
  const email = `${options.label ?? "user"}-${randomBytes(4).toString("hex")}@example.com`;
  const user = await createUser(db, { email, password: TEST_PASSWORD });
  const days = options.activeDaysAgo === undefined ? 0 : options.activeDaysAgo;
  await db
    .update(users)
    .set({ lastActiveAt: days === null ? null : sql`now() - make_interval(days => ${days})` })
    .where(eq(users.id, user.id));
  const { token } = await createToken(db, user.id, "tests");
  return { user, token, email };
}
