import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { accounts, type Connection, connections } from "@/db/schema";
import { demoAccounts } from "@/server/demo-bank/history";
import { DEMO_FID, DEMO_ORG } from "@/server/ofx/demo-bank-types";
import { encryptSecret } from "@/server/security/credentials";

/** A Demo Bank connection with its two accounts, written directly (no bank round trip). */
export async function createDemoConnection(
  db: Database,
  userId: string,
  options: {
    login?: string;
    password?: string;
    status?: Connection["status"];
    lastSyncedAt?: Date | null;
  } = {},
): Promise<Connection> {
  const login = options.login ?? `login-${userId.slice(0, 8)}`;
  const [connection] = await db
    .insert(connections)
    .values({
      userId,
      institutionId: "demo",
      institutionName: "Demo Bank",
      ofxUrl: "demo",
      org: DEMO_ORG,
      fid: DEMO_FID,
      login,
      passwordCiphertext: "pending",
      status: options.status ?? "active",
      lastSyncedAt: options.lastSyncedAt ?? null,
    })
    .returning();
  await db
    .update(connections)
    .set({ passwordCiphertext: encryptSecret(options.password ?? "demo", connection!.id) })
    .where(eq(connections.id, connection!.id));
  await db.insert(accounts).values(
    demoAccounts(login).map((account) => ({
      userId,
      connectionId: connection!.id,
      accountNumber: account.accountNumber,
      name: account.name,
      type: account.kind,
    })),
  );
  return connection!;
}
