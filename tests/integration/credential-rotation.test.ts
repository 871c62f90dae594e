import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Keys are read from the environment once, so they are set before anything imports env.ts.
const oldKey = randomBytes(32);
const newKey = randomBytes(32);
vi.stubEnv("CREDENTIALS_KEY", newKey.toString("base64"));
vi.stubEnv("CREDENTIALS_KEY_PREVIOUS", oldKey.toString("base64"));

describe("rotating CREDENTIALS_KEY", () => {
  let db: import("@/db").Database;
  beforeAll(async () => {
    const { useTestDatabase } = await import("../support/db");
    const { startDemoBank } = await import("../support/demo-bank");
    ({ db } = await useTestDatabase());
    await startDemoBank();
  });

  it("still decrypts passwords stored under the previous key, and re-encrypts them under the new one", async () => {
    const { connections } = await import("@/db/schema");
    const { createCredentialCipher, currentKeyId, keyIdOf } = await import("@/server/security/credentials");
    const { beginConnectionSync, fetchConnectionStatements } = await import("@/server/sync/connection-sync");
    const { createDemoConnection } = await import("../factories/connections");
    const { createTestUser } = await import("../factories/users");

    const { user } = await createTestUser(db);
    const connection = await createDemoConnection(db, user.id);
    const underOldKey = createCredentialCipher({ currentKey: oldKey }).encryptSecret("demo", connection.id);
    await db
      .update(connections)
      .set({ passwordCiphertext: underOldKey })
      .where(eq(connections.id, connection.id));
    expect(underOldKey).toContain(`.${keyIdOf(oldKey)}.`);

    const plan = await beginConnectionSync(db, {
      connectionId: connection.id,
      userId: user.id,
      reason: "manual",
    });
    await fetchConnectionStatements(db, plan!);

    const [stored] = await db.select().from(connections).where(eq(connections.id, connection.id));
    expect(currentKeyId()).toBe(keyIdOf(newKey));
    expect(stored!.passwordCiphertext).toContain(`.${keyIdOf(newKey)}.`);
    expect(
      createCredentialCipher({ currentKey: newKey }).decryptSecret(stored!.passwordCiphertext, connection.id),
    ).toBe("demo");
  });
});
