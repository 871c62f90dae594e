// A production server offers the Demo Bank only with DEMO_BANK=on. Without it, asking to link the Demo Bank
// is answered in words (not as a form field to fix), and the bank list does not offer it.

import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as linkRoute } from "@/app/api/v1/connections/route";
import { GET as institutionsRoute } from "@/app/api/v1/institutions/route";
import type { Database } from "@/db";
import { createTestUser } from "../factories/users";
import { call } from "../support/api";
import { useTestDatabase } from "../support/db";

vi.mock("@/env", async (original) => ({
  ...(await original<typeof import("@/env")>()),
  demoBankEnabled: false,
}));

let db: Database;

describe("a server without the Demo Bank", () => {
  beforeAll(async () => {
    db = (await useTestDatabase()).db;
  });

  it("says the Demo Bank is not offered here, and lists no such bank", async () => {
    const { token } = await createTestUser(db, { label: "no-demo" });
    const linked = await call(linkRoute, {
      token,
      body: { institution_id: "demo", account_login: "casey", account_password: "demo" },
    });
    expect(linked.status).toBe(404);
    expect(linked.body.error).toEqual({
      code: "not_found",
      message: "The Demo Bank is not offered on this server.",
    });
    const institutions = await call(institutionsRoute, { token });
    expect(JSON.stringify(institutions.body)).not.toContain("Demo Bank");
  });
});
