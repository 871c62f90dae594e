// The Demo Bank over real HTTP on 127.0.0.1 for a test file (server/demo-bank/http-server.ts), installed as the
// app's Demo Bank and closed after the file's tests.

import { afterAll } from "vitest";
import { type LocalDemoBank, startLocalDemoBank } from "@/server/demo-bank/http-server";

export type TestDemoBank = LocalDemoBank;

export async function startDemoBank(today = new Date()): Promise<TestDemoBank> {
  const bank = await startLocalDemoBank(today);
  process.env.DEMO_BANK_URL = bank.url;
  afterAll(() => bank.close());
  return bank;
}
